/**
 * Words for telling which verbs and nouns of a statement name what happened (the event level of
 * alignment, src/events/). Source: hand-written by the project from general English grammar
 * (auxiliary, light and cognition verbs; irregular verb–noun pairs of the kind any dictionary
 * lists), not taken from an evaluation corpus. Lowercase lemmas as the wink lite model gives them.
 */

/**
 * Verbs that carry no happening of their own: auxiliaries, light verbs ("made a decision", "took
 * part": the noun holds the event), and verbs of state, thought or perception. A statement's
 * "be" or "have" says nothing about which event it tells.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  "be",
  "have",
  "do",
  "get",
  "make",
  "take",
  "give",
  "go",
  "come",
  "become",
  "seem",
  "appear",
  "know",
  "think",
  "believe",
  "want",
  "need",
  "like",
  "feel",
  "see",
  "look",
  "let",
  "keep",
  "put",
  "use",
  "try",
  "include",
  "remain",
  "begin",
  "start",
  "continue",
  "happen",
  "occur",
  "follow",
  "mean",
  "show",
  "find",
  "hear",
  "set",
  "expect",
  "plan",
  "hope",
  "aim",
  "can",
  "will",
  "would",
  "could",
  "should",
  "may",
  "might",
  "must",
]);

/**
 * Light verbs whose object names the happening they stand for ("took the rare step of recalling
 * the cars", "carried out the arrest", "conducted a raid", "gave a speech"): a day dating the
 * light verb dates that happening (conflicts/dates/light-verb-object.ts). Verbs of intent, phase or
 * thought ("planned the recall", "began the recall") stay out: their object is no happening done
 * that day; "make" and "have" are no event words at all (align/lemmas.ts reads past them).
 * Hand-written from general English grammar (the light verbs any grammar of English lists), not
 * from an evaluation corpus.
 */
export const OBJECT_LIGHT_VERBS: ReadonlySet<string> = new Set([
  "take",
  "give",
  "carry",
  "conduct",
]);

/**
 * Verbs of holding a happening, whose object names what was held ("held a rally", "hosted a
 * debate", "staged a protest", "convened a meeting"): two days of holding date one happening only
 * when the things held are one (conflicts/dates/dated-things.ts). Hand-written from general English
 * (the verbs any dictionary gives for putting on an event), not from an evaluation corpus.
 */
export const HOLDING_VERBS: ReadonlySet<string> = new Set(["hold", "host", "stage", "convene"]);

/**
 * The forms of the light verbs that take two objects ("made the player an offer", "gave the
 * workers a raise"): the happening is the noun of the direct object, the last of the two. Forms
 * of "make" and "give" from any English grammar, lowercase.
 */
export const DOUBLE_OBJECT_LIGHT_FORMS: ReadonlySet<string> = new Set(
  "make makes making made give gives giving gave given".split(" "),
);

/**
 * Verbs that tell a happening noun's own taking place, not another happening: "a fire broke out on
 * Friday", "an earthquake hit the island on Sunday", "a blast rocked the city Monday". A day after
 * such a verb dates the noun that is its subject (conflicts/dates/noun-dates.ts). Hand-written from
 * general English (verbs of onset and impact any dictionary lists), not from an evaluation corpus.
 */
export const OCCURRENCE_VERBS: ReadonlySet<string> = new Set([
  "break",
  "erupt",
  "hit",
  "strike",
  "rock",
  "jolt",
  "shake",
  "rip",
  "sweep",
  "engulf",
  "ravage",
  "tear",
]);

/**
 * Event nouns whose verb is not found by stripping a suffix ("death" is the noun of "die", "sale"
 * of "sell"). Noun → verb lemma.
 */
export const IRREGULAR_NOMINALISATIONS: ReadonlyMap<string, string> = new Map([
  ["death", "die"],
  ["destruction", "destroy"],
  ["sale", "sell"],
  ["loss", "lose"],
  ["birth", "bear"],
  ["choice", "choose"],
  ["flight", "fly"],
  ["proof", "prove"],
  ["theft", "steal"],
  ["speech", "speak"],
  ["threat", "threaten"],
  ["victory", "win"],
  ["defence", "defend"],
  ["defense", "defend"],
  ["offence", "offend"],
  ["pursuit", "pursue"],
  ["arrival", "arrive"],
  ["departure", "depart"],
  ["seizure", "seize"],
  ["failure", "fail"],
  ["entry", "enter"],
  ["growth", "grow"],
  ["analysis", "analyse"],
  ["lawsuit", "sue"],
]);

/** Suffixes that turn a verb into its event noun, with what to put back ("resignation" → "resign"). */
export const NOMINAL_SUFFIXES: readonly (readonly [string, readonly string[]])[] = [
  ["ation", ["", "e", "ate"]],
  ["ition", ["", "e"]],
  ["tion", ["", "e", "te"]],
  ["sion", ["d", "de", "t", "se"]],
  ["ment", [""]],
  ["ing", ["", "e"]],
  ["al", ["", "e"]],
  ["ure", ["", "e"]],
  ["ence", ["", "e"]],
  ["ance", ["", "e"]],
];

