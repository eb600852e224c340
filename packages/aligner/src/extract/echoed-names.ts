import { CLAUSE_STARTERS } from "../../lexicons/clause-starters.ts";
import { DETERMINERS, PREPOSITIONS } from "../../lexicons/function-words.ts";
import { PLACE_NAMES } from "../../lexicons/places.ts";
import { PRONOUNS } from "../../lexicons/pronouns.ts";
import { STATE_OF_ABBREVIATION } from "../../lexicons/state-abbreviations.ts";
import { aloneWords } from "./alone-words.ts";
import { execFromCapital } from "./capital-starts.ts";
import { capitalisedWordBefore } from "./capitalised-word-before.ts";
import { isEnglishWord } from "./english-lexicon.ts";
import { GIVEN } from "./given-name-genders.ts";
import {
  CLAUSE_VERBS,
  followedByOtherThing,
  isSurnameWord,
  notASurname,
  PARTICLES,
  type PersonName,
} from "./person-names.ts";

/**
 * The look-behind stands after the first capital, as in `STARTS` (the same matches, faster). The
 * pair ends the word, or is a possessor right before quoted words (`Tam Heath’s “…”`: group 3).
 */
const PAIR =
  /(\p{Lu}(?<![\p{L}\p{N}’'.-]\p{Lu})\p{Ll}+) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:(?![\p{L}\p{N}’'-])|(?=([’']s [“"])))/uy;

/**
 * Two capitalised words whose second word the article uses again on its own ("Wladek Orrin won
 * the bout … Orrin said"): a person whose given name no list holds. Both words must stand alone
 * (no capitalised word before or after the pair: "Supreme Court Justice …" is no name), neither is
 * a clause opener, calendar word, place, title or organisation word, and the bare surname is
 * written at least once not after "the". People found by a known given name are findPersonNames's.
 * Without the echo, a possessor of quoted words whose surname is no English word is a name too
 * (`Tam Rellick’s “47 berths” comment`: whose words they are makes it someone, as "said" would;
 * never `Capitol Hill’s “…”`).
 */
export function findEchoedNames(body: string): PersonName[] {
  const out: PersonName[] = [];
  const alone = aloneWords(body);
  let from = 0;
  for (let m = execFromCapital(PAIR, body, 0); m !== null; m = execFromCapital(PAIR, body, from)) {
    const [, first, second, ownsQuote] = m as unknown as [string, string, string, string?];
    from = m.index + first.length + 1;
    if (GIVEN.has(first) || !echoable(first) || !echoable(second)) continue;
    if (capitalisedWordBefore(body, m.index, false)) continue;
    const end = m.index + m[0].length;
    if (/^ \p{Lu}/u.test(body.slice(end, end + 2)) || followedByOtherThing(body, end)) continue;
    // The surname alone somewhere other than in this pair, or a possessor of quoted words.
    const where = alone.get(second);
    const echoed = where?.some((at) => at !== m.index + first.length + 1);
    if (!echoed && (ownsQuote === undefined || isEnglishWord(second.toLowerCase()))) continue;
    out.push({ start: m.index, end, surname: second, gender: null });
    from = end;
  }
  return out;
}

function echoable(word: string): boolean {
  return (
    !notASurname(word) &&
    !CLAUSE_STARTERS.has(word) &&
    !PLACE_NAMES.has(word) &&
    !PARTICLES.has(word.toLowerCase()) &&
    !PRONOUNS.has(word.toLowerCase()) &&
    !DETERMINERS.has(word.toLowerCase()) &&
    !PREPOSITIONS.has(word.toLowerCase())
  );
}

/** Two or three initials then a surname ("J.R. Lund", "A. B. Vint"); group 1 the initials. */
const INITIALS_THEN_SURNAME =
  /(?<![\p{L}\p{N}’'.-])(\p{Lu}\. ?\p{Lu}\.(?: ?\p{Lu}\.)?) (\p{Lu}[\p{L}’'-]*\p{Ll})(?![\p{L}\p{N}’'.-]|[ -]\p{Lu})/gu;

/**
 * Initials standing for the given name ("J.R. Lund", "A. B. Vint"): a person when the surname,
 * here or standing alone elsewhere, is followed by a reporting verb, an age or a label ("J.R. Lund
 * said", "Lund, 52,"); "asked Lund to" is no evidence (a publisher "W.W. Lund" is asked too).
 * "said J.R. Lund," is read by the mention patterns (SAID_NAME). Never initials that
 * name a place ("U.S. Navy", "N.H. Vint"), nor a surname that is a clause opener, calendar,
 * place, title or organisation word ("D.C. Council").
 */
export function findInitialledGivenNames(body: string): PersonName[] {
  const out: PersonName[] = [];
  for (const m of body.matchAll(INITIALS_THEN_SURNAME)) {
    const [, initials, surname] = m as unknown as [string, string, string];
    const compact = initials.replace(/ /g, "");
    if (PLACE_NAMES.has(compact) || STATE_OF_ABBREVIATION.has(compact)) continue;
    if (!isSurnameWord(surname) || !echoable(surname)) continue;
    const at = m.index + initials.length + 1;
    const end = at + surname.length;
    if (followedByOtherThing(body, end)) continue;
    const echoed = [at, ...(aloneWords(body).get(surname) ?? [])].some((o) =>
      speaksAt(body, o, surname.length),
    );
    if (echoed) out.push({ start: m.index, end, surname, gender: null });
  }
  return out;
}

/** Whether the word at `at` is followed by a reporting verb, an age or a quotation it labels. */
function speaksAt(body: string, at: number, length: number): boolean {
  const after = body.slice(at + length, at + length + 24);
  if (/^, \d{1,3},/.test(after) || /^: ?["“]/u.test(after)) return true;
  const verb = /^ (\p{Ll}+)/u.exec(after);
  return verb !== null && CLAUSE_VERBS.has(verb[1]!);
}
