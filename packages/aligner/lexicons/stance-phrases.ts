/**
 * Phrases that assess the state of talks, as regular-expression fragments matched whole-word and
 * case-insensitively: optimistic ones ("substantial progress") against pessimistic ones ("at an
 * impasse"). Source: hand-written by the project while developing stance conflicts on translated
 * news about trade talks (the five-article demo corpus among it); not taken from a published
 * resource. One phrase pattern per entry.
 */
export const OPTIMISTIC_PHRASES: readonly string[] = [
  "(?:very )?close to (?:a|the) deal",
  "breakthrough (?:may be|is|was) near",
  "nearing (?:a deal|conclusion)",
  "getting closer",
  "(?:significantly|greatly) (?:improved|increased)",
  "(?:substantial|substantive) progress",
];

export const PESSIMISTIC_PHRASES: readonly string[] = [
  "(?:at|in) an impasse",
  "impasse",
  "deadlock(?:ed)?",
  "stalled",
  "stuck",
  "far apart",
  "sharply divided",
  "(?:still )?a long way to go",
  "breakthrough (?:is|was) (?:unlikely|improbable)",
];

/**
 * Lemmas that make an attributed statement an assessment of the talks themselves (their state,
 * a deal, the issues left), so only such statements are set against each other as opposite
 * stances (src/conflicts/stance.ts). Same source as the phrases above.
 */
export const ABOUT_TALKS: ReadonlySet<string> = new Set([
  "talk",
  "deal",
  "issue",
  "differ",
  "conclude",
  "resolve",
  "progress",
]);
