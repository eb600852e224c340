/**
 * Dashes of every common style, read as one: many outlets type a dash as two hyphens (`Roe --
 * a former aide -- said`) or as a hyphen set off by spaces (`In May - two weeks after Roe left -
 * the board said`). The text every extractor scans writes both as an em dash, keeping the body's
 * length so offsets are unchanged (as quote-mark-styles.ts does for quotation marks): `--` becomes
 * `—` and a space, ` - ` becomes ` — `. Left as written: a hyphen inside a word (`pro-life`), a
 * run of three or more hyphens (a rule line), a hyphen at a line's start (a list bullet), and a
 * spaced hyphen between two capitalised words, which may join the parts of a name or a range
 * (`the SEA-ME - WE cable`, `the Roe - Vint debate`). A hyphen opening a line glued to a capital
 * letter (a sign-off, `-Ada Lund, tweeting after the vote.`, or a bullet, `-Ada Lund explains …`)
 * is an em dash too, so the name after it is read as at a line's start. The horizontal bar `―`
 * (U+2015), which some outlets set for every dash (`WASHINGTON ― The board`, `in May ― after Roe
 * left ― it ended`, `“We won.” ― Ada Lund`), is an em dash as written.
 */
export function withEmDashes(body: string): string {
  const signed = withSignOffDashes(withBarsAsEmDashes(body));
  if (!signed.includes("--") && !signed.includes(" - ")) return signed;
  return signed.replace(/(?<!-)--(?!-)|(\S*) - (?=(\S?))/gu, (dash, before, after) => {
    if (dash === "--") return "— ";
    const capitals = /^\p{Lu}/u.test(before ?? "") && /^\p{Lu}/u.test(after ?? "");
    return capitals ? dash : `${before} — `;
  });
}

const HORIZONTAL_BAR = "\u2015";

/**
 * The text with every horizontal bar `―` (U+2015) read as an em dash, same length. The one owner of
 * "the bar is a dash": extraction reads it through `withEmDashes`, and so do the readers of a
 * statement's own text (conflicts, the timeline, the tagger), which keep the text they show as
 * written and only scan this reading for clause ends and asides. Typed dashes (`--`, ` - `) are
 * left as they are here: those readers already tell them apart where it matters.
 */
export function withBarsAsEmDashes(text: string): string {
  return text.includes(HORIZONTAL_BAR) ? text.replaceAll(HORIZONTAL_BAR, "—") : text;
}

/** `-Ada Lund, Harbour City.` on a line of its own: the hyphen reads as an em dash. */
function withSignOffDashes(body: string): string {
  if (!body.startsWith("-") && !body.includes("\n-")) return body;
  return body.replace(/(^|\n)-(?=\p{Lu})/gu, "$1—");
}
