/**
 * Dashes of every common style, read as one: many outlets type a dash as two hyphens (`Roe --
 * a former aide -- said`) or as a hyphen set off by spaces (`In May - two weeks after Roe left -
 * the board said`). The text every extractor scans writes both as an em dash, keeping the body's
 * length so offsets are unchanged (as quote-mark-styles.ts does for quotation marks): `--` becomes
 * `—` and a space, ` - ` becomes ` — `. Left as written: a hyphen inside a word (`pro-life`), a
 * run of three or more hyphens (a rule line), a hyphen at a line's start (a list bullet), and a
 * spaced hyphen between two capitalised words, which may join the parts of a name or a range
 * (`the SEA-ME - WE cable`, `the Roe - Vint debate`).
 */
export function withEmDashes(body: string): string {
  if (!body.includes("--") && !body.includes(" - ")) return body;
  return body.replace(/(?<!-)--(?!-)|(\S*) - (?=(\S?))/gu, (dash, before, after) => {
    if (dash === "--") return "— ";
    const capitals = /^\p{Lu}/u.test(before ?? "") && /^\p{Lu}/u.test(after ?? "");
    return capitals ? dash : `${before} — `;
  });
}
