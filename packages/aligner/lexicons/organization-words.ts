/**
 * Words that make a capitalised name an organisation: its last word ("… Group", "… Institute",
 * "… Securities"), a lowercase descriptor before it ("investment bank X") or an appositive that
 * describes a business ("X, the market leader,"). Source: English company, institution and media
 * name endings (corporate suffixes, AP style) and business nouns of newswire.
 */
/**
 * Organisation name endings: "SK Group", "Seoul National University School of Law"; "PAC" (a
 * political action committee, "Harbour Forward PAC") added when PolNeAR TRAIN speakers so named
 * were read as people.
 */
export const ORGANIZATION_ENDINGS =
  "University School of Law|Group|Bank|Wire|Ledger|Gazette|Tribune|Herald|News|Times|Journal|Radio|Television|Network|Chronicle|Telegraph|University|Institute|Agency|Council|Commission|Ministry|Office|Corporation|Corp\\.?|Inc\\.?|Ltd\\.?|Company|Fund|Association|Reserve|Party|Assembly|Court|Service|Electronics|Motor|Motors|Stanley|Sachs|Securities|PAC";

/**
 * The words of ORGANIZATION_ENDINGS (their escaped dots dropped), which no person's name holds,
 * but not the words after "of" in an ending ("Law" of "University School of Law"): those belong
 * to that one phrase, and "Law" alone is a surname ("Ada Law said" was read as an organisation on
 * PolNeAR TRAIN, and "she said" after it found no one).
 */
export const ORGANIZATION_ENDING_WORDS: ReadonlySet<string> = new Set(
  ORGANIZATION_ENDINGS.split("|").flatMap((ending) => {
    const words = ending.replace(/\\\.\??/g, "").split(" ");
    const of = words.indexOf("of");
    return of < 0 ? words : words.slice(0, of + 1);
  }),
);

/**
 * Lowercase descriptors that introduce an organisation's name: "investment bank Morgan Stanley".
 * The nouns after "shipbuilder" are the English nouns for an advocacy body (AP style), added when
 * PolNeAR TRAIN speakers so introduced ("the civil rights organization the Harbour League") were
 * not read at all.
 */
export const ORGANIZATION_DESCRIPTORS =
  "bank|investment bank|firm|company|automaker|carmaker|chipmaker|conglomerate|group|outlet|newspaper|broadcaster|agency|think tank|institute|brokerage|lender|insurer|shipbuilder|organization|organisation|nonprofit|charity|watchdog|coalition";

/**
 * Heads of an appositive that describes a business or another organisation ("Deutsche Telekom,
 * the market leader, said", "Harbour Rising, a conservative political action committee, called"):
 * the name before it is an organisation, not a person. "leader" alone is no business ("the party
 * leader"); "market leader" is. The heads after "startup" are the English nouns for a body that
 * speaks as one (advocacy, media and public bodies; AP style), added when a PolNeAR TRAIN
 * committee so described was read as a person.
 */
export const ORGANIZATION_APPOSITIVE_HEADS: ReadonlySet<string> = new Set([
  "market leader",
  "carmaker",
  "automaker",
  "chipmaker",
  "company",
  "firm",
  "group",
  "lender",
  "retailer",
  "airline",
  "operator",
  "supplier",
  "maker",
  "manufacturer",
  "conglomerate",
  "bank",
  "insurer",
  "startup",
  "committee",
  "organization",
  "organisation",
  "nonprofit",
  "charity",
  "think tank",
  "watchdog",
  "coalition",
  "newspaper",
  "magazine",
  "website",
  "broadcaster",
  "publisher",
  "agency",
  "association",
  "foundation",
  "institute",
]);

/**
 * Last words of a company's or research body's name that make a speaker phrase ending on them an
 * organisation ("Orvant Labs found", "said Velmar Research"), read only where a speaker phrase ends
 * in a name nobody introduced: as organisation endings of the mention reader they cut longer names
 * short ("… Research Center", "… Partners Action Fund"). Source: common English company and
 * research-firm name endings (corporate naming, AP style), added when a PolNeAR TRAIN pollster's
 * name was read as a person.
 */
export const SPEAKER_ORGANIZATION_ENDINGS: ReadonlySet<string> = new Set([
  "Labs",
  "Laboratories",
  "Research",
  "Analytics",
  "Partners",
  "Associates",
  "Polling",
  "Consulting",
  "Holdings",
  "Industries",
  "Technologies",
]);

/**
 * Nouns for the body that works for one person and speaks in its own name: "the Vint campaign
 * said", "Lund's office said", "the Vint administration said" — the campaign, office or
 * administration, never the person named before it. Source: the organisation nouns of US
 * political attribution (AP style: "the Obama administration", "the Clinton campaign"), met as
 * speakers in PolNeAR TRAIN.
 */
export const PERSON_BODY_NOUNS: ReadonlySet<string> = new Set([
  "campaign",
  "office",
  "administration",
]);

