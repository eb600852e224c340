// Mention layer: the patterns that find name, title, organisation, place and pronoun mentions
// (each with the words it may start at, for the word index).

import { NEWS_OUTLETS } from "@parallax/core";
import { CLAUSE_OPENERS, CLAUSE_STARTERS } from "../../../lexicons/clause-starters.ts";
import { KOREAN_SURNAMES } from "../../../lexicons/korean-surnames.ts";
import { NAME_PARTICLES } from "../../../lexicons/name-particles.ts";
import {
  ORGANIZATION_DESCRIPTORS,
  ORGANIZATION_ENDINGS,
} from "../../../lexicons/organization-words.ts";
import { PLACES } from "../../../lexicons/places.ts";
import {
  LOWER_TITLE_HEADS,
  SURNAME_TITLE_HEADS,
  SURNAME_TITLE_RANKS,
  TITLE_HEADS,
} from "../../../lexicons/title-words.ts";
import { escapeRegExp } from "../../escape-regexp.ts";
import { NAME_NEXT_WORD, NAME_WORD } from "../name-patterns.ts";
import { firstWords, sticky, wordQuery } from "../word-index.ts";
import { byLength } from "./entity-records.ts";
import { NOT_A_SPEAKER } from "./speaker-phrases/rules.ts";

const KOREAN_NAME = new RegExp(
  `\\b(${KOREAN_SURNAMES.join("|")}) ([A-Z][a-z]{1,6})(?:-([a-z]{1,6})\\b|( [A-Z][a-z]{1,6})\\b(?![ -][A-Z]))`,
  "g",
);

/**
 * A full name after a capitalised title. Name words may carry letters beyond ASCII ("Recep Tayyip
 * Erdoğan") and particles between them ("Ursula von der Leyen"): see NAME_NEXT_WORD. A hyphenated
 * surname is read whole ("Rep. Gilda Varn-Hollis", never "Gilda Varn"). An abbreviated title may be
 * glued to the name ("Gov.Ada Lund"): its full stop ends it as a space would.
 */
const TITLED_NAME = new RegExp(
  `\\b(?:President|Secretary|Minister|Director|Chancellor|Governor|Senator|Ambassador|Chairman|Chairwoman|CEO|Professor|Commissioner|Spokesperson|Spokesman|Spokeswoman|Premier|Prince|Economist|Analyst|Lawmaker|Mayor|Judge|Sen\\.|Rep\\.|Gov\\.|Gen\\.|Mrs?\\.?|Ms\\.?|Dr\\.?)(?:-elect)?(?: of [A-Z][a-z]+)?(?: |(?<=\\.))(${NAME_WORD}(?:${NAME_NEXT_WORD}){1,2}(?:-${NAME_WORD})?)(?![\\p{L}-])`,
  "gu",
);

/**
 * A lowercase title head right before a full name: "EU trade chief Anneli Virtanen", "commerce
 * minister Wang Lianhe". Capitalised heads are TITLED_NAME's; the name is checked as any other.
 */
export const LOWER_TITLED_NAME = new RegExp(
  `\\b(?:${LOWER_TITLE_HEADS.join("|")}) (${NAME_WORD}(?:${NAME_NEXT_WORD}){1,2})(?!\\p{L})(?![ -]\\p{Lu})`,
  "uy",
);

export const LOWER_TITLE_WORDS = wordQuery(LOWER_TITLE_HEADS);

/**
 * Appositive heads after an untitled name ("Wang Lianhe, China's commerce minister,"): the title
 * heads that are one plain word ("vice-minister" is found at "minister").
 */
export const APPOSITIVE_HEAD_WORDS = wordQuery([...TITLE_HEADS].filter((w) => /^[a-z]+$/.test(w)));

/**
 * "said Sophie Laurent of the Lindqvist Institute", "said Olaf Kessler.": an untitled name after
 * the verb; its given name may be initials ("said J.R. Lund,", "said A. B. VandeLund,").
 */
export const SAID_NAME = new RegExp(
  `(?:said|says) ((?:${NAME_WORD}(?:-[A-Za-z][a-z]+)?|\\p{Lu}\\. ?\\p{Lu}\\.(?: ?\\p{Lu}\\.)?)(?:${NAME_NEXT_WORD}(?:-[a-z]+)?){1,2}|\\p{Lu}\\. ?\\p{Lu}\\.(?: ?\\p{Lu}\\.)? ${NAME_WORD}\\p{Lu}\\p{Ll}+)(?=[,.]| of )`,
  "uy",
);

export const SAID_WORDS = wordQuery(["said", "says"]);

export { ORGANIZATION_ENDING_WORDS } from "../../../lexicons/organization-words.ts";

export const HONORIFIC = /^(?:Mrs?|Ms|Dr)\.?$/;

