// Candidacies and fortunes ("the Republican presidential candidate", "billionaire Lena Marsh";
// added when PolNeAR TRAIN speakers written as such descriptions stayed unknown): person nouns,
// and also role nouns (ROLE_NOUNS below).
const ROLE_NOUN_LIST = [
  "candidate",
  "nominee",
  "front-runner",
  "frontrunner",
  "billionaire",
  "businessman",
  "businesswoman",
];

/** Kinship nouns ("her daughter", "the son of …"), part of PERSON_NOUNS; same source. */
const KIN_NOUN_LIST = [
  "wife",
  "husband",
  "mother",
  "father",
  "son",
  "daughter",
  "brother",
  "sister",
  "stepson",
  "stepdaughter",
  "grandson",
  "granddaughter",
  "nephew",
  "niece",
  "cousin",
  "fiance",
  "fiancee",
  "girlfriend",
  "boyfriend",
  "partner",
];

/**
 * Nouns of the people around someone who are no relatives and hold no post: friends, neighbours,
 * colleagues, schoolmates ("said a friend of Ms. Lund", "a neighbour of Ada Lund said": the friend
 * or neighbour speaks, never Lund). Part of PERSON_NOUNS. Source: hand-written from English
 * grammar's common nouns of personal association, British and American spellings (added when
 * "a friend of Ms. Lund" was read as Lund speaking; "aide" is already a person noun).
 */
const ASSOCIATE_NOUN_LIST = [
  "friend",
  "neighbor",
  "neighbour",
  "colleague",
  "co-worker",
  "coworker",
  "classmate",
  "schoolmate",
  "roommate",
  "flatmate",
  "teammate",
  "acquaintance",
];

/** The associate nouns alone (no relatives, no posts): corrections/name-modifies-group.ts. */
export const ASSOCIATE_NOUNS: ReadonlySet<string> = new Set(ASSOCIATE_NOUN_LIST);

/**
 * The person nouns and posts that give their holder's sex ("his wife", "the spokeswoman"), so a
 * he/she of the other gender is not the person so described. Source: English grammar's gendered
 * common nouns of kinship, age and sex, and the -man/-woman compounds among the nouns above.
 */
export const GENDERED_PERSON_NOUNS: ReadonlyMap<string, "he" | "she"> = new Map([
  ...(
    "wife mother daughter sister stepdaughter granddaughter niece fiancee girlfriend widow " +
    "woman girl actress heiress spokeswoman businesswoman congresswoman chairwoman"
  )
    .split(" ")
    .map((w): [string, "she"] => [w, "she"]),
  ...(
    "husband father son brother stepson grandson nephew fiance boyfriend widower " +
    "man boy gunman frontman hitman spokesman businessman congressman chairman"
  )
    .split(" ")
    .map((w): [string, "he"] => [w, "he"]),
]);

/** Kinship nouns alone: "X, the daughter of Y" says X is not Y (entities/surnames/kin-appositive.ts). */
export const KIN_NOUNS: ReadonlySet<string> = new Set(KIN_NOUN_LIST);

/**
 * Comparatives that set one relative apart from another of the same name ("the younger Mr. Roe",
 * "the elder Roe"): hand-written from English grammar.
 */
export const GENERATION_COMPARATIVES: ReadonlySet<string> = new Set(["younger", "elder", "older"]);

/**
 * Words that say an article tells of a parent and a child of one name ("his father, Ivo Vint",
 * "the younger Vint", "his namesake"): a suffixed name ("Ivo Vint Jr.") and the same name without
 * a suffix are then two people (entities/names/generational-suffixes.ts). Hand-written from English
 * grammar: the parent and child nouns among the kinship nouns above, their plurals, "dad",
 * "namesake" and the generation comparatives.
 */
export const PARENT_CHILD_WORDS: ReadonlySet<string> = new Set([
  "father",
  "fathers",
  "son",
  "sons",
  "dad",
  "grandfather",
  "grandson",
  "namesake",
  ...GENERATION_COMPARATIVES,
]);

