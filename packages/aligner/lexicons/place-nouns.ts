/**
 * Common nouns that name a place: an appositive ending on one ("Castlebay, a fishing town,") says
 * the name before it is a place, never a person. Source: general English knowledge — the nouns of
 * settlements and administrative divisions (town, county, province …), in British and American
 * spelling.
 */
export const PLACE_APPOSITIVE_HEADS: ReadonlySet<string> = new Set([
  "town",
  "city",
  "village",
  "hamlet",
  "township",
  "borough",
  "municipality",
  "county",
  "state",
  "province",
  "country",
  "region",
  "district",
  "territory",
  "island",
  "port",
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