export const NAME_BETWEEN_COMMAS = new RegExp(
  `${NAME_WORD}(?:-[A-Za-z][a-z]+)?(?:${NAME_NEXT_WORD}(?:-[a-z]+)?){1,2}(?=,)`,
  "uy",
);

const OUTLET = new RegExp(
  `(?<![\\w-])(${[...NEWS_OUTLETS].sort(byLength).map(escapeRegExp).join("|")})(?![\\w-])`,
  "g",
);

const PLACE = new RegExp(
  `(?<![\\w.-])(${[...PLACES].sort(byLength).map(escapeRegExp).join("|")})(?![\\w])`,
  "g",
);

// "German Association of the Automotive Industry": capitalised words after "of (the)" finish the
// name; a lowercase word or punctuation ends it.
const ORG_BY_ENDING = new RegExp(
  `\\b((?:U\\.S\\. )?(?:[A-Z][\\w&-]*|of) )*?[A-Z][\\w&-]* (?:${ORGANIZATION_ENDINGS})\\b(?: of (?:the )?[A-Z][\\w&-]*(?: [A-Z][\\w&-]*)*)?`,
  "g",
);

// "Ministry of Trade, Industry and Energy", but not "Ministry of Trade and President Lee": a list
// of portfolios never goes on into a title.
const MINISTRY =
  /\bMinistry of [A-Z][a-z]+(?:(?:, | and )(?!(?:President|Minister|Secretary|Director|Chief|Ambassador|Chairman|Governor|Senator|Deputy|Vice|Mr|Mrs|Ms|Dr)\b)[A-Z][a-z]+)*/g;

// "the advocacy group the Harbour League": a "the" between the descriptor and a name of two
// words or more is the name's own ("the bank the Vint family owns" names no bank "Vint").
const ORG_BY_DESCRIPTOR = new RegExp(
  `\\b(?:${ORGANIZATION_DESCRIPTORS}) (?:the (?=[A-Z][\\w&-]* [A-Z]))?((?:[A-Z][\\w&-]*)(?: [A-Z][\\w&-]*){0,3})`,
  "g",
);

const ORG_LIST =
  /\b(?:executives|companies|firms|conglomerates|leaders|heads) (?:from|of|such as|including) ((?:[A-Z][\w&-]*(?: [A-Z][\w&-]*)?)(?:,? (?:and )?[A-Z][\w&-]*(?: [A-Z][\w&-]*)?)*)/g;

const PRESIDENTIAL_OFFICE = /\b[Pp]residential office\b/g;

const PRONOUN = /\b(?:he|she|He|She)\b/g;

