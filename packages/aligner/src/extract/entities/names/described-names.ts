// Mention layer: a name right after a noun that describes a person ("the comedian Lena Marsh",
// "10-year-old Tamsin Oyelade") is a person's, whatever its given name.

import { PERSON_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { followedByOtherThing } from "../../person-names.ts";

/** A name read after a person noun: its span. */
export type DescribedName = { start: number; end: number };

const NAME_WORD = "\\p{Lu}[\\p{Ll}’'-]*\\p{Ll}";
/** "<noun> Given Surname" / "<n>-year-old Given J. Surname": two name words, an initial between. */
const DESCRIBED = new RegExp(
  `(?<![\\p{L}\\p{N}-])(\\d{1,3}-year-old|\\p{Ll}+) (${NAME_WORD}(?: \\p{Lu}\\.)? ${NAME_WORD})(?=[’']s\\b|(?![\\p{L}’'.-]))`,
  "uy",
);
/** Where a capitalised word follows a space: the only places a described name can start. */
const NAME_START = / \p{Lu}/gu;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
const YEAR_OLD = "-year-old";

/**
 * Two capitalised words (an initial may stand between) after a person noun (PERSON_NOUNS) or an age ("10-year-old"):
 * "boxer Ike Rahm", "young Tamsin Oyelade". Left alone: a name running on into another
 * capitalised word ("the singer Lena Marsh Band"), and one that
 * names a foundation or place ("the Maria Okafor Foundation"). The pattern is tried only where a
 * capitalised word follows a space, at the start of the word before that space: tried at every
 * lowercase run instead, it cost more than any other line of extraction on a long story.
 */
export function findDescribedNames(body: string): DescribedName[] {
  const out: DescribedName[] = [];
  // Matches never overlap: a name read (or refused) ends the text the next one may start in.
  let floor = 0;
  NAME_START.lastIndex = 0;
  for (let c = NAME_START.exec(body); c !== null; c = NAME_START.exec(body)) {
    const m = describedBefore(body, c.index, floor);
    if (m === null) continue;
    const noun = m[1]!;
    const start = m.index + m[0].length - m[2]!.length;
    floor = start + m[2]!.length;
    NAME_START.lastIndex = Math.max(NAME_START.lastIndex, floor);
    // "rookie Cam Newton's record": the possessive is no part of the name.
    const name = m[2]!.replace(/[’']s$/u, "");
    const end = start + name.length;
    if (!noun.endsWith("-year-old") && !PERSON_NOUNS.has(noun)) continue;
    if (/^ \p{Lu}/u.test(body.slice(end, end + 2)) || followedByOtherThing(body, end)) continue;
    out.push({ start, end });
  }
  return out;
}

/**
 * The described name whose noun ends at the space `space`, not starting before `floor`: the noun
 * is the whole lowercase word before the space, or an age ("10-year-old") whose figure starts it.
 */
function describedBefore(body: string, space: number, floor: number): RegExpExecArray | null {
  let start = space;
  for (let width = lowerEndingAt(body, start); width > 0 && start - width >= floor; ) {
    start -= width;
    width = lowerEndingAt(body, start);
  }
  if (start < space) {
    DESCRIBED.lastIndex = start;
    const m = DESCRIBED.exec(body);
    if (m !== null) return m;
  }
  if (body.slice(space - YEAR_OLD.length, space) !== YEAR_OLD) return null;
  start = space - YEAR_OLD.length;
  while (start > floor && DIGIT.test(body[start - 1]!)) start--;
  DESCRIBED.lastIndex = start;
  return DESCRIBED.exec(body);
}

/** The width of the lowercase letter ending at `at` (two units for one outside the BMP), else 0. */
function lowerEndingAt(body: string, at: number): number {
  if (at < 1) return 0;
  const code = body.charCodeAt(at - 1);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a ? 1 : 0;
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2)
    return LOWER.test(body.slice(at - 2, at)) ? 2 : 0;
  return LOWER.test(body[at - 1]!) ? 1 : 0;
}
