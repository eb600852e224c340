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
