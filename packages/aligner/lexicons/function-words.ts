/**
 * Closed classes of English function words that tell a noun phrase from a clause ("a senior aide"
 * names someone; "has since", "she issued a statement", "hours before" do not). Source: the
 * determiner, auxiliary and preposition classes of any English grammar (Quirk et al., A
 * Comprehensive Grammar of the English Language, 1985), lowercase.
 */

/** Possessive determiners: "his statement", "whose report". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(
  "his her their its our my your whose".split(" "),
);

/** Words that may open a noun phrase describing someone: articles, quantifiers, possessives, numbers. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  ...(
    "a an the this that these those some several many most few other another both all each every " +
    "any no one two three four five six seven eight nine ten dozens hundreds thousands such either neither"
  ).split(" "),
  ...POSSESSIVE_DETERMINERS,
]);

/** Personal pronouns that stand as a clause's subject ("she denies", "it closed"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set("i you he she it we they".split(" "));

/** The forms of "be" a clause or a passive turns on ("was asked", "is expected"). */
export const FORMS_OF_BE: ReadonlySet<string> = new Set("is are was were be been being".split(" "));

/** Modal verbs: what follows one is not asserted as done ("will resign", "could not say"). */
export const MODAL_VERBS: ReadonlySet<string> = new Set(
  "will would shall should can could may might must".split(" "),
);

/**
 * The past form of a modal each present one takes in reported speech ("will" of "the board will
 * raise fares" told as "said the board would raise fares"): the two are one modality.
 */
export const MODAL_BACKSHIFT: ReadonlyMap<string, string> = new Map([
  ["would", "will"],
  ["could", "can"],
  ["might", "may"],
]);

/**
 * Modals that tell a chance, a duty or a plan, not what happened: "the crews might not return" or
 * "will not return" denies no report that they returned (a subset of MODAL_VERBS above; "would",
 * "could" and "can" also tell a refusal or an inability in the past, "could not reach the hall").
 */
export const UNREALISED_MODALS: ReadonlySet<string> = new Set(
  "will shall should may might must".split(" "),
);

/**
 * Modals that make a contest's result one to come or one a poll supposes ("would suffer a 20-point
 * loss", "could win 52 percent"), read by the contest-margin check (conflicts/figures/
 * contest-margins.ts). A subset of MODAL_VERBS as that check was written: "can", "must", "shall"
 * and "should" are not met before a result there, and adding them would change output.
 */
export const RESULT_MODALS: ReadonlySet<string> = new Set("would could might may will".split(" "));

/**
 * Raising verbs and their forms: their subject is the subject of the infinitive after them ("Lund
 * seems to have won" says the winning of Lund, hedged), so a name before one is whom the verb after
 * its "to" is said of.
 */
export const RAISING_VERB_FORMS: ReadonlySet<string> = new Set(
  "seem seems seemed appear appears appeared".split(" "),
);

/** Auxiliary and modal verbs, and "not": a phrase holding one is a clause, not a description. */
export const AUXILIARY_VERBS: ReadonlySet<string> = new Set([
  ...FORMS_OF_BE,
  ..."am has have had having do does did".split(" "),
  ...MODAL_VERBS,
  "not",
]);

/** The auxiliaries and modals that can be a clause's finite verb ("is", "had", "will"; not "been"). */
export const FINITE_AUXILIARY_VERBS: ReadonlySet<string> = new Set(
  [...AUXILIARY_VERBS].filter((word) => !["be", "been", "being", "having", "not"].includes(word)),
);

/**
 * Prepositions and subordinators: a phrase ending on one was cut out of a clause. "across",
 * "amid", "amidst", "beyond" and "throughout" (common English prepositions) were added when a
 * PolNeAR TRAIN miss showed "Amid …," opening a sentence read as no adverbial.
 */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  (
    "about above across after against along amid amidst among around as at before behind below " +
    "beside between beyond by " +
    "despite during for from in inside into like near of off on onto over since than through to " +
    "throughout toward towards under until upon with within without that which who whom whose " +
    "when while"
  ).split(" "),
);

