// Mention layer: a name right after a noun that describes a person ("the comedian Lena Marsh",
// "10-year-old Tamsin Oyelade") is a person's, whatever its given name.

import { PERSON_NOUNS } from "../../../lexicons/person-nouns.ts";
import { followedByOtherThing } from "../person-names.ts";

/** A name read after a person noun: its span. */
export type DescribedName = { start: number; end: number };

const NAME_WORD = "\\p{Lu}[\\p{Ll}’'-]*\\p{Ll}";
/** "<noun> Given Surname" / "<n>-year-old Given J. Surname": two name words, an initial between. */
const DESCRIBED = new RegExp(
  `(?<![\\p{L}\\p{N}-])(\\d{1,3}-year-old|\\p{Ll}+) (${NAME_WORD}(?: \\p{Lu}\\.)? ${NAME_WORD})(?=[’']s\\b|(?![\\p{L}’'.-]))`,
  "gu",
);

/**
 * Two capitalised words (an initial may stand between) after a person noun (PERSON_NOUNS) or an age ("10-year-old"):
 * "boxer Ike Rahm", "young Tamsin Oyelade". Left alone: a name running on into another
 * capitalised word ("the singer Lena Marsh Band"), and one that
 * names a foundation or place ("the Maria Okafor Foundation"). Linear: one regular-expression
 * pass.
 */
export function findDescribedNames(body: string): DescribedName[] {
  const out: DescribedName[] = [];
  DESCRIBED.lastIndex = 0;
  for (let m = DESCRIBED.exec(body); m !== null; m = DESCRIBED.exec(body)) {
    const noun = m[1]!;
    const start = m.index + m[0].length - m[2]!.length;
    DESCRIBED.lastIndex = start + m[2]!.length;
    // "rookie Cam Newton's record": the possessive is no part of the name.
    const name = m[2]!.replace(/[’']s$/u, "");
    const end = start + name.length;
    if (!noun.endsWith("-year-old") && !PERSON_NOUNS.has(noun)) continue;
    if (/^ \p{Lu}/u.test(body.slice(end, end + 2)) || followedByOtherThing(body, end)) continue;
    out.push({ start, end });
  }
  return out;
}
