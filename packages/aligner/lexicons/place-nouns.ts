// Common nouns that name a place. Source: general English knowledge — the nouns of settlements
// and administrative divisions (town, county, province …), in British and American spelling.

/**
 * The place nouns read before "of" and a name ("the city of Orrin urged"): a narrower set, as
 * "the state of …" and "the county of …" were never measured in that pattern.
 */
export const PLACE_OF_HEADS: readonly string[] = [
  "city",
  "town",
  "village",
  "port",
  "province",
  "region",
];

/**
 * An appositive ending on one ("Castlebay, a fishing town,") says the name before it is a place,
 * never a person.
 */
export const PLACE_APPOSITIVE_HEADS: ReadonlySet<string> = new Set([
  ...PLACE_OF_HEADS,
  "hamlet",
  "township",
  "borough",
  "municipality",
  "county",
  "state",
  "country",
  "district",
  "territory",
  "island",
  "suburb",
  "neighbourhood",
  "neighborhood",
  "capital",
  "metropolis",
  "settlement",
  "prefecture",
  "canton",
  "oblast",
  "emirate",
  "enclave",
  "peninsula",
  "archipelago",
]);

/**
 * Words that open a place named after a saint ("San Diego", "Santa Barbara", "St. Louis", "São
 * Paulo"): a given name right after one is the place's second word, not a person ("the San Diego
 * Harbour Board", "the St. Louis Owls"). Source: general knowledge of Spanish, Portuguese, Italian,
 * French and English place names.
 */
export const SAINT_PLACE_PREFIXES: ReadonlySet<string> = new Set([
  "San",
  "Santa",
  "Santo",
  "São",
  "Sao",
  "St.",
  "St",
  "Saint",
  "Ste.",
  "Sainte",
]);
