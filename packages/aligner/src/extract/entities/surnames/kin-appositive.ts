// Entity layer: a bare surname whose own appositive names a relative of it ("Tessaly, 35, the
// daughter of Odran Tessaly, said") is not that relative. Without this the surname goes to the one
// Tessaly the article named in full: the father is credited with his daughter's words.

import { KIN_NOUNS } from "../../../../lexicons/person-nouns.ts";

/** ", [age,] the|a|his|her [up to two modifiers] <noun> of <phrase up to the next comma or stop>". */
const KIN_APPOSITIVE =
  /^(?:, \d{1,3})?, (?:the|a|an|his|her|their) (?:[\p{Ll}-]+ ){0,2}?(\p{Ll}+) of ([^,.;:“”"]{1,80})/u;

/**
 * The people among `candidates` named in the kin phrase right after the mention ending at `end`:
 * the mention is their relative, never them. Matched by full name, so "the son of a Tessaly
 * rancher" or "the daughter of the mayor" names no one and drops no one.
 */
export function relativesNamedAfter(
  body: string,
  end: number,
  candidates: readonly number[],
  nameOf: (entity: number) => string,
): number[] {
  const m = KIN_APPOSITIVE.exec(body.slice(end, end + 160));
  if (m === null || !KIN_NOUNS.has(m[1]!)) return [];
  const phrase = m[2]!;
  return candidates.filter((c) => {
    const name = nameOf(c);
    return name.includes(" ") && phrase.includes(name);
  });
}