/**
 * Lowercase nouns that describe a person by role, kinship or age and that news writes right before
 * the person's name, without a comma ("boxer Ike Rahm", "his sister Tamsin Oyelade", "the
 * comedian Lena Marsh"). Job titles ("minister", "director") are title-words.ts's. Source:
 * hand-written from English grammar's common person nouns (kinship terms, age and sex nouns, roles
 * in crime, sport and entertainment reporting).
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...KIN_NOUN_LIST,
  ...ASSOCIATE_NOUN_LIST,
  // age and sex
  "man",
  "woman",
  "boy",
  "girl",
  "teen",
  "teenager",
  "toddler",
  "young",
  "teenage",
  // crime and courts
  "victim",
  "suspect",
  "gunman",
  "defendant",
  "witness",
  "killer",
  "inmate",
  "fugitive",
  // sport and entertainment
  "boxer",
  "fighter",
  "champion",
  "challenger",
  "player",
  "quarterback",
  "pitcher",
  "rookie",
  "striker",
  "goalkeeper",
  "actor",
  "actress",
  "comedian",
  "singer",
  "rapper",
  "musician",
  "artist",
  "model",
  "star",
  "writer",
  "novelist",
  "filmmaker",
  // politics and campaigns (added when PolNeAR TRAIN misses showed "Vint consultant Ada Lund" read
  // as about Vint)
  "consultant",
  "pollster",
  "strategist",
  "operative",
  "donor",
  "supporter",
  "activist",
  "lawyer",
  "aide",
  "speechwriter",
  // insiders and stand-ins ("one Vint confidant", "a Lund look-alike"; added when PolNeAR TRAIN
  // speakers written so were read as the person named in them)
  "confidant",
  "insider",
  "delegate",
  "look-alike",
  // "a 2008 Vint veteran said" (added when a PolNeAR TRAIN speaker written so was read as Vint)
  "veteran",
  // "one former Vint employee, speaking on condition of anonymity, said" (added when a PolNeAR
  // TRAIN speaker written so was read as Vint)
  "employee",
  "staffer",
  // scholars ("Harbour College historian Ada Lund calls it “…”"; added when a PolNeAR TRAIN
  // speaker written so stayed unknown)
  "historian",
  // sport, the arts, trades and crime ("the sprinter Kesh Varlo", "mobster Orin Vell"; general
  // English knowledge of the nouns news puts before a person's name, added so that a name whose
  // given name no list holds is found after them as after "boxer")
  "sprinter",
  "swimmer",
  "golfer",
  "jockey",
  "cyclist",
  "gymnast",
  "wrestler",
  "midfielder",
  "dancer",
  "choreographer",
  "painter",
  "sculptor",
  "photographer",
  "poet",
  "playwright",
  "screenwriter",
  "songwriter",
  "guitarist",
  "drummer",
  "pianist",
  "vocalist",
  "frontman",
  "heiress",
  "socialite",
  "tycoon",
  "mogul",
  "shooter",
  "robber",
  "burglar",
  "gangster",
  "mobster",
  "hitman",
  "arsonist",
  "kidnapper",
  "murderer",
  "survivor",
  "hostage",
  "informant",
  "whistleblower",
  "surgeon",
  "nurse",
  "paramedic",
  "firefighter",
  "chef",
  ...ROLE_NOUN_LIST,
]);

/**
 * Person nouns that name someone's role in a story as specifically as a post does, so that "the
 * candidate said" alone may take up the one person so introduced, or the person the sentence
 * before opens with (described-person.ts); "the man", "the star" stay too loose. Source: the
 * candidacies-and-fortunes nouns above (added when a PolNeAR TRAIN speaker "The candidate added"
 * after a paragraph opening with the candidate stayed an unnamed source).
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(ROLE_NOUN_LIST);

/**
 * Heads of a description that names someone speaking for another person, never that person ("the
 * spokesman said" after "Sen. Dora Pell" is not Pell). Source: the common English nouns of
 * spokespeople, aides and counsel; the described-person rule (described-person.ts) reads them.
 */
export const SPEAKS_FOR_SOMEONE: ReadonlySet<string> = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "aide",
  "adviser",
  "advisor",
  "official",
  "lawyer",
  "attorney",
]);

/**
 * Head nouns of an unnamed source ("two EU officials familiar with the talks", "a person briefed
 * on the plan"). Source: the anonymous-source nouns of newswire attribution (the source heads of
 * the trailing-attribution sieve as first written); trailing-attribution.ts reads them.
 */
export const UNNAMED_SOURCE_NOUNS: ReadonlySet<string> = new Set(
  "official officials source sources person people diplomat diplomats aide aides negotiator negotiators insider insiders executive executives analyst analysts lawmaker lawmakers spokesperson spokesman spokeswoman".split(
    " ",
  ),
);

/**
 * Capitalised nouns for a believer in a faith, whose plural names a group ("Roman Catholics",
 * "conservative Catholics") and is never a person's surname. Source: the English names of the
 * larger religions and Christian denominations (AP Stylebook religion entries).
 */
export const FAITH_NOUNS: ReadonlySet<string> = new Set([
  "Catholic",
  "Protestant",
  "Christian",
  "Evangelical",
  "Mormon",
  "Baptist",
  "Methodist",
  "Lutheran",
  "Muslim",
  "Hindu",
  "Buddhist",
  "Sikh",
]);

/**
 * Capitalised nouns, neither faith nor nation, whose plural names a group of people ("many Latinos
 * said", "Millennials say"): the group speaks, never a person of that name. Party members are
 * party-words.ts's. Source: the group nouns of US polling and campaign reporting (AP Stylebook
 * entries for ethnic and generational groups), met as speakers in PolNeAR TRAIN.
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  "Latino",
  "Hispanic",
  "Millennial",
  "Evangelical",
  "Boomer",
]);

/**
 * Lowercase plural (or collective) nouns for people acting as a body, which a sentence may open
 * with a capital before a reporting verb ("Police said", "Authorities say", "Residents complained"):
 * a group speaks, never a person of that name. Plurals of the person nouns above and of title
 * heads are read as such without being listed (common-word-name.ts). Source: the collective
 * subjects of newswire attribution (police and court reporting, protests, science and labour
 * news); met as false persons in ECB+ TRAIN ("Authorities", "Researchers", "Unions"); employees,
 * defenders, allies and staffers added when PolNeAR TRAIN read "Vint employees said" as Vint;
 * backers, loyalists and followers (synonyms of the supporters a person noun gives) when it read
 * "Vint backers stood …" as Vint.
 */
export const GROUP_PLURAL_NOUNS: ReadonlySet<string> = new Set(
  "police authorities people relatives residents neighbors neighbours researchers scientists experts investigators students teachers parents workers unions protesters protestors demonstrators environmentalists critics opponents voters troops firefighters doctors fans officers witnesses prosecutors officials employees defenders allies staffers backers loyalists followers".split(
    " ",
  ),
);
