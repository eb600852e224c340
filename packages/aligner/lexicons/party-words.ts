/**
 * Words for the two main U.S. parties as a description or a name's surroundings write them ("the
 * Oregon Democrat", "a GOP senator", "Democratic Gov. Vint"), each to one key, and the letters of a
 * party label after a name ("Sen. Dora Pell (R-Ore.)"). Source: the party names and the AP
 * Stylebook's party abbreviations after a name (R-, D-); the described-person rule
 * (src/extract/entities/described-person.ts) reads them.
 */
export const PARTY_WORDS: ReadonlyMap<string, string> = new Map([
  ["republican", "republican"],
  ["gop", "republican"],
  ["democrat", "democrat"],
  ["democratic", "democrat"],
]);

/** The letter of a party label after a name: "(R-Ore.)", "R-Ore.". */
export const PARTY_LABEL_LETTERS: ReadonlyMap<string, string> = new Map([
  ["R", "republican"],
  ["D", "democrat"],
]);

/** "Republican", "Democrat": a party word that names one member (not "GOP", "Democratic"). */
export function isPartyMemberWord(word: string): boolean {
  const key = word.toLowerCase();
  return PARTY_WORDS.get(key) === key;
}
