/**
 * Abbreviated titles and honorifics written before a name with a full stop ("Sen. Jane Roe", "Lt.
 * Gen. Roe", "Mrs. Roe"): the stop ends the abbreviation, not the phrase or the sentence. Source:
 * the AP Stylebook's abbreviations of titles before a full name (Gov., Lt. Gov., Rep., Sen., Gen.,
 * Lt., Col., Maj., Capt., Sgt., Adm., Cmdr., Rev., Dr., Prof.) and the courtesy titles Mr., Mrs.,
 * Ms.; "Hon." and "Pres." as other English newswire writes them; court and police titles below.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "Prof",
  "Gen",
  "Lt",
  "Col",
  "Maj",
  "Capt",
  "Sgt",
  "Adm",
  "Cmdr",
  "Sen",
  "Rep",
  "Gov",
  "Pres",
  "Rev",
  "Hon",
  // law-enforcement and court titles as US city papers abbreviate them ("Dist. Atty. Ivo Vint",
  // "Det. Ada Lund", "Asst. Supt. Lund"; added when ECB+ TRAIN read "Dist." as a person)
  "Dist",
  "Atty",
  "Asst",
  "Det",
  "Supt",
  "Insp",
  "Cpl",
  "Pvt",
]);

/**
 * The head nouns a description uses for the post an abbreviated title names ("Sen. Pell" → "the
 * senator"; "Rep. Vint" → "the representative", "the lawmaker"; "Adm. Vint" → "the admiral").
 * Source: the post each AP abbreviation stands for, with "lawmaker" as newswire's usual word for a
 * representative; the ranks are AP's military and academic ones whose noun is a title head.
 * "Lt." and "Maj." are left out: they open compound ranks ("Lt. Gen.", "Maj. Gen.") whose holder
 * is no "lieutenant" or "major". The described-person rule
 * (src/extract/entities/descriptions/described-person.ts) reads them.
 */
export const ABBREVIATED_TITLE_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ["sen", ["senator"]],
  ["gov", ["governor"]],
  ["rep", ["representative", "lawmaker"]],
  ["adm", ["admiral"]],
  ["gen", ["general"]],
  ["col", ["colonel"]],
  ["capt", ["captain"]],
  ["sgt", ["sergeant"]],
  ["cmdr", ["commander"]],
  ["prof", ["professor"]],
]);