/**
 * The prepositions above whose object is only a noun phrase, so a verb form right after one is a
 * noun ("in states with …", "the secretary of state"). Not "to" (an infinitive, whose subject may
 * be an object: "urged Vint to say"), "as" and "like" (a clause may follow: "as reported by"),
 * the subordinators nor the relatives ("the report that called it …" has a subject of its own).
 */
export const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(
  [...PREPOSITIONS].filter(
    (word) =>
      !/^(?:to|as|like|than|that|which|who|whom|whose|when|while|since|until|before|after)$/.test(
        word,
      ),
  ),
);

/**
 * Subordinators whose clause brings a subject of its own ("after a fisherman warned him"); "as"
 * and "that" are left out ("such as", a complement clause).
 */
export const SUBORDINATORS: readonly string[] =
  "when after because while since until before although though whereas".split(" ");

/**
 * Subordinators that may open a clause with no subject and a past participle ("when asked",
 * "if pressed", "once warned"): the clause's subject is the main clause's, acted on.
 */
export const REDUCED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  "when whenever if once unless until while though although".split(" "),
);

/** Function words that never stand between a number and what it counts, capitalised or not ("3 The"). */
export const NUMBER_HEAD_BREAKS: ReadonlySet<string> = new Set(
  (
    "and or of the a an in on at by to for from with that which who his her its this these " +
    "those their as than per"
  ).split(" "),
);

/**
 * Words after which a past form is an adjective, never a finite verb: determiners and possessives
 * ("the", "his") and prepositions ("in pledged delegates", "of"). Not "that" ("a group that
 * claimed …" is a verb) nor "by" ("as reported by").
 */
export const PAST_ADJECTIVE_OPENERS: ReadonlySet<string> = new Set(
  "a an the these those his her its their our your my in of with for on at from into about".split(
    " ",
  ),
);

/** Words that join a second verb to its clause's subject: "Roe praised it and called it …". */
export const VERB_COORDINATORS: ReadonlySet<string> = new Set("and but then".split(" "));

/** Connectives that may open a clause before its subject: "and then Roe continues:". */
export const CLAUSE_CONNECTIVES: ReadonlySet<string> = new Set([
  ...VERB_COORDINATORS,
  ..."so yet later again".split(" "),
]);

/** Prepositions and subordinators that take an -ing clause of the sentence's subject ("by insisting"). */
export const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(
  "before after while by without upon".split(" "),
);

/** Words of a short adverbial phrase between an auxiliary and its verb: "has in the past described". */
export const SHORT_ADVERBIAL_WORDS: ReadonlySet<string> = new Set(
  "in the past at one point for years since then long".split(" "),
);

/**
 * Words after which a noun no longer belongs to the phrase before it ("a 60-year-old and her
 * son"): coordinators, "of" and "with", "who", possessives and articles.
 */
export const NOUN_PHRASE_BREAKS: ReadonlySet<string> = new Set(
  "and or of with who her his their the a an".split(" "),
);

/** Adverbs and particles inside a verb group before a verb of saying: "was prompted to say", "could only quip". */
export const VERB_GROUP_ADVERBS: ReadonlySet<string> = new Set(
  "to on only just then later also again finally quickly simply".split(" "),
);

/** Words after which a new clause, and its subject, begins: "so odd that Vint could only quip:". */
export const CLAUSE_BOUNDARY_WORDS: ReadonlySet<string> = new Set(
  "that and but so then when while as after before".split(" "),
);

/** Relative pronouns and subordinators that open a clause; a name after them may be its subject. */
export const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set(
  "that which who whom whose when while as since until before after".split(" "),
);

/**
 * Determiners that never stand for a noun phrase on their own ("the report", "every voter", "his
 * reply"): alone before a verb they are the start of a noun phrase a reader cut short, never a
 * speaker. A subset of DETERMINERS.
 */
export const DEPENDENT_DETERMINERS: ReadonlySet<string> = new Set(
  "a an the every no his her their its our my your whose such".split(" "),
);

