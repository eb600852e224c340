/**
 * The words of job titles as news English writes them before or after a name ("Deputy Trade
 * Minister", "presidential chief of staff for policy"). Source: the title vocabulary of newswire
 * style (AP Stylebook, "titles"), government and corporate posts, lowercase.
 */
/** Head nouns of job titles, lowercase. A title phrase must contain one. */
export const TITLE_HEADS = new Set([
  "president",
  "minister",
  "secretary",
  "director",
  "chief",
  "adviser",
  "advisor",
  "ambassador",
  "chairman",
  "chairwoman",
  "chair",
  "ceo",
  "governor",
  "senator",
  "professor",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "commissioner",
  "chancellor",
  "premier",
  "mayor",
  "official",
  "head",
  "leader",
  "envoy",
  "negotiator",
  "representative",
  "lawmaker",
  "economist",
  "analyst",
  "researcher",
  "justice",
  "general",
  "secretary-general",
  "vice-president",
  "diplomat",
  "prosecutor",
  "attorney",
  "judge",
  "officer",
  "administrator",
  "manager",
  "executive",
  "founder",
  // Written as one word: "China's vice-minister of commerce".
  "vice-minister",
  "vice-premier",
  "vice-chairman",
  "vice-chair",
  "vice-governor",
  // Only ever a title in an appositive or before a name: "a senior fellow at the … Institute".
  "fellow",
  // "Crown Prince Mohammed bin Salman": a royal title before a name.
  "prince",
  // Military ranks (AP Stylebook, "military titles"): "Adm. Ivo Vint" is "the admiral" later.
  "admiral",
  "colonel",
  "lieutenant",
  "sergeant",
  "commander",
  "captain",
]);

/** Lowercase words allowed inside a title phrase besides heads. */
export const TITLE_WORDS = new Set([
  "crown",
  "presidential",
  "national",
  "policy",
  "deputy",
  "vice",
  "former",
  "first",
  "second",
  "third",
  "fourth",
  "senior",
  "trade",
  "industry",
  "energy",
  "foreign",
  "finance",
  "financial",
  "security",
  "economic",
  "economy",
  "affairs",
  "commerce",
  "defense",
  "defence",
  "prime",
  "acting",
  "general",
  "of",
  "for",
  "and",
  "the",
  "staff",
  "interior",
  "unification",
  "justice",
  "health",
  "labor",
  "labour",
  "education",
  "environment",
  "science",
  "technology",
  "agriculture",
  "transport",
  "land",
  "ocean",
  "oceans",
  "fisheries",
  "culture",
  "sports",
  "tourism",
  "strategy",
  "planning",
  "budget",
  "treasury",
  "state",
  "public",
  "relations",
  "press",
  "communications",
  "international",
  "global",
  "chief",
  "top",
  "ruling",
  "party",
  "opposition",
  "floor",
  "minority",
  "majority",
  "us",
  "u.s.",
  "house",
  "white",
  "cabinet",
  "assistant",
  "associate",
  "managing",
  "special",
  "trade-industry",
  "investment",
  "ministerial",
  "working-level",
  "lead",
]);

/** Rank words: "Deputy Minister" is not a "Minister". */
export const RANK_WORDS = new Set(["deputy", "vice", "assistant", "acting", "former", "associate"]);

/**
 * Title heads that newswire writes in lowercase right before a full name ("EU trade chief Anneli
 * Virtanen", "commerce minister Wang Wentao"). Source: the TITLE_HEADS above that AP style leaves
 * lowercase before a name when a descriptive word precedes them (every one is a TITLE_HEADS
 * word); the lowercase-titled-name pattern (entities/mention-patterns.ts) reads them.
 */
export const LOWER_TITLE_HEADS: readonly string[] = [
  "chief",
  "minister",
  "commissioner",
  "secretary",
  "president",
  "ambassador",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "director",
  "envoy",
  "negotiator",
  "economist",
  "analyst",
  "adviser",
  "chairman",
  "chairwoman",
  "governor",
  "executive",
  "founder",
  "leader",
  "premier",
];

/**
 * Title heads that name a person by a bare surname after them ("Minister Kim", "senator Lund"),
 * capitalised or lowercase, and the rank words that may open them ("Deputy Minister Kim"). Source:
 * the TITLE_HEADS and RANK_WORDS above (every one is a word of those) that newswire puts before a
 * surname alone; the title-surname reader (entities/mention-patterns.ts) reads them.
 */
export const SURNAME_TITLE_HEADS: readonly string[] = [
  "director",
  "minister",
  "secretary",
  "president",
  "chief",
  "ambassador",
  "chairman",
  "governor",
  "senator",
  "professor",
  "commissioner",
  "spokesperson",
];
export const SURNAME_TITLE_RANKS: readonly string[] = ["deputy", "vice", "former", "acting"];

/**
 * Verbs of giving someone a post again, as stems before their endings ("rehired", "re-hires",
 * "reappointing", "reinstated", "brought back"): a "former" post right after one is the post taken
 * up anew. Source: hand-written from newswire usage (hiring, appointment and reinstatement verbs
 * with the prefix "re-"); "re-sign" only with its hyphen ("resign" is leaving a post).
 */
export const RENEWING_VERB_STEMS: readonly string[] = [
  "re-?hir",
  "re-?appoint",
  "re-?instat",
  "re-?employ",
  "re-?engag",
  "re-sign",
  "brought back",
  "bring back",
  "brings back",
  "bringing back",
];