/**
 * Last words of an institution's name that the organisation reader does not take as endings
 * (as endings they made organisations of people's titles: "Police Department", "Ethics
 * Committee"): a capitalised run that ends on one, or that one follows, is never a person —
 * "the Harbour Workers Union", "The Orrin Police Department", "the Lakeside Teachers Caucus".
 * Source: the heads of English institution names (AP style for unions, departments, committees
 * and public bodies); none of them is a common surname.
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  "Union",
  "Department",
  "Committee",
  "Institution",
  "Bureau",
  "Federation",
  "Coalition",
  "Caucus",
  "Alliance",
  "Society",
  "Authority",
  "Board",
  // "the Lakeside Voters League said" (added when PolNeAR TRAIN speakers so named were read as
  // people)
  "League",
]);

/**
 * Capitalised heads of a law's or treaty's name ("Lund Act", "the Vint Amendment", "the Harbour
 * Accords"), also closing a hyphenated word ("the Super Harbour-Act"); part of NAMED_THING_HEADS.
 * Source: "Act" from the person reader's first version ("Law", a surname too, is a PLAN_HEADS
 * word); the rest added when PolNeAR TRAIN showed a plan named after a person read as that person
 * (the common heads of US and treaty names).
 */
export const LAW_HEADS: ReadonlySet<string> = new Set([
  "Act",
  "Amendment",
  "Treaty",
  "Accord",
  "Accords",
  "Doctrine",
  "Protocol",
  "Pact",
]);

/**
 * Heads of the name of a body that holds and gives money and speaks as one ("the Harbour Trust
 * said", "the Dunmore Foundation said"): a speaker so named is an organisation; part of
 * NAMED_THING_HEADS, so no person's name ends on one. Source: the common English heads of charity
 * and endowment names (AP style); kept apart when a harbour trust speaking read as a person.
 */
export const ENDOWMENT_HEADS: ReadonlySet<string> = new Set(["Foundation", "Trust"]);

/**
 * Capitalised heads that make the name before them a facility, place, work, law, prize or event,
 * not a person ("Ada Lund Foundation", "Vint Memorial Hospital", "Lund Act"): the person reader
 * never ends a person's name on them. Source: the common English heads of institution, building,
 * street and event names; kept from the person reader's first version.
 */
export const NAMED_THING_HEADS: ReadonlySet<string> = new Set([
  ...ENDOWMENT_HEADS,
  "Center",
  "Centre",
  "Hospital",
  "School",
  "College",
  "Academy",
  "Library",
  "Museum",
  "Airport",
  "Park",
  "Street",
  "Avenue",
  "Road",
  // street abbreviations ("on Tilden Ave. near Orrin Blvd."; added when ECB+ TRAIN read streets
  // so written as people)
  "Ave",
  "Blvd",
  "Bridge",
  "Hall",
  "Hotel",
  "Award",
  "Awards",
  "Prize",
  "Fund",
  "Project",
  "Show",
  "Stadium",
  "Arena",
  "Theatre",
  "Theater",
  "Building",
  "Tower",
  "Memorial",
  "Day",
  "Administration",
  "Campaign",
  ...LAW_HEADS,
]);

/**
 * Capitalised heads that make "the <Name> <Head>" a plan, deal or bill, not a person ("the Lund
 * Plan", "the Vint-Oyelade Bill"): read so only after "the", since "Ada Plan" may be someone's name.
 * Source: the common English heads of policy, programme and bill names (met in PolNeAR TRAIN: a
 * post-war reconstruction plan named after its author read as a person).
 */
export const PLAN_HEADS: ReadonlySet<string> = new Set([
  "Plan",
  "Bill",
  "Deal",
  "Agreement",
  "Program",
  "Programme",
  "Initiative",
  "Strategy",
  "Reform",
  "Rule",
  "Rules",
  // "the Lund Law": moved from LAW_HEADS, as "Law" is a surname too ("Ada Law said")
  "Law",
]);

/**
 * Names of public bodies written without an organisation ending ("members of Congress told", "the
 * Pentagon said"), and the heads before "of"/"for" whose object is an institution's or a
 * department's name, not a person's ("the former secretary of State said", "the Chamber of
 * Commerce has announced", "the Department of Harbour Security"). Source: the bodies of US and
 * parliamentary government (AP Stylebook: Congress, Capitol Hill, Pentagon, White House) and the
 * heads of English department and chamber names; met as false persons in PolNeAR TRAIN.
 */
export const PUBLIC_BODY_NAMES: ReadonlySet<string> = new Set([
  "Congress",
  "Senate",
  "Pentagon",
  "Kremlin",
  "Parliament",
  "White House",
  "Capitol Hill",
  // "State has told lawmakers": the State Department named by its short form (AP Stylebook), met
  // as a false person in PolNeAR TRAIN.
  "State",
]);

export const DEPARTMENT_HEADS_BEFORE_OF: ReadonlySet<string> = new Set([
  "Department",
  "Chamber",
  "Center",
  "Centre",
  "Bureau",
  "Ministry",
  "Office",
  "Secretary",
  "secretary",
  "Secretaries",
  "secretaries",
  "department",
]);
