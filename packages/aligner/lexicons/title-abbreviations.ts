/**
 * Abbreviated titles and honorifics written before a name with a full stop ("Sen. Jane Roe", "Lt.
 * Gen. Roe", "Mrs. Roe"): the stop ends the abbreviation, not the phrase or the sentence. Source:
 * the AP Stylebook's abbreviations of titles before a full name (Gov., Lt. Gov., Rep., Sen., Gen.,
 * Lt., Col., Maj., Capt., Sgt., Adm., Cmdr., Rev., Dr., Prof.) and the courtesy titles Mr., Mrs.,
 * Ms.; "Hon." and "Pres." as other English newswire writes them.
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
]);