/**
 * Nouns of a period in office before a title ("the administration of Governor …", "in the era of
 * Chancellor …"), and of the programme carried out in it ("the agenda of President …", "the
 * policies of Governor …"): the title names the post as it was then, no claim that it is held
 * now. "under" is none: "the first poll held under President …" is said of a sitting president
 * as often. Nor is a happening to the holder ("the resignation of President …"): the post named
 * at that happening is read as any plain title. Source: hand-written from newswire usage,
 * lowercase.
 */
export const TENURE_BEFORE_WORDS: readonly string[] = [
  "administration of",
  "presidency of",
  "tenure of",
  "term of",
  "era of",
  "reign of",
  "days of",
  "years of",
  "agenda of",
  "policies of",
  "policy of",
  "priorities of",
  "programme of",
  "program of",
];

/**
 * Nouns of a post held in someone's service ("aide", "counsel") besides the title heads: "a former
 * aide to President …" dates the president's title to the aide's time. Source: hand-written from
 * newswire usage, lowercase.
 */
export const SERVICE_POST_NOUNS: readonly string[] = [
  "aide",
  "staffer",
  "lawyer",
  "counsel",
  "appointee",
  "nominee",
  "speechwriter",
];

/**
 * Participles before a title that say its holder was put out of the post or left it ("fired campaign
 * manager", "the ousted chairman", "retired Army general"): like "former", each says the post is no
 * longer held, so none of them stands against "former" elsewhere. Source: hand-written from
 * newswire usage (verbs of dismissal, removal and leaving office), lowercase.
 */
export const POST_LEFT_PARTICIPLES: readonly string[] = [
  "fired",
  "ousted",
  "sacked",
  "dismissed",
  "deposed",
  "toppled",
  "retired",
  "resigned",
  "departed",
];

/**
 * Words that take a post away from the person named right after them, as news: a verb after "to"
 * ("the decision to fire campaign manager …") or a noun before "of" ("the exodus of former
 * campaign manager …"). The title they govern is the post at the moment it was left, so a plain
 * title in one outlet and "former" in another tell the two sides of that moment, not a
 * disagreement (src/conflicts/titles/leaving-told.ts). Lower case only: "Fire Chief" and "a fire"
 * are no firing. Source: hand-written from newswire usage (verbs and nouns of dismissal and
 * departure), lowercase.
 */
export const POST_TAKING_VERBS: readonly string[] = ["fire", "oust", "sack", "dismiss"];
export const POST_LEAVING_NOUNS: readonly string[] = [
  "exodus",
  "ouster",
  "ousting",
  "firing",
  "sacking",
  "dismissal",
  "departure",
];

/**
 * Verbs of serving a person, past participles, as written after "has", "have" or "had" before a
 * titled person ("had represented President …", "has served under Governor …"): the perfect tells
 * a record of service, and the title named in it is the post of that time. Only with the perfect:
 * "she represented President …" or "the poll held under President …" is said of a sitting holder
 * as often. Not "defended" nor "advised": "has defended President …'s plan" is said of one in
 * office. Source: hand-written from newswire usage, lowercase.
 */
export const SERVED_PARTICIPLES: readonly string[] = [
  "represented",
  "counseled",
  "counselled",
  "served under",
  "worked for",
  "worked under",
];

/**
 * Heads that name the top post of whatever the title names, one post however written: "IMF chief",
 * "IMF head" and "IMF leader" are one person's one post. Only as the title's last word ("chief of
 * staff" is another post). Source: hand-written from newswire usage, lowercase.
 */
export const TOP_POST_HEADS: ReadonlySet<string> = new Set(["chief", "head", "leader"]);

/**
 * Nouns of a period in office, or of what it left, after a possessive title ("President …'s
 * political legacy", "Governor …'s tenure"): the title names the post of that period, no claim
 * that it is held now. Not "administration" nor "term": "President …'s administration said" and
 * "…'s second term" are said of one in office. Source: hand-written from newswire usage, lowercase.
 */
export const TENURE_AFTER_WORDS: readonly string[] = [
  "legacy",
  "tenure",
  "era",
  "reign",
  "presidency",
  "heyday",
];

/**
 * Verbs of a thing begun or set up, before "under" and a title ("policies that began under
 * President …", "a programme launched under Governor …"): the title dates the thing to the holder's
 * period, no claim that the post is held now. "Held under" is none: "the first poll held under
 * President …" is said of one in office. Source: hand-written from newswire usage, lowercase.
 */
export const BEGUN_UNDER_VERBS: readonly string[] = [
  "began",
  "begun",
  "started",
  "launched",
  "created",
  "enacted",
  "established",
  "founded",
  "introduced",
  "adopted",
  "negotiated",
  "signed",
];

/**
 * Words opening a clause of a time to come or of a condition, before a subject and "is" or
 * "becomes" ("once Vint is former governor", "when she becomes a former minister"): a "former"
 * there says what the post will be, no claim that it was left. Source: hand-written from the
 * English subordinators of time and condition (the ones that take a present tense for the future),
 * lowercase.
 */
export const TIME_TO_COME_OPENERS: readonly string[] = [
  "once",
  "when",
  "whenever",
  "after",
  "until",
  "till",
  "before",
  "if",
  "unless",
];

/**
 * Adjectives that say, as "former" does, that a post is no longer held ("previous Secretary of
 * State …", "the erstwhile chairman", "onetime governor"): before a plain title they agree with
 * "former" elsewhere. Source: hand-written, the synonyms of "former" in the sense "having held a
 * post before" (WordNet 3.1 former.a.02 and its similar terms), lowercase single words.
 */
export const FORMER_SYNONYMS: readonly string[] = ["previous", "erstwhile", "onetime", "quondam"];
