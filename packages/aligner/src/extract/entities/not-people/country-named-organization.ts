// Mention layer: an organisation whose name ends in its country ("Harbour USA", "Amnesty
// UK") is one name, not a place with a stray word before it: the place reader would keep only
// "USA", and the group could then neither speak nor be an entity.

import { COUNTRY_FORMS } from "../../../../lexicons/country-forms.ts";
import { COUNTRIES, PLACES } from "../../../../lexicons/places.ts";
import { isPlaceLeadingWord } from "../name-rules.ts";
import { describesAName } from "../names/aged-names.ts";

/**
 * Countries written in capitals ("USA", "UK"): a group's name ends in one ("Harbour USA", "Amnesty
 * UK"), while a written-out country after a capitalised word is most often a part or an era of it
 * ("Corporate America", "Latin America", "Nazi Germany", "Mainland China").
 */
const COUNTRY_ABBREVIATIONS: ReadonlySet<string> = new Set(
  // "US" also ends a modifier before a noun ("the Vint US trip"): left out.
  COUNTRIES.filter((c) => /^[A-Z]{2,4}$/.test(c) && c !== "US"),
);
/** Places, countries' other names, demonyms and capitals: "Paris UK", "British UK". */
const PLACE_FORMS: ReadonlySet<string> = new Set([
  ...PLACES,
  ...COUNTRY_FORMS.flatMap(([, ...forms]) => forms),
]);
/** One capitalised word, as a company or group name writes it ("Harbour", "AT&T", "Pro-Life"). */
const NAME_WORD = /^\p{Lu}[\p{L}&'’-]*$/u;

/** A capitalised word that cannot open or continue a group's name before a country. */
function describesTheCountry(word: string): boolean {
  return describesAName(word) || PLACE_FORMS.has(word) || isPlaceLeadingWord(word);
}

/**
 * Where an organisation named "<one or two capitalised words> <country in capitals>" starts,
 * the country mention being `start`–`end` in `body` ("Harbour USA, a super PAC, said" → the
 * start of "Harbour"); -1 when the country stands alone or follows words that describe or place
 * it ("in the UK", "On Monday UK officials", "Paris UK trade", "President UK"). The words must be
 * on the country's line, joined by single spaces.
 */
export function countryNamedOrganizationStart(body: string, start: number, end: number): number {
  if (!COUNTRY_ABBREVIATIONS.has(body.slice(start, end))) return -1;
  // "Harbour UK-Lakeside talks": a country joined to the next word modifies it.
  if (body.charCodeAt(end) === 45) return -1;
  let at = start;
  let first = -1;
  for (let words = 0; words < 2; words += 1) {
    if (at < 2 || body.charCodeAt(at - 1) !== 32) break;
    let wordStart = at - 1;
    while (wordStart > 0 && !/\s/.test(body[wordStart - 1]!)) wordStart -= 1;
    const word = body.slice(wordStart, at - 1);
    if (!NAME_WORD.test(word) || describesTheCountry(word)) break;
    first = wordStart;
    at = wordStart;
  }
  return first;
}