/**
 * Quantifiers and demonstratives that stand alone for one person or thing ("Another said", "One
 * writes"): the verb after one takes -s or a past form, so a bare form after it is a noun ("One
 * reply came", "Another report says"). A subset of DETERMINERS.
 */
export const SINGULAR_QUANTIFIERS: ReadonlySet<string> = new Set(
  "one another each either neither this that".split(" "),
);

/**
 * Words that make the reporting form after them no finite verb of a speaker: "the call", "to
 * say", "was told". Read by the sentence-cue and in-clause-cue sieves.
 */
export const NOT_A_FINITE_VERB_AFTER: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ..."to be been being is was were are".split(" "),
]);

/**
 * Words that open an adverbial or a subordinate clause standing before a sentence's main clause
 * ("After Moss called it …", "In a clip that …"): the subordinators and the prepositions that can
 * open one — not "to" (a purpose clause of the speaker's own sentence), "as" ("As Lund put it"),
 * "of", "like", "than" nor a relative word. The attribution layer's two opening-clause readers
 * each add one word of their own (cues/opening-clause-quotation.ts, sieves/quoted-opener.ts).
 */
export const OPENING_CLAUSE_WORDS: ReadonlySet<string> = new Set([
  ...SUBORDINATORS,
  ...[...PREPOSITIONS].filter(
    (word) => !/^(?:that|which|who|whom|whose|to|than|of|like|as)$/.test(word),
  ),
]);

/**
 * Relative pronouns: the words that open a relative clause about the noun before them ("the
 * guards, who fled", "two of whom"). The closed class of English relative pronouns (Quirk et al.
 * 1985), "where" and "when" left out (relative adverbs).
 */
export const RELATIVE_PRONOUNS: readonly string[] = "who whom whose which that".split(" ");

/**
 * The relative pronouns that may open a clause whose subject is the noun before it ("the board
 * that raised fares", "the guard whose shift …"), in the order the subject-noun reader
 * (src/conflicts/subject-nouns.ts) was written with: RELATIVE_PRONOUNS without "whom" (an object).
 */
export const SUBJECT_RELATIVES: readonly string[] = "who which that whose".split(" ");

/**
 * The relative pronouns that open an aside about people or things counted before it ("Four
 * guards, who had just come on duty, fled"): RELATIVE_PRONOUNS without "that" (never set off by
 * commas) and "whose" (its clause is about something of theirs), as the aside reader
 * (src/conflicts/figures/aside-clause.ts) was written.
 */
export const ASIDE_RELATIVES: readonly string[] = "who whom which".split(" ");

/**
 * The words that stand for a counted group after a partitive "of" ("two of them", "two of whom",
 * "four of those"): object pronouns, relatives and demonstratives, as the part-count reader
 * (src/conflicts/figures/part-counts.ts) was written.
 */
export const PARTITIVE_GROUP_WORDS: readonly string[] = "them whom which those these".split(" ");

/**
 * The partitive group words that may open a relative aside ("eight robbers, two of whom were
 * disguised, …"): a subset of PARTITIVE_GROUP_WORDS, in the order the aside reader was written.
 */
export const ASIDE_PARTITIVE_WORDS: readonly string[] = "whom which them".split(" ");

/**
 * Finite verb forms after which a counted group is what something befell or what it is, not who
 * acted ("two gunmen were shot", "four guards remained"): the finite forms of "be" (FORMS_OF_BE),
 * the perfect of "be" and "remain". The counted-actor check (src/conflicts/figures/
 * counted-actors.ts) also reads them with "been" dropped ("who had fled" is not acting: an
 * auxiliary after "who" there).
 */
export const STATE_VERB_FORMS: readonly string[] = [
  "were",
  "was",
  "are",
  "is",
  "have been",
  "had been",
  "remain",
  "remained",
];

/**
 * Conjunctions that open a condition (a sentence-opening "If Lund wins, …", "Should the board
 * agree, …"): what follows is what would be, not what is. Source: the conditional subordinators of
 * English (Quirk et al. 1985), the ones the figure-mood check (src/conflicts/figures/moods.ts) reads.
 */
export const CONDITION_OPENERS: readonly string[] = "if unless should".split(" ");
