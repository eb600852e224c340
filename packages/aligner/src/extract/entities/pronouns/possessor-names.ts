// Entity layer: a person named as a possessor ("Vint’s plan") is no subject a speaking he/she
// ("he said") goes back to.
import type { MentionRecord } from "../entity-records.ts";

/** `’s` / `'s` right after a name, then no letter: "Vint’s plan", not "Vint’sville". */
export const POSSESSIVE_AFTER = /^['’]s(?![\p{L}])/u;

/**
 * The candidates a speaking he/she may take as their sentence's subject: a person named only as a
 * possessor ("As for Vint’s gaffe, Lund laughed it off. “…,” he said.") ranks below the people the
 * sentence is about, as in coreference sieves' salience order (subject over possessor). The list
 * is kept whole when every candidate is a possessor, so a pronoun never loses its one antecedent.
 */
export function withoutPossessors(
  body: string,
  mentions: readonly MentionRecord[],
): readonly MentionRecord[] {
  const kept = mentions.filter(
    (o) =>
      o.form === "pronoun" ||
      !POSSESSIVE_AFTER.test(body.slice(o.end, o.end + 3)) ||
      hasContraction(body, o.end),
  );
  return kept.length > 0 ? kept : mentions;
}

/** "Vint’s been making the case", "Vint’s got": the `’s` of "has", no possessor. */
function hasContraction(body: string, end: number): boolean {
  return /^['’]s\s+(?:been|got)\b/u.test(body.slice(end, end + 10));
}