/**
 * Verbs whose happening is told by the particle after them: "checked into a clinic" is an entry,
 * "checked out of the clinic" is another happening (the leaving), "checked the damage" neither. Each verb maps the word
 * after it (a reflexive pronoun or a hyphen skipped: "checked herself in", "checked - in") to the
 * event lemma read; "" is every other word. Hand-written from general English phrasal verbs, not
 * from an evaluation corpus.
 */
export const PARTICLE_VERBS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    "check",
    new Map([
      ["in", "check"],
      ["into", "check"],
      ["out", "check out"],
      ["", "inspect"],
    ]),
  ],
]);

/**
 * Verbs that tell one happening in other words ("checked into" / "entered" a clinic, "fled" /
 * "escaped"): each row is one class and every member is read as the row's first word, so two
 * outlets' wordings of one happening meet under one key. Only verbs with one news sense each:
 * "fire" (shoot or dismiss), "pass" (die or approve) and "strike" (hit or walk out) stay out.
 * Killing and dying are one class: the key's participant is most often the victim ("was killed" /
 * "died"); a killer who dies is rarer (ECB+ train: 17 of 18 pairs the merge adds are right).
 * Making something public is one class ("announced" / "issued" / "released" / "unveiled" a report):
 * "release" also frees a prisoner, but a story rarely tells both.
 * Winning a match is one class ("beat", "defeated", "outlasted", "routed" the other side): only
 * verbs whose news sense is a result; "edge", "top" and "upset" have others and stay out.
 * Hand-written from general English (the near-synonyms any thesaurus lists), not from an
 * evaluation corpus.
 */
export const EVENT_VERB_CLASSES: readonly (readonly string[])[] = [
  ["enter", "check"],
  ["die", "perish", "kill", "murder", "slay", "hang"],
  ["escape", "flee", "abscond"],
  ["arrest", "detain", "apprehend", "nab"],
  ["injure", "wound", "hurt"],
  ["shoot", "gun"],
  ["steal", "rob", "loot", "burgle"],
  ["resign", "quit"],
  ["dismiss", "sack", "oust"],
  ["hire", "appoint"],
  ["win", "beat", "defeat", "overcome", "outlast", "rout", "trounce", "thrash"],
  ["destroy", "raze"],
  ["cut", "sever"],
  ["announce", "issue", "release", "unveil", "reveal", "disclose"],
];

/**
 * Nouns that name a happening without any verb of the story ("the earthquake", "the blast", "the
 * collision"): each row is one class, read as its first word (a verb class's first verb when the
 * happening has one: a blast is an explosion, a suicide a death). Only nouns whose news sense is one
 * happening; "fire" is here as a noun only (the verb "fire" shoots or dismisses), read as "blaze"
 * so that a story firing a coach and telling of a fire keeps the two apart. Two fires of one
 * story are kept apart by threads of articles and by the days they are told on
 * (events/split-by-day.ts): on ECB+ train the fire row adds 108 right event pairs of mixed stories
 * and 36 wrong. Hand-written from general English (any thesaurus's near-synonyms), not from an
 * evaluation corpus.
 */
export const EVENT_NOUN_CLASSES: readonly (readonly string[])[] = [
  ["earthquake", "quake", "tremor", "temblor", "aftershock"],
  ["die", "killing", "murder", "homicide", "slaying", "suicide", "death"],
  ["explode", "explosion", "blast"],
  ["crash", "collision"],
  ["flood", "flooding", "deluge"],
  ["storm", "hurricane", "typhoon", "cyclone", "tornado"],
  ["blaze", "fire", "inferno"],
];

/**
 * How a sentence says its subject died ("Dana Vey died", "the guard was killed"): intransitive
 * verbs of dying, and verbs of killing only in the passive (an active "killed" names the killer).
 * Written from general English for `events/deceased.ts`, not from an evaluation corpus.
 */
export const DYING_PHRASES: readonly string[] = [
  "died",
  "dies",
  "has died",
  "had died",
  "perished",
  "is dead",
  "was found dead",
  "was killed",
  "was murdered",
  "was slain",
  "was shot dead",
  "was shot and killed",
];

/**
 * Verbs of telling, as lemmas: two statements that both "said" or "announced" something share no
 * happening by that verb. Source: the core reporting verbs of the reporting-verbs lexicon
 * (reporting-verbs.ts) that newswire uses for the act of telling itself; the one-happening rule
 * (conflicts/happenings/one-happening.ts) reads them.
 */
export const TELLING_VERBS: ReadonlySet<string> = new Set([
  "say",
  "tell",
  "report",
  "announce",
  "add",
  "confirm",
  "state",
]);

