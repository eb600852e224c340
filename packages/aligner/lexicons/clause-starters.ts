import { WEEKDAYS } from "./calendar-words.ts";

/**
 * Capitalised words that open a clause (prepositions, conjunctions, determiners, discourse adverbs,
 * weekdays) and so never begin a name or a title. Source: English closed-class words that open
 * sentences in newswire; weekdays from calendar-words.ts.
 */
/** Capitalised words that start clauses rather than belong to a title or a name. */
export const CLAUSE_STARTERS = new Set([
  "In",
  "As",
  "With",
  "During",
  "After",
  "Before",
  "When",
  "While",
  "Yet",
  "But",
  "And",
  "The",
  "A",
  "An",
  "Meanwhile",
  "However",
  "Asked",
  "Speaking",
  "According",
  "On",
  "At",
  "By",
  "For",
  "From",
  "If",
  "Since",
  "Although",
  "Though",
  "Even",
  "Also",
  "Then",
  "This",
  "That",
  "Today",
  "Some",
  "Both",
  ...WEEKDAYS,
]);
