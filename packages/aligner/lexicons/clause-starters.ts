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
  // Sentence adverbs, wh-words and quantifiers that open news sentences ("Maybe Vint will run",
  // "Perhaps Pell knew", "Still, Roe said"): closed-class words, never a given name or a title.
  "Maybe",
  "Perhaps",
  "Still",
  "Instead",
  "Indeed",
  "Now",
  "Thus",
  "So",
  "Or",
  "Nor",
  "Because",
  "Unless",
  "Until",
  "Whether",
  "Why",
  "How",
  "What",
  "Where",
  "Which",
  "Whose",
  "These",
  "Those",
  "Every",
  "Each",
  "Many",
  "Most",
  "Several",
  "Such",
  "Only",
  "Just",
  "Here",
  "There",
  "Yesterday",
  "Tomorrow",
  "Earlier",
  "Later",
  "Already",
  "Recently",
  "Ultimately",
  "Moreover",
  "Furthermore",
  "Nevertheless",
  "Nonetheless",
  "Otherwise",
  "Therefore",
  "Apparently",
  "Reportedly",
  "Allegedly",
  "Unfortunately",
  "Fortunately",
  "Despite",
  "Amid",
  "Without",
  ...WEEKDAYS,
]);

/** Words that open a clause before the main one ("After his return, Vint said"): subordinators,
 * prepositions and questioned-participles, the subset of the starters above that can put a name
 * before the main clause. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "After",
  "Before",
  "Upon",
  "On",
  "During",
  "While",
  "When",
  "Since",
  "Following",
  "Despite",
  "Ahead",
  "In",
  "At",
  "As",
  "Unlike",
  "Like",
  "Throughout",
  "Asked",
  "Pressed",
  "Questioned",
]);

/**
 * Adverbs that may stand before such an opener without ending it ("Soon after the vote, Vint
 * said", "Shortly before dawn, …", "Just after …"). Source: English time adverbs that modify a
 * temporal preposition; added when a PolNeAR TRAIN sentence opening "Soon after …" hid its main
 * clause's subject from a speaking he.
 */
export const OPENER_ADVERBS: ReadonlySet<string> = new Set([
  "Soon",
  "Shortly",
  "Just",
  "Right",
  "Long",
  "Immediately",
  "Only",
  "Even",
]);

/** Participles of being questioned that open an aside or a clause ("Roe, asked about it, said"). */
export const QUESTIONED_PARTICIPLES: ReadonlySet<string> = new Set([
  "asked",
  "pressed",
  "questioned",
]);

/** Lower-case words that open a clause of its own inside a sentence (subordinators, relatives,
 * "but"): a verb before one belongs to another clause. English closed-class words. */
export const INNER_CLAUSE_OPENERS: readonly string[] = [
  "after",
  "when",
  "because",
  "since",
  "before",
  "while",
  "which",
  "who",
  "that",
  "but",
  "although",
];

/** Capitalised -ing names that open sentences as subjects, not participles (places in PLACES are
 * mentions already); hand-written from news text. */
export const ING_NAMES: ReadonlySet<string> = new Set([
  "Boeing",
  "Nanjing",
  "Chongqing",
  "Kunming",
  "Liaoning",
  "Reading",
  "Sterling",
  "Harding",
  "Browning",
]);

/**
 * Adverbs that open a sentence before its subject and a comma ("Earlier in the year, Roe wrote",
 * "Back in May, Roe said", "Just last week, Roe wrote"). Source: English time and place adverbs
 * that open newswire sentences; the eight from Just to Yesterday added when PolNeAR TRAIN misses
 * showed them before a speaker's name; the last eight, English sequencing and linking adverbs
 * (First … Elsewhere), when TRAIN misses showed one before a speaker's clause ("First, Roe
 * attacked …").
 */
export const OPENING_ADVERBS: ReadonlySet<string> = new Set([
  "Earlier",
  "Later",
  "Meanwhile",
  "Separately",
  "Previously",
  "Afterwards",
  "Instead",
  "Today",
  "Now",
  "Just",
  "Back",
  "Here",
  "There",
  "Soon",
  "Shortly",
  "Last",
  "Yesterday",
  "First",
  "Second",
  "Third",
  "Next",
  "Finally",
  "Again",
  "Indeed",
  "Elsewhere",
]);
