// Entity layer: a capitalised name ending a speaker phrase that has the shape of an organisation's
// name, not a person's (read by ../speaker-phrases/name.ts for names nobody introduced):
// "The Norland Post said", "later the Harbour Ledger Online reported" (a person's name never
// follows "the" directly), and "Harbour Lives Matter said", "Judicial Watch said" (a name made of
// ordinary English words, none of them a given name, is a movement's or a group's).
import { DETERMINERS, PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import { isPartyMemberWord } from "../../../../lexicons/party-words.ts";
import { isEnglishWord } from "../../english-lexicon.ts";
import { isGivenName } from "../../given-name-genders.ts";
import { placeLikeName } from "../name-rules.ts";
import { describesName } from "../names/title-then-name.ts";

/** A plain capitalised word: no dot, no inner capital ("Post", "Lives"; never "Rev.", "McLund"). */
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Whether the words could be an organisation's name at all: two to four plain words, no title,
 *  person noun or party member's word, and no place's shape ("the United States said"). */
function organizationShaped(words: readonly string[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => PLAIN_WORD.test(w) && !describesName(w)) &&
    !isPartyMemberWord(words[words.length - 1]!) &&
    !placeLikeName(words.join(" "))
  );
}

/**
 * The organisation's name (without "The") when the capitalised words `named`, starting at body
 * offset `nameStart`, follow "the" or open with "The": "The Norland Post said" → "Norland Post".
 * A given name that is no English word keeps the reading as before ("the Ada Lund …" is no
 * organisation's name); null when it is not so led or not so shaped.
 */
export function theLedOrganizationName(
  body: string,
  named: string,
  nameStart: number,
): string | null {
  const withThe = named.startsWith("The ");
  if (!withThe && !/(?:^|[\s(“"‘])the $/u.test(body.slice(Math.max(0, nameStart - 5), nameStart)))
    return null;
  const name = withThe ? named.slice(4) : named;
  const words = name.split(" ");
  if (!organizationShaped(words)) return null;
  if (words.some((w) => isGivenName(w) && !isEnglishWord(w.toLowerCase()))) return null;
  return name;
}

/**
 * Whether a name nobody introduced is three or four ordinary English words, none of them a given
 * name: "Harbour Lives Matter", "Open Quay Now" — a movement or a group; a person's name has a
 * given name or a word no English dictionary holds ("Wladek Orrin"). Two words are not enough: a
 * given name no list holds and a surname can both be English words ("Mitt Ravel"). A word of two
 * letters or a function word makes no group's name ("Al From", read as one on PolNeAR TRAIN).
 */
export function commonWordsName(words: readonly string[]): boolean {
  return (
    words.length >= 3 &&
    organizationShaped(words) &&
    words.every((w) => {
      const lower = w.toLowerCase();
      return (
        w.length > 2 &&
        !isGivenName(w) &&
        isEnglishWord(lower) &&
        !PREPOSITIONS.has(lower) &&
        !DETERMINERS.has(lower)
      );
    })
  );
}
