/**
 * Words saying a figure sums several holders' shares ("Collectively, Vint, Lund and Ek won 7
 * percent", "their combined 7 percent", "10 votes between them"), read by the collective-figure
 * check (src/conflicts/figures/collective-figures.ts). Source: the common English adverbs and
 * phrases of summing (any thesaurus lists them under "together"), as that check was written;
 * lowercase, one space between words.
 */
export const SUMMING_WORDS: readonly string[] = [
  "collectively",
  "combined",
  "altogether",
  "between them",
  "among them all",
];