const TITLE_ONLY =
  /\bthe (Minister|Director|Secretary|President|Chief|Ambassador|Chairman|Governor|Professor|minister|ambassador|commissioner|envoy|governor|chancellor|premier)\b(?! of\b)(?! [A-Z])(?![’']s)/g;

/** A word capitalised and as written: "Minister|minister". */
const eitherCase = (words: readonly string[]) =>
  words.flatMap((w) => [w.charAt(0).toUpperCase() + w.slice(1), w]).join("|");

/**
 * A title (or honorific) right before a surname, at the end of the text before it. "First" opens
 * a title only capitalised ("First Vice Minister Kim"); lowercase it is an ordinal.
 */
export const TITLE_BEFORE_SURNAME = new RegExp(
  `((?:(?:${eitherCase(SURNAME_TITLE_RANKS)}|First) )?(?:${eitherCase(SURNAME_TITLE_HEADS)}|Mr\\.|Mrs\\.|Ms\\.|Dr\\.)) $`,
);

// Sticky twins, tried only where their first word starts (word-index.ts).
export const KOREAN_NAME_AT = sticky(KOREAN_NAME);

export const TITLED_NAME_AT = sticky(TITLED_NAME);

export const TITLED_NAME_WORDS = wordQuery(
  firstWords(
    "President|Secretary|Minister|Director|Chancellor|Governor|Senator|Ambassador|Chairman|Chairwoman|CEO|Professor|Commissioner|Spokesperson|Spokesman|Spokeswoman|Premier|Prince|Economist|Analyst|Lawmaker|Mayor|Judge|Sen|Rep|Gov|Gen|Mr|Mrs|Ms|Dr".split(
      "|",
    ),
  ),
);

export const OUTLET_AT = sticky(OUTLET);

export const OUTLET_WORDS = wordQuery(firstWords(NEWS_OUTLETS));

export const PLACE_AT = sticky(PLACE);

export const PLACE_WORDS = wordQuery(firstWords(PLACES));

export const ORG_BY_ENDING_AT = sticky(ORG_BY_ENDING);

export const ENDING_WORDS = wordQuery(firstWords(ORGANIZATION_ENDINGS.split("|")));

export const MINISTRY_AT = sticky(MINISTRY);

export const ORG_BY_DESCRIPTOR_AT = sticky(ORG_BY_DESCRIPTOR);

export const DESCRIPTOR_WORDS = wordQuery(firstWords(ORGANIZATION_DESCRIPTORS.split("|")));

export const ORG_LIST_AT = sticky(ORG_LIST);

export const ORG_LIST_WORDS = wordQuery([
  "executives",
  "companies",
  "firms",
  "conglomerates",
  "leaders",
  "heads",
]);

export const SURNAME_WORDS = wordQuery(KOREAN_SURNAMES);

export const MINISTRY_WORDS = wordQuery(["Ministry"]);

export const PRESIDENTIAL_WORDS = wordQuery(["Presidential", "presidential"]);

export const THE = wordQuery(["the"]);

export const PRONOUN_WORDS = wordQuery(["he", "she", "He", "She"]);

export const POSSESSIVE_WORDS = wordQuery(["his", "her", "His", "Her"]);

export const PRESIDENTIAL_OFFICE_AT = sticky(PRESIDENTIAL_OFFICE);

export const PRONOUN_AT = sticky(PRONOUN);

export const TITLE_ONLY_AT = sticky(TITLE_ONLY);

/** Title words of posts that govern or represent a place: "President Lee of South Korea". */
export const GOVERNS_A_PLACE = new Set([
  "president",
  "premier",
  "prime",
  "minister",
  "mayor",
  "governor",
  "chancellor",
  "ambassador",
  "envoy",
  "senator",
]);

/**
 * The capitalised name a speaker phrase ends with ("… Jane Doe", "Charles de Gaulle", "Erdoğan"):
 * up to three name words, particles between them.
 */
export const PHRASE_ENDING_NAME = new RegExp(
  `(?:^|\\s)(${NAME_WORD}(?:-${NAME_WORD}|${NAME_NEXT_WORD}){0,2})$`,
  "u",
);

/** Particles right before a phrase's last name word ("von der " of "von der Leyen"). */
export const PARTICLES_BEFORE = new RegExp(`(?:^|\\s)((?:(?:${NAME_PARTICLES.join("|")}) ){1,2})$`);

/** A name's first word right before its particles ("Later " of "Later de Gaulle"). */
export const WORD_BEFORE_PARTICLE = new RegExp(`^(\\S+) (?=(?:${NAME_PARTICLES.join("|")}) )`);

/** "Later", "Then", "In": a capitalised word that opens a sentence, not a given name. */
export function notAGivenName(word: string): boolean {
  return (
    NOT_A_SPEAKER.test(word.toLowerCase()) || CLAUSE_OPENERS.has(word) || CLAUSE_STARTERS.has(word)
  );
}

/** An all-capitals company prefix right before a capitalised word: "SK Hynix", "LG Display". */
export const ACRONYM_BEFORE = /(?:^|[^\w.&-])([A-Z]{2,4}) $/;

/** A name that is an acronym: two or more capitals, "&" allowed inside ("OVTA", "H&W"). */
export const ACRONYM_NAME = /^[A-Z][A-Z&]*[A-Z]$/;

/** "the company said": a definite description of a business (see organizationReferredTo). */
export const COMPANY_DESCRIPTION =
  /^[Tt]he (?:company|firm|automaker|carmaker|chipmaker|manufacturer|conglomerate|group|retailer|airline|lender|insurer|startup)$/;

/** "the ministry said": a definite description of a public body (see organizationReferredTo). */
export const PUBLIC_BODY_NOUNS = [
  "ministry",
  "office",
  "agency",
  "commission",
  "council",
  "committee",
  "department",
] as const;

export const PUBLIC_BODY_DESCRIPTION = new RegExp(`^[Tt]he (${PUBLIC_BODY_NOUNS.join("|")})$`);

/** Organisations that are no company: ministries, offices, parliaments, courts, central banks. */
export const PUBLIC_BODY =
  /\b(?:Ministry|Office|House|Assembly|Parliament|Congress|Senate|Commission|Council|Committee|Agency|Department|Government|Court|Reserve|Bank of|Union|Nations|Organization|Service)\b/;

const surnamePatterns = new Map<string, RegExp>();

/** The regex for one article's surnames, compiled once per distinct set (bounded cache). */
export function surnamePattern(alternatives: string): RegExp {
  let pattern = surnamePatterns.get(alternatives);
  if (!pattern) {
    if (surnamePatterns.size > 256) surnamePatterns.clear();
    const escaped = alternatives.split("|").map(escapeRegExp).join("|");
    // A capitalised word after it makes it part of a longer name, unless it is a generational
    // suffix ("Vint Jr. said": names/generational-suffixes.ts).
    pattern = new RegExp(`\\b(${escaped})\\b(?!(?! (?:Jr|Sr)\\b)[ -][A-Z][a-z]|-[a-z])`, "y");
    surnamePatterns.set(alternatives, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}
