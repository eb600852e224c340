/**
 * Words before a figure that make it a bound, an estimate or an addition rather than a count
 * ("more than 30", "up to $2 billion", "about 200", "a further 20,000"), each with what it says of
 * the value: "lower" (the count is at least it), "upper" (at most it), "about" (near it), "more"
 * (added to another total). Source: the common English quantity hedges and comparatives (Quirk et
 * al., A Comprehensive Grammar of the English Language, 1985, approximators and comparative
 * quantifiers), listed as the figure conflict checks (src/conflicts/guards.ts) met them on ECB+ and
 * PolNeAR TRAIN; lowercase, one space between words.
 */
export const FIGURE_HEDGES: ReadonlyMap<string, "lower" | "upper" | "about" | "more"> = new Map([
  ["more than", "lower"],
  ["over", "lower"],
  ["at least", "lower"],
  ["upwards of", "lower"],
  ["up to", "upper"],
  ["fewer than", "upper"],
  ["less than", "upper"],
  ["under", "upper"],
  ["at most", "upper"],
  ["no more than", "upper"],
  ["about", "about"],
  ["around", "about"],
  ["nearly", "about"],
  ["almost", "about"],
  ["roughly", "about"],
  ["approximately", "about"],
  ["some", "about"],
  ["an estimated", "about"],
  ["estimated", "about"],
  ["close to", "about"],
  ["as many as", "upper"],
  ["as much as", "upper"],
  ["as few as", "about"],
  ["a further", "more"],
  ["another", "more"],
]);

/**
 * The approximators that may stand between a verb of winning and the share won ("won about 52
 * percent", "took just 48 percent"): the one-word "about" hedges above that contest-margins.ts was
 * written with, and "just" (here "only", not a bound). A subset kept as first listed: the other
 * "about" words have not been read in that place, and widening it would change output.
 */
export const WON_SHARE_APPROXIMATORS: readonly string[] = "about nearly almost roughly just".split(
  " ",
);

/**
 * What may stand before a count that opens its clause ("The four gunmen fled", "About 40 guards
 * walked out"): an article or quantifier, or a hedge of FIGURE_HEDGES. Read by the counted-actor
 * check (src/conflicts/figures/counted-actors.ts), in the order it was written.
 */
export const COUNT_OPENERS: readonly string[] = [
  "the",
  "all",
  "some",
  "about",
  "around",
  "nearly",
  "at least",
  "more than",
];