/**
 * Verbs that date a phase of a happening running over days, not the happening itself: "the hearing
 * continued Wednesday" is no other day than "the hearing was held Tuesday". Two outlets' days set
 * against each other only when both date the same phase.
 */
export const PHASE_VERBS: ReadonlySet<string> = new Set([
  "begin",
  "start",
  "continue",
  "resume",
  "end",
  "finish",
  "conclude",
  "wrap",
]);

/**
 * Verbs of going somewhere, lemma → written forms: "went to the clinic on Friday" tells the same
 * entry as another outlet's "checked into the clinic on Friday" when a date row is completed
 * (conflicts/dates/going-into.ts). Only with "to" or "into" after them; "go" is a light verb elsewhere.
 * Hand-written from general English (the forms of go and head), not from an evaluation corpus.
 */
export const GOING_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ["go", ["go", "goes", "going", "gone", "went"]],
  ["head", ["head", "heads", "heading", "headed"]],
]);

/**
 * Verbs of opinion (lemmas): each tells what its holder thinks, so "Ada does not think" and "Ivo
 * thinks" are two people's minds, and "recommended that no charges be filed" says what "did not
 * recommend charges" says (the negation raised from the clause to the verb: Horn, "A Natural
 * History of Negation", 1989, on neg-raising predicates). Source: hand-written from English grammar.
 */
export const OPINION_VERBS: ReadonlySet<string> = new Set([
  "think",
  "believe",
  "feel",
  "suppose",
  "expect",
  "imagine",
  "guess",
  "know",
  "want",
  "recommend",
  "advise",
  "suggest",
]);

/**
 * Words of an encounter — meeting, speaking, talking, visiting, addressing — lemma → written forms
 * (verbs and their nouns): such a happening is told by whom or where it met ("spoke with Vint",
 * "the meeting of the harbour board", "a visit to Orvale"), so one candidate's many meetings and
 * speeches of a campaign are told apart by that counterpart (conflicts/dates/counterparts.ts).
 * Source: hand-written from general English (the inflections of these verbs and their nouns),
 * not taken from an evaluation corpus.
 */
export const ENCOUNTER_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ["meet", ["meet", "meets", "met", "meeting", "meetings"]],
  ["speak", ["speak", "speaks", "spoke", "spoken", "speaking", "speech", "speeches"]],
  ["talk", ["talk", "talks", "talked", "talking"]],
  ["visit", ["visit", "visits", "visited", "visiting"]],
  ["trip", ["trip", "trips"]],
  ["address", ["address", "addresses", "addressed", "addressing"]],
]);

/** The encounters of `ENCOUNTER_FORMS` that take whom or where they met as an object ("met Vint",
 * "visited Orvale", "addressed the board"). Same source. */
export const TRANSITIVE_ENCOUNTERS: ReadonlySet<string> = new Set(["meet", "visit", "address"]);

/** Prepositions bringing in the counterpart or venue of an encounter ("spoke with Vint", "a visit
 * to Orvale", "spoke at the harbour hall", "the meeting of the board", "testified before the
 * committee", "a talk in Orvale"). Same source. */
export const COUNTERPART_PREPOSITIONS: ReadonlySet<string> = new Set([
  "with",
  "to",
  "at",
  "of",
  "before",
  "in",
]);

/**
 * Nouns of one voting contest held on one day ("the May 15 primary", "the Oct. 6 caucuses"):
 * a calendar day written right before one names the day of that contest
 * (src/conflicts/dates/contest-days.ts), and a day around one written with a place names that
 * place's contest (src/conflicts/dates/placed-contests.ts). Hand-written from general election English; plurals
 * that count several contests ("primaries", "elections") are left out, while "caucuses" names one
 * state's contest.
 */
export const VOTING_CONTEST_NOUNS: ReadonlyMap<string, string> = new Map([
  ["primary", "primary"],
  ["caucus", "caucus"],
  ["caucuses", "caucus"],
  ["runoff", "runoff"],
  ["referendum", "referendum"],
  ["election", "election"],
]);

/**
 * Nouns of a voting contest that name no kind of it ("the next contest is in Velden on March 4",
 * "Tuesday's Orvale contest"): said of one place, they name that place's contest, whatever its
 * kind (src/conflicts/dates/placed-contests.ts). Hand-written from general election English.
 */
export const VOTING_CONTEST_GENERIC: ReadonlySet<string> = new Set(["contest", "contests"]);

/**
 * Nouns of the people who vote in a place's contest, as the subject of "where … vote(s) on DAY"
 * ("Velden, where Democratic primary voters vote on Feb. 27"): the voters name the place's
 * contest, not a chamber's vote (src/conflicts/dates/placed-contests.ts). Hand-written from
 * general election English.
 */
export const VOTER_NOUNS: ReadonlySet<string> = new Set([
  "voters",
  "electorate",
  "electorates",
  "caucusgoers",
  "caucus-goers",
]);
