import { type Entity, type EntityKind, type Mention, type Title, titleLabel } from "@parallax/core";
import { CALENDAR_WORDS } from "../../lexicons/calendar-words.ts";
import { CLAUSE_STARTERS } from "../../lexicons/clause-starters.ts";
import { FAMILY_NAME_FIRST_SURNAMES } from "../../lexicons/family-name-first-surnames.ts";
import { AUXILIARY_VERBS, DETERMINERS, PREPOSITIONS } from "../../lexicons/function-words.ts";
import { KOREAN_SURNAMES } from "../../lexicons/korean-surnames.ts";
import { CAPITALISED_NAME_PARTICLES, NAME_PARTICLES } from "../../lexicons/name-particles.ts";
import { NEWS_OUTLETS } from "../../lexicons/news-outlets.ts";
import {
  BUSINESS_APPOSITIVE_HEADS,
  ORGANIZATION_DESCRIPTORS,
  ORGANIZATION_ENDINGS,
} from "../../lexicons/organization-words.ts";
import { PLACES } from "../../lexicons/places.ts";
import { PRONOUNS } from "../../lexicons/pronouns.ts";
import { TITLE_HEADS, TITLE_WORDS } from "../../lexicons/title-words.ts";
import type { ArticleText } from "./article-text.ts";
import { NAME_NEXT_WORD, NAME_WORD } from "./name-patterns.ts";
import { labelStart } from "./parenthesised-label.ts";
import { findPersonNames, givenNameGender, honorificGender } from "./person-names.ts";
import {
  type TitleRange,
  titleAfter,
  titleBefore,
  titleBeforeAppositive,
  titleWords,
  titleWordsCompatible,
} from "./titles.ts";
import {
  firstWords,
  isRegexSpace,
  isWordChar,
  matchesAt,
  sticky,
  wordQuery,
} from "./word-index.ts";

type MentionForm = Mention["form"];

type EntityRecord = {
  kind: EntityKind;
  name: string;
  surname: string | null;
  /**
   * The first word of a two-word name when it is a Japanese or Chinese family name ("Sato" of
   * "Sato Kenji"): a later bare "Sato" may mean this person as well as anyone with that surname.
   * `surname` keeps the last word, so a name in Western order ("Kenji Sato") reads as before.
   */
  familyFirst: string | null;
  titles: Title[];
  /** `titleWords` of each title, split once: titles are compared for every surname mention. */
  titleWords: string[][];
  unnamed: boolean;
  gender: "he" | "she" | null;
};

type MentionRecord = {
  start: number;
  end: number;
  form: MentionForm;
  /** Resolved entity, or null while pending / when ambiguous. */
  entity: number | null;
  candidates: number[];
  ambiguous: boolean;
  sentence: number;
  inQuote: boolean;
  /**
   * "his"/"her": resolved after every other mention and never an antecedent, speaker or claim
   * entity, so adding them leaves what the rest of extraction reads unchanged.
   */
  possessive: boolean;
  /** The title said with a surname ("Deputy Minister"), for title-surname and title forms. */
  title: string | null;
};

/** "Choi Dong Hyun" and "Choi Dong-hyun" are one person: compare names without case, spaces or hyphens. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
    if (nameKeys.size > 4096) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

/** Names repeat across mentions and articles: a bounded memo keeps key-making off the profile. */
const nameKeys = new Map<string, string>();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (a: string, b: string) => b.length - a.length;

const KOREAN_NAME = new RegExp(
  `\\b(${KOREAN_SURNAMES.join("|")}) ([A-Z][a-z]{1,6})(?:-([a-z]{1,6})\\b|( [A-Z][a-z]{1,6})\\b(?![ -][A-Z]))`,
  "g",
);
/**
 * A full name after a capitalised title. Name words may carry letters beyond ASCII ("Recep Tayyip
 * Erdoğan") and particles between them ("Ursula von der Leyen"): see NAME_NEXT_WORD.
 */
const TITLED_NAME = new RegExp(
  `\\b(?:President|Secretary|Minister|Director|Chancellor|Governor|Senator|Ambassador|Chairman|Chairwoman|CEO|Professor|Commissioner|Spokesperson|Spokesman|Spokeswoman|Premier|Prince|Economist|Analyst|Lawmaker|Mayor|Judge|Sen\\.|Rep\\.|Gov\\.|Gen\\.|Mrs?\\.?|Ms\\.?|Dr\\.?)(?: of [A-Z][a-z]+)? (${NAME_WORD}(?:${NAME_NEXT_WORD}){1,2})(?!\\p{L})`,
  "gu",
);
/**
 * A lowercase title head right before a full name: "EU trade chief Anneli Virtanen", "commerce
 * minister Wang Wentao". Capitalised heads are TITLED_NAME's; the name is checked as any other.
 */
const LOWER_TITLE_HEADS = [
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
const LOWER_TITLED_NAME = new RegExp(
  `\\b(?:${LOWER_TITLE_HEADS.join("|")}) (${NAME_WORD}(?:${NAME_NEXT_WORD}){1,2})(?!\\p{L})(?![ -]\\p{Lu})`,
  "uy",
);
const LOWER_TITLE_WORDS = wordQuery(LOWER_TITLE_HEADS);
/**
 * Appositive heads after an untitled name ("Wang Wentao, China's commerce minister,"): the title
 * heads that are one plain word ("vice-minister" is found at "minister").
 */
const APPOSITIVE_HEAD_WORDS = wordQuery([...TITLE_HEADS].filter((w) => /^[a-z]+$/.test(w)));
/** "said Sophie Laurent of the Lindqvist Institute", "said Olaf Kessler.": an untitled name after the verb. */
const SAID_NAME = new RegExp(
  `(?:said|says) (${NAME_WORD}(?:-[A-Za-z][a-z]+)?(?:${NAME_NEXT_WORD}(?:-[a-z]+)?){1,2})(?=[,.]| of )`,
  "uy",
);
const SAID_WORDS = wordQuery(["said", "says"]);
const ORGANIZATION_ENDING_WORDS = new Set(
  ORGANIZATION_ENDINGS.split("|").flatMap((e) => e.replace(/\\\.\??/g, "").split(" ")),
);
const HONORIFIC = /^(?:Mrs?|Ms|Dr)\.?$/;
const NAME_BETWEEN_COMMAS = new RegExp(
  `${NAME_WORD}(?:-[A-Za-z][a-z]+)?(?:${NAME_NEXT_WORD}(?:-[a-z]+)?){1,2}(?=,)`,
  "uy",
);
const OUTLET = new RegExp(
  `(?<![\\w-])(${[...NEWS_OUTLETS].sort(byLength).map(escapeRegExp).join("|")})(?![\\w-])`,
  "g",
);
const PLACE = new RegExp(
  `(?<![\\w.-])(${[...PLACES].sort(byLength).map(escapeRegExp).join("|")})(?![\\w])`,
  "g",
);
// "German Association of the Automotive Industry": capitalised words after "of (the)" finish the
// name; a lowercase word or punctuation ends it.
const ORG_BY_ENDING = new RegExp(
  `\\b((?:U\\.S\\. )?(?:[A-Z][\\w&-]*|of) )*?[A-Z][\\w&-]* (?:${ORGANIZATION_ENDINGS})\\b(?: of (?:the )?[A-Z][\\w&-]*(?: [A-Z][\\w&-]*)*)?`,
  "g",
);
// "Ministry of Trade, Industry and Energy", but not "Ministry of Trade and President Lee": a list
// of portfolios never goes on into a title.
const MINISTRY =
  /\bMinistry of [A-Z][a-z]+(?:(?:, | and )(?!(?:President|Minister|Secretary|Director|Chief|Ambassador|Chairman|Governor|Senator|Deputy|Vice|Mr|Mrs|Ms|Dr)\b)[A-Z][a-z]+)*/g;
const ORG_BY_DESCRIPTOR = new RegExp(
  `\\b(?:${ORGANIZATION_DESCRIPTORS}) ((?:[A-Z][\\w&-]*)(?: [A-Z][\\w&-]*){0,3})`,
  "g",
);
const ORG_LIST =
  /\b(?:executives|companies|firms|conglomerates|leaders|heads) (?:from|of|such as|including) ((?:[A-Z][\w&-]*(?: [A-Z][\w&-]*)?)(?:,? (?:and )?[A-Z][\w&-]*(?: [A-Z][\w&-]*)?)*)/g;
const PRESIDENTIAL_OFFICE = /\b[Pp]residential office\b/g;
const PRONOUN = /\b(?:he|she|He|She)\b/g;
const TITLE_ONLY =
  /\bthe (Minister|Director|Secretary|President|Chief|Ambassador|Chairman|Governor|Professor|minister|ambassador|commissioner|envoy|governor|chancellor|premier)\b(?! of\b)(?! [A-Z])(?![’']s)/g;
const TITLE_BEFORE_SURNAME =
  /((?:(?:Deputy|Vice|First|Former|Acting|deputy|vice|former|acting) )?(?:Director|Minister|Secretary|President|Chief|Ambassador|Chairman|Governor|Senator|Professor|Commissioner|Spokesperson|director|minister|secretary|president|chief|ambassador|chairman|governor|senator|professor|commissioner|spokesperson|Mr\.|Mrs\.|Ms\.|Dr\.)) $/;

// Sticky twins, tried only where their first word starts (word-index.ts).
const KOREAN_NAME_AT = sticky(KOREAN_NAME);
const TITLED_NAME_AT = sticky(TITLED_NAME);
const TITLED_NAME_WORDS = wordQuery(
  firstWords(
    "President|Secretary|Minister|Director|Chancellor|Governor|Senator|Ambassador|Chairman|Chairwoman|CEO|Professor|Commissioner|Spokesperson|Spokesman|Spokeswoman|Premier|Prince|Economist|Analyst|Lawmaker|Mayor|Judge|Sen|Rep|Gov|Gen|Mr|Mrs|Ms|Dr".split(
      "|",
    ),
  ),
);
const OUTLET_AT = sticky(OUTLET);
const OUTLET_WORDS = wordQuery(firstWords(NEWS_OUTLETS));
const PLACE_AT = sticky(PLACE);
const PLACE_WORDS = wordQuery(firstWords(PLACES));
const ORG_BY_ENDING_AT = sticky(ORG_BY_ENDING);
const ENDING_WORDS = wordQuery(firstWords(ORGANIZATION_ENDINGS.split("|")));
const MINISTRY_AT = sticky(MINISTRY);
const ORG_BY_DESCRIPTOR_AT = sticky(ORG_BY_DESCRIPTOR);
const DESCRIPTOR_WORDS = wordQuery(firstWords(ORGANIZATION_DESCRIPTORS.split("|")));
const ORG_LIST_AT = sticky(ORG_LIST);
const ORG_LIST_WORDS = wordQuery([
  "executives",
  "companies",
  "firms",
  "conglomerates",
  "leaders",
  "heads",
]);
const SURNAME_WORDS = wordQuery(KOREAN_SURNAMES);
const MINISTRY_WORDS = wordQuery(["Ministry"]);
const PRESIDENTIAL_WORDS = wordQuery(["Presidential", "presidential"]);
const THE = wordQuery(["the"]);
const PRONOUN_WORDS = wordQuery(["he", "she", "He", "She"]);
const POSSESSIVE_WORDS = wordQuery(["his", "her", "His", "Her"]);
const PRESIDENTIAL_OFFICE_AT = sticky(PRESIDENTIAL_OFFICE);
const PRONOUN_AT = sticky(PRONOUN);
const TITLE_ONLY_AT = sticky(TITLE_ONLY);

/** Title words of posts that govern or represent a place: "President Lee of South Korea". */
const GOVERNS_A_PLACE = new Set([
  "president",
  "premier",
  "prime",
  "minister",
  "mayor",
  "governor",
  "chancellor",
  "ambassador",
  "envoy",
  "senator",
]);

/**
 * The capitalised name a speaker phrase ends with ("… Jane Doe", "Charles de Gaulle", "Erdoğan"):
 * up to three name words, particles between them.
 */
const PHRASE_ENDING_NAME = new RegExp(
  `(?:^|\\s)(${NAME_WORD}(?:-${NAME_WORD}|${NAME_NEXT_WORD}){0,2})$`,
  "u",
);
/** Particles right before a phrase's last name word ("von der " of "von der Leyen"). */
const PARTICLES_BEFORE = new RegExp(`(?:^|\\s)((?:(?:${NAME_PARTICLES.join("|")}) ){1,2})$`);

/** A name's first word right before its particles ("Later " of "Later de Gaulle"). */
const WORD_BEFORE_PARTICLE = new RegExp(`^(\\S+) (?=(?:${NAME_PARTICLES.join("|")}) )`);

/** "Later", "Then", "In": a capitalised word that opens a sentence, not a given name. */
function notAGivenName(word: string): boolean {
  return (
    NOT_A_SPEAKER.test(word.toLowerCase()) || CLAUSE_OPENERS.has(word) || CLAUSE_STARTERS.has(word)
  );
}

/**
 * The antecedents a definite description can take up, gathered by one pass over the mentions as
 * quotes are read in text order (a linear walk, not a scan of every mention per description).
 * Each list keeps at most two entities: one is the answer, two make it ambiguous for good.
 */
class Referents {
  /** Companies that opened a sentence ("Hyundai Motor said …"). */
  readonly companies: number[] = [];
  /** Organisations by a public-body word in their name: "ministry" → the Ministry of …. */
  readonly publicBodies = new Map<string, number[]>();
  /** Unnamed sources by the nouns after their a/an/one ("a person briefed …" → "person"). */
  readonly sources = new Map<string, number[]>();
  private main = 0;
  private late = 0;

  constructor(private readonly registry: ReferentSource) {}

  advanceTo(offset: number): void {
    const { mentions, descriptions } = this.registry.mentionLists();
    while (this.main < mentions.length && mentions[this.main]!.start < offset) {
      this.note(mentions[this.main]!);
      this.main += 1;
    }
    // The side list grows in reading order; an entry past `offset` waits for a later call.
    while (this.late < descriptions.length && descriptions[this.late]!.start < offset) {
      this.note(descriptions[this.late]!);
      this.late += 1;
    }
  }

  private note(m: MentionRecord): void {
    if (m.entity === null) return;
    const entity = this.registry.entityRecord(m.entity);
    if (entity.kind === "organization") {
      const padded = ` ${entity.name} `;
      for (const noun of PUBLIC_BODY_NOUNS) {
        if (padded.includes(` ${noun[0]!.toUpperCase()}${noun.slice(1)} `))
          addReferent(this.publicBodies, noun, m.entity);
      }
      if (
        m.form === "name" &&
        !PUBLIC_BODY.test(entity.name) &&
        !NEWS_OUTLETS.some((o) => entity.name.includes(o)) &&
        this.registry.opensSentence(m)
      )
        addTo(this.companies, m.entity);
    }
    if (m.form === "description" && entity.kind === "person") {
      const words = entity.name.split(" ");
      if (!/^(?:a|an|one)$/i.test(words[0] ?? "")) return;
      // The noun among the first words: "a person briefed …", "a senior official from …".
      for (const noun of words.slice(1, 4)) addReferent(this.sources, noun, m.entity);
    }
  }
}

/** What `Referents` reads from the registry. */
type ReferentSource = {
  mentionLists(): { mentions: readonly MentionRecord[]; descriptions: readonly MentionRecord[] };
  entityRecord(index: number): EntityRecord;
  opensSentence(m: MentionRecord): boolean;
};

function addTo(list: number[], entity: number): void {
  if (list.length < 2 && !list.includes(entity)) list.push(entity);
}

function addReferent(map: Map<string, number[]>, key: string, entity: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entity]);
  else addTo(list, entity);
}

/** How many mentions back `focus` reads within one sentence. */
const FOCUS_REACH = 64;

/** An all-capitals company prefix right before a capitalised word: "SK Hynix", "LG Display". */
const ACRONYM_BEFORE = /(?:^|[^\w.&-])([A-Z]{2,4}) $/;

/** "the company said": a definite description of a business (see organizationReferredTo). */
const COMPANY_DESCRIPTION =
  /^[Tt]he (?:company|firm|automaker|carmaker|chipmaker|manufacturer|conglomerate|group|retailer|airline|lender|insurer|startup)$/;
/** "the ministry said": a definite description of a public body (see organizationReferredTo). */
const PUBLIC_BODY_NOUNS = [
  "ministry",
  "office",
  "agency",
  "commission",
  "council",
  "committee",
  "department",
] as const;
const PUBLIC_BODY_DESCRIPTION = new RegExp(`^[Tt]he (${PUBLIC_BODY_NOUNS.join("|")})$`);
/** Organisations that are no company: ministries, offices, parliaments, courts, central banks. */
const PUBLIC_BODY =
  /\b(?:Ministry|Office|House|Assembly|Parliament|Congress|Senate|Commission|Council|Committee|Agency|Department|Government|Court|Reserve|Bank of|Union|Nations|Organization|Service)\b/;

const surnamePatterns = new Map<string, RegExp>();

/** The regex for one article's surnames, compiled once per distinct set (bounded cache). */
function surnamePattern(alternatives: string): RegExp {
  let pattern = surnamePatterns.get(alternatives);
  if (!pattern) {
    if (surnamePatterns.size > 256) surnamePatterns.clear();
    const escaped = alternatives.split("|").map(escapeRegExp).join("|");
    pattern = new RegExp(`\\b(${escaped})\\b(?![ -][A-Z][a-z]|-[a-z])`, "y");
    surnamePatterns.set(alternatives, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * People, organisations and places of one article, every mention linked to one entity.
 * Full names come first; then "Director Kim", "the Minister", a bare "Kim" and "he"/"she" are
 * linked by title fit, by contrast within a sentence, and by the subject of the nearest sentence
 * that names a candidate — or marked ambiguous, never guessed.
 */
export class EntityRegistry {
  private readonly entities: EntityRecord[] = [];
  /** Entity index by name key, one map per kind: no "kind:key" string is built per mention. */
  private readonly byKey: Record<EntityKind, Map<string, number>> = {
    person: new Map(),
    organization: new Map(),
    place: new Map(),
  };
  private readonly mentions: MentionRecord[] = [];
  /** Characters already inside a mention: keeps overlap checks linear on long inputs. */
  private readonly taken: Uint8Array;
  /** Unnamed sources created while quotes are read; merged into the output. */
  private readonly descriptions: MentionRecord[] = [];
  private readonly descriptionStarts = new Set<number>();
  /** What "the company", "the ministry", "the person" can take up, read once as quotes advance. */
  private readonly referents: Referents = new Referents(this);
  private mentioned: readonly number[] | undefined;
  /**
   * The holder of a post written after a name, by the start of the organisation that completes it
   * ("Minister Kim of the Ministry of Trade, Industry and Energy"): a speaker phrase ending with
   * that organisation names the holder, not the ministry.
   */
  private readonly postHolders = new Map<number, number | "ambiguous">();

  constructor(private readonly text: ArticleText) {
    this.taken = new Uint8Array(text.body.length + 1);
    this.readNames();
    this.readOrganizationsAndPlaces();
    this.readSurnameMentions();
    this.readTitles();
    this.resolveTitleSurnames();
    this.resolveInOrder();
    this.readSurnameTitles();
    this.resolvePossessives();
  }

  // ---------- reading ----------

  private readNames(): void {
    const { body, words } = this.text;
    for (const m of matchesAt(body, KOREAN_NAME_AT, words.starts(SURNAME_WORDS))) {
      const start = m.index;
      const end = start + m[0].length;
      if (/^[A-Z]/.test(body.slice(end + 1, end + 2)) && body[end] === "-") continue;
      this.addNamed("person", m[0], m[1] ?? null, start, end);
    }
    for (const m of matchesAt(body, TITLED_NAME_AT, words.starts(TITLED_NAME_WORDS))) {
      const name = m[1] ?? "";
      const start = m.index + m[0].length - name.length;
      const end = start + name.length;
      if (this.overlaps(start, end)) continue;
      const words = name.split(" ");
      if (words.some((w) => CLAUSE_STARTERS.has(w))) continue;
      if (placeAtStart(name)) continue;
      this.addNamed("person", name, surnameOf(name, words[words.length - 1]), start, end);
    }
    for (const m of matchesAt(body, LOWER_TITLED_NAME, words.starts(LOWER_TITLE_WORDS))) {
      const name = m[1] ?? "";
      if (body.startsWith("premier ", m.index) && !PREMIER_BEFORE.test(wordBefore(body, m.index))) {
        continue;
      }
      this.addUntitledName(name, m.index + m[0].length - name.length);
    }
    this.readAppositiveNames();
    for (const m of matchesAt(body, SAID_NAME, words.starts(SAID_WORDS))) {
      const name = m[1] ?? "";
      this.addUntitledName(name, m.index + m[0].length - name.length);
    }
    // People nobody titled or quoted, found by their given name ("Maria Okafor").
    for (const found of findPersonNames(body)) {
      const name = body.slice(found.start, found.end);
      if (this.overlaps(found.start, found.end) || !plausiblePersonName(name)) continue;
      const index = this.addNamed("person", name, found.surname, found.start, found.end);
      const record = this.entities[index]!;
      if (record.gender === null) record.gender = found.gender;
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /**
   * A full name nobody titled, followed by an appositive whose head is a title ("Wang Wentao,
   * China's commerce minister, met", "Anneli Virtanen, the European commissioner for trade,",
   * "Sophie Laurent, a senior fellow at …"): found from the head word back to the comma, so only
   * where a title head is written. The appositive itself is read as the title by `readTitles`.
   */
  private readAppositiveNames(): void {
    const { body, words } = this.text;
    for (const head of words.starts(APPOSITIVE_HEAD_WORDS)) {
      this.readNameAfterTitle(head);
      // Back to the comma over at most five words of the appositive, none of them punctuated.
      let comma = -1;
      let spaces = 0;
      for (let i = head - 1; i >= 0 && head - i < 60; i -= 1) {
        const c = body.charCodeAt(i);
        if (c === 44) {
          comma = i;
          break;
        }
        if (c === 32) {
          spaces += 1;
          if (spaces > 5) break;
        } else if (isAppositiveStop(c)) break;
      }
      if (comma < 2) continue;
      const nameStart = untitledNameStart(body, comma);
      if (nameStart < 0 || this.taken[nameStart] === 1) continue;
      const sentence = this.text.sentences[this.text.sentenceIndexAt(nameStart)];
      const after = titleAfter(body, comma, sentence?.span.end ?? body.length);
      if (after === null || after.end <= head || after.start > head) continue;
      this.addUntitledName(body.slice(nameStart, comma), nameStart);
    }
  }

  /**
   * "the minister, Wang Wentao, was late", "China's envoy, Li Ming, said": a name between commas
   * after a title, read as `titleBeforeAppositive` reads a known name's (not in a list).
   */
  private readNameAfterTitle(head: number): void {
    const { body } = this.text;
    let end = head;
    while (isAsciiLetter(body.charCodeAt(end))) end += 1;
    if (body.charCodeAt(end) !== 44 || body.charCodeAt(end + 1) !== 32) return;
    NAME_BETWEEN_COMMAS.lastIndex = end + 2;
    const m = NAME_BETWEEN_COMMAS.exec(body);
    if (m === null || this.taken[m.index] === 1) return;
    const sentence = this.text.sentences[this.text.sentenceIndexAt(head)];
    const limit = sentence?.span.start ?? 0;
    const title = titleBeforeAppositive(body, m.index, m.index + m[0].length, limit);
    if (title === null || title.end !== end) return;
    this.addUntitledName(m[0], m.index);
  }

  /** Records a name read from its context alone, unless a word says it is no person's name. */
  private addUntitledName(name: string, start: number): void {
    const end = start + name.length;
    if (this.overlaps(start, end) || !plausiblePersonName(name)) return;
    const parts = name.split(" ");
    this.addNamed("person", name, surnameOf(name, parts[parts.length - 1]), start, end);
  }

  /**
   * Titles are read once every name, organisation, place and surname is known, so a title never
   * runs back into another name ("Minister Kim and President Lee": "President"), and "<Title> <Name> of <Organisation>" can take the organisation the article
   * names as the rest of the post ("Minister Kim Sun-ah of the Ministry of Trade, Industry and
   * Energy"): reusing the organisation mentions keeps the qualifier to a known name, so "Minister
   * Kim of all people" never qualifies a title. A place qualifies only a post that governs or
   * represents one: "President Lee of South Korea" is the president of South Korea, "Professor
   * Choi of Seoul" holds no post of Seoul.
   */
  private readTitles(): void {
    const { body } = this.text;
    // Mentions are sorted: readSurnameMentions, just before, ends by sorting them.
    let previousEnd = 0;
    for (let i = 0; i < this.mentions.length; i += 1) {
      const m = this.mentions[i]!;
      if (m.form === "surname" || m.form === "title-surname") {
        // "Minister Kim of the Ministry of Trade and President Choi Dong-hyun": the next name's
        // title starts after the surname and the post written after it.
        const post = m.title
          ? this.postAfter(m.end, { start: m.start, end: m.start + m.title.length })
          : null;
        previousEnd = Math.max(previousEnd, post ? post.end : m.end);
        continue;
      }
      if (m.entity === null || this.entities[m.entity]!.kind !== "person") continue;
      const sentence = this.text.sentences[m.sentence];
      const sentenceStart = sentence?.span.start ?? 0;
      const sentenceEnd = sentence?.span.end ?? body.length;
      const limit = Math.max(sentenceStart, previousEnd);
      const before = titleBefore(body, m.start, limit);
      previousEnd = m.end;
      if (before) {
        const post = this.postAfter(m.end, before);
        if (post) {
          this.addQualifiedTitle(m.entity, before.start, before.end, m.end + 1, post.end);
          this.postHolders.set(post.start, m.entity);
          previousEnd = post.end;
        } else this.addTitle(m.entity, before.start, before.end);
      } else {
        const appositive = titleBeforeAppositive(body, m.start, m.end, limit);
        if (appositive) this.addTitle(m.entity, appositive.start, appositive.end);
      }
      const after = titleAfter(body, m.end, sentenceEnd);
      if (after) this.addTitle(m.entity, after.start, after.end);
    }
  }

  /**
   * The organisation (or governed place) mention after "<name> of (the) " that completes the
   * title, or null. `nameEnd` ends a full name or a title-surname ("Minister Kim of the Ministry
   * of …"); mentions are sorted, so it is found by a binary search, only after " of ".
   */
  private postAfter(nameEnd: number, title: TitleRange): MentionRecord | null {
    const { body } = this.text;
    if (!body.startsWith(" of ", nameEnd)) return null;
    let at = nameEnd + 4;
    if (body.startsWith("the ", at)) at += 4;
    const org = this.mentions[this.firstFrom(at)];
    if (org === undefined || org.start !== at || org.form !== "name" || org.entity === null) {
      return null;
    }
    const kind = this.entities[org.entity]!.kind;
    if (kind === "organization") return org;
    if (kind !== "place") return null;
    const words = titleWords(body.slice(title.start, title.end));
    return words.some((w) => GOVERNS_A_PLACE.has(w)) ? org : null;
  }

  private addNamed(
    kind: EntityKind,
    name: string,
    surname: string | null,
    start: number,
    end: number,
  ): number {
    const index = this.entityFor(kind, name, surname);
    this.pushMention(start, end, "name", index, this.text.sentenceIndexAt(start), null);
    return index;
  }

  private entityFor(kind: EntityKind, name: string, surname: string | null): number {
    const key = nameKey(name);
    const byKey = this.byKey[kind];
    const known = byKey.get(key);
    if (known !== undefined) return known;
    if (kind === "person") {
      const reversed = otherNameOrder(name);
      const same = reversed === null ? undefined : byKey.get(nameKey(reversed));
      if (same !== undefined) {
        byKey.set(key, same);
        return same;
      }
    }
    const index = this.entities.length;
    if (kind === "person") this.indexBySurname(name, surname, index);
    this.entities.push({
      kind,
      name,
      surname,
      familyFirst: kind === "person" ? familyNameFirst(name, surname) : null,
      titles: [],
      titleWords: [],
      unnamed: false,
      // "Hillary Roe" is a woman whatever the text says later: the given name's gender, if any.
      gender: kind === "person" ? genderOfName(name) : null,
    });
    byKey.set(key, index);
    return index;
  }

  /**
   * People by every one-word form that can name them (surname, a family name written first, a
   * particle surname capitalised): a surname mention looks up its few candidates instead of
   * comparing itself with every entity, so reading stays linear in the number of entities.
   */
  private readonly bySurname = new Map<string, number[]>();

  private indexBySurname(name: string, surname: string | null, index: number): void {
    const keys = new Set<string>();
    if (surname !== null) {
      keys.add(surname);
      if (isLowerAscii(surname.charCodeAt(0))) keys.add(capitalised(surname));
    }
    const family = familyNameFirst(name, surname);
    if (family !== null) keys.add(family);
    for (const key of keys) {
      const list = this.bySurname.get(key);
      if (list === undefined) this.bySurname.set(key, [index]);
      else list.push(index);
    }
  }

  /** The people a one-word mention can name, in the order they were first met. */
  private namedBy(word: string): number[] {
    const list = this.bySurname.get(word);
    if (list === undefined) return [];
    return list.filter((i) => isNamedBy(this.entities[i]!, word));
  }

  private addTitle(entity: number, start: number, end: number): void {
    const text = this.text.body.slice(start, end);
    const record = this.entities[entity]!;
    const norm = text.toLowerCase();
    if (record.titles.some((t) => t.text.toLowerCase() === norm)) return;
    record.titles.push({ text, span: this.text.span(start, end) });
    record.titleWords.push(titleWords(text));
  }

  /** A qualified title replaces the same title said bare (one post); the same label is kept once. */
  private addQualifiedTitle(
    entity: number,
    start: number,
    end: number,
    qualifierStart: number,
    qualifierEnd: number,
  ): void {
    const record = this.entities[entity]!;
    const title: Title = {
      text: this.text.body.slice(start, end),
      span: this.text.span(start, end),
      qualifier: {
        text: this.text.body.slice(qualifierStart, qualifierEnd),
        span: this.text.span(qualifierStart, qualifierEnd),
      },
    };
    const label = titleLabel(title).toLowerCase();
    if (record.titles.some((t) => titleLabel(t).toLowerCase() === label)) return;
    const norm = title.text.toLowerCase();
    const bare = record.titles.findIndex((t) => !t.qualifier && t.text.toLowerCase() === norm);
    if (bare >= 0) {
      record.titles[bare] = title;
      return;
    }
    record.titles.push(title);
    record.titleWords.push(titleWords(title.text));
  }

  private pushMention(
    start: number,
    end: number,
    form: MentionForm,
    entity: number | null,
    sentence: number,
    title: string | null,
    late = form === "description",
  ): MentionRecord {
    const record: MentionRecord = {
      start,
      end,
      form,
      entity,
      candidates: entity === null ? [] : [entity],
      ambiguous: false,
      sentence,
      inQuote: this.text.quotationIndexAt(start) >= 0,
      possessive: false,
      title,
    };
    // Mentions found while quotes are read go to a side list: the main one stays sorted.
    if (late) this.descriptions.push(record);
    else this.mentions.push(record);
    this.taken.fill(1, start, end);
    return record;
  }

  private overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i += 1) if (this.taken[i] === 1) return true;
    return false;
  }

  private readOrganizationsAndPlaces(): void {
    const { body, words } = this.text;
    const organizations: { start: number; end: number; name: string }[] = [];
    for (const m of matchesAt(body, OUTLET_AT, words.starts(OUTLET_WORDS))) {
      organizations.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
    }
    for (const m of matchesAt(body, MINISTRY_AT, words.starts(MINISTRY_WORDS))) {
      organizations.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
    }
    for (const m of matchesAt(body, ORG_BY_DESCRIPTOR_AT, words.starts(DESCRIPTOR_WORDS))) {
      const name = m[1] ?? "";
      const start = m.index + m[0].length - name.length;
      organizations.push({ start, end: start + name.length, name });
    }
    for (const m of matchesAt(
      body,
      ORG_BY_ENDING_AT,
      endingChainStarts(body, words.starts(ENDING_WORDS)),
    )) {
      let name = m[0];
      let start = m.index;
      const lead = /^(?:The|A|An|In|At|On|By|For|With|From|Of|of) /.exec(name);
      if (lead) {
        name = name.slice(lead[0].length);
        start += lead[0].length;
      }
      organizations.push({ start, end: start + name.length, name });
    }
    for (const m of matchesAt(body, ORG_LIST_AT, words.starts(ORG_LIST_WORDS))) {
      const list = m[1] ?? "";
      let offset = m.index + m[0].length - list.length;
      for (const part of list.split(/(,? and |, )/)) {
        if (/^[A-Z]/.test(part)) {
          organizations.push({ start: offset, end: offset + part.length, name: part });
        }
        offset += part.length;
      }
    }
    for (const m of matchesAt(body, PRESIDENTIAL_OFFICE_AT, words.starts(PRESIDENTIAL_WORDS))) {
      organizations.push({
        start: m.index,
        end: m.index + m[0].length,
        name: "presidential office",
      });
    }
    organizations.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const org of organizations) {
      if (this.overlaps(org.start, org.end)) continue;
      const index = this.entityFor("organization", org.name, null);
      this.pushMention(
        org.start,
        org.end,
        "name",
        index,
        this.text.sentenceIndexAt(org.start),
        null,
      );
    }
    for (const m of matchesAt(body, PLACE_AT, words.starts(PLACE_WORDS))) {
      const start = m.index;
      const end = start + m[0].length;
      if (this.overlaps(start, end)) continue;
      const canonical = m[0] === "US" || m[0] === "U.S." ? "United States" : m[0];
      const index = this.entityFor("place", canonical, null);
      this.pushMention(start, end, "name", index, this.text.sentenceIndexAt(start), null);
    }
  }

  private readSurnameMentions(): void {
    const { body, words } = this.text;
    const surnames = new Set<string>();
    const familyFirst = new Set<string>();
    /** Given names before each surname, for a full name said again without its title. */
    const givenNames = new Map<string, { given: string; entity: number }[]>();
    for (let i = 0; i < this.entities.length; i += 1) {
      const e = this.entities[i]!;
      if (e.kind !== "person") continue;
      if (e.surname) {
        surnames.add(e.surname);
        // "von der Leyen" opening a sentence is written "Von der Leyen".
        if (isLowerAscii(e.surname.charCodeAt(0))) surnames.add(capitalised(e.surname));
        if (e.name.endsWith(` ${e.surname}`)) {
          const list = givenNames.get(e.surname) ?? [];
          list.push({ given: e.name.slice(0, -e.surname.length), entity: i });
          givenNames.set(e.surname, list);
        }
      }
      if (e.familyFirst) familyFirst.add(e.familyFirst);
    }
    for (const word of surnames) familyFirst.delete(word);
    for (const word of familyFirst) surnames.add(word);
    if (surnames.size > 0) {
      const pattern = surnamePattern([...surnames].sort(byLength).join("|"));
      for (const m of matchesAt(body, pattern, words.startsOfAny([...surnames]))) {
        const start = m.index;
        const end = start + m[0].length;
        if (this.overlaps(start, end)) continue;
        // The title pattern ends with a space before the surname: without one it cannot match.
        const before =
          start > 0 && body.charCodeAt(start - 1) === 32
            ? TITLE_BEFORE_SURNAME.exec(body.slice(Math.max(0, start - 30), start))
            : null;
        // "Sato" of "Sato Kenji" written last ("Kenji Sato", "Mark Sato") ends a name of its own.
        if (!before && familyFirst.has(m[0]) && afterCapitalisedWord(body, start)) continue;
        const sentence = this.text.sentenceIndexAt(start);
        // "Li Ming said" after "Li Ming, China's ambassador,": the whole name again, not "Ming".
        const full = givenNames
          .get(m[0])
          ?.find((g) => body.startsWith(g.given, start - g.given.length));
        if (full !== undefined && !this.overlaps(start - full.given.length, start)) {
          const fullStart = start - full.given.length;
          if (fullStart === 0 || !isNameChar(body.charCodeAt(fullStart - 1))) {
            this.pushMention(fullStart, end, "name", full.entity, sentence, null);
            continue;
          }
        }
        if (before) {
          const title = before[1] ?? "";
          this.pushMention(start - before[0].length, end, "title-surname", null, sentence, title);
        } else {
          this.pushMention(start, end, "surname", null, sentence, null);
        }
      }
    }
    for (const m of matchesAt(body, TITLE_ONLY_AT, words.starts(THE))) {
      const start = m.index;
      const end = start + m[0].length;
      if (this.overlaps(start, end)) continue;
      this.pushMention(start, end, "title", null, this.text.sentenceIndexAt(start), m[1] ?? null);
    }
    for (const m of matchesAt(body, PRONOUN_AT, words.starts(PRONOUN_WORDS))) {
      if (this.overlaps(m.index, m.index + m[0].length)) continue;
      this.pushMention(
        m.index,
        m.index + m[0].length,
        "pronoun",
        null,
        this.text.sentenceIndexAt(m.index),
        null,
      );
    }
    // Whole words from the word index: "his" and "her" are three letters, no pattern needed.
    for (const start of words.starts(POSSESSIVE_WORDS)) {
      if (this.taken[start] === 1) continue;
      const sentence = this.text.sentenceIndexAt(start);
      this.pushMention(start, start + 3, "pronoun", null, sentence, null).possessive = true;
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }

  // ---------- resolving ----------

  /** The surname a mention says: after its title, particles included ("von der Leyen"). */
  private mentionedSurname(mention: MentionRecord): string {
    const text = this.text.body.slice(mention.start, mention.end);
    if (mention.form === "surname") return text;
    if (mention.title !== null && text.startsWith(`${mention.title} `)) {
      return text.slice(mention.title.length + 1);
    }
    return /\S+$/.exec(text)?.[0] ?? "";
  }

  private candidatesFor(mention: MentionRecord): number[] {
    return this.namedBy(this.mentionedSurname(mention));
  }

  private compatible(candidates: readonly number[], title: string): number[] {
    const said = titleWords(title);
    return candidates.filter((c) =>
      this.entities[c]!.titleWords.some((words) => titleWordsCompatible(said, words)),
    );
  }

  private resolveTitleSurnames(): void {
    const pending = this.mentions.filter((m) => m.form === "title-surname");
    const byTitle = new Map<string, number>();
    // Pass 1: a title that fits exactly one person of that surname.
    for (const m of pending) {
      let candidates = this.candidatesFor(m);
      m.candidates = candidates;
      // "Mrs. Roe" is never Bill Roe: an honorific's gender rules out people of the other one,
      // and of two left, the one whose gender is known to match is meant.
      const said = honorificGender(m.title ?? "");
      if (said !== null && candidates.length > 0) {
        const kept = candidates.filter((c) => this.entities[c]!.gender !== opposite(said));
        const matching = kept.filter((c) => this.entities[c]!.gender === said);
        candidates = matching.length === 1 ? matching : kept;
        m.candidates = candidates;
      }
      if (candidates.length === 0) {
        const surname = this.text.body.slice(m.start, m.end).split(" ").pop() ?? "";
        const index = this.entityFor("person", `${m.title ?? ""} ${surname}`.trim(), surname);
        if (said !== null) this.entities[index]!.gender = said;
        m.entity = index;
        m.candidates = [index];
      } else if (candidates.length === 1) m.entity = candidates[0]!;
      else {
        const fit = this.compatible(candidates, m.title ?? "");
        if (fit.length === 1) m.entity = fit[0]!;
      }
      if (m.entity !== null) byTitle.set(titleKey(m), m.entity);
    }
    // Pass 2: the same title always means the same person in one article; two different titles
    // with one surname in one sentence ("Deputy Minister Kim ... and Minister Kim") are two people.
    for (const m of pending) {
      if (m.entity !== null) continue;
      const same = byTitle.get(titleKey(m));
      if (same !== undefined) {
        m.entity = same;
        continue;
      }
      const others = pending.filter(
        (o) =>
          o !== m &&
          o.sentence === m.sentence &&
          o.entity !== null &&
          titleKey(o) !== titleKey(m) &&
          this.mentionedSurname(o) === this.mentionedSurname(m),
      );
      const remaining = m.candidates.filter((c) => !others.some((o) => o.entity === c));
      if (others.length > 0 && remaining.length === 1) {
        m.entity = remaining[0]!;
        byTitle.set(titleKey(m), m.entity);
      }
    }
    for (const m of pending) {
      if (m.entity === null) {
        m.ambiguous = true;
        // "Minister Kim of the Ministry …" with two Kims the title cannot tell apart: whoever
        // the phrase names is not known, and the ministry is not the one speaking either.
        const title = { start: m.start, end: m.start + (m.title?.length ?? 0) };
        const post = m.title ? this.postAfter(m.end, title) : null;
        if (post) this.postHolders.set(post.start, "ambiguous");
      } else this.addSurnameTitle(m, m.entity);
    }
    // A title-surname whose person was found by elimination: propagate to its other mentions.
    for (const m of pending) {
      if (m.entity === null) {
        const same = byTitle.get(titleKey(m));
        if (same !== undefined) {
          m.entity = same;
          m.ambiguous = false;
          this.addSurnameTitle(m, same);
        }
      }
    }
  }

  /**
   * The title of a title-surname, with the post written after it as a full name's is: "Minister
   * Kim of the Ministry of Trade, Industry and Energy" → "Minister" + "of the Ministry …".
   */
  private addSurnameTitle(m: MentionRecord, entity: number): void {
    if (!m.title) return;
    const title = { start: m.start, end: m.start + m.title.length };
    const post = this.postAfter(m.end, title);
    if (post) {
      this.addQualifiedTitle(entity, title.start, title.end, m.end + 1, post.end);
      this.postHolders.set(post.start, entity);
    } else this.addTitle(entity, title.start, title.end);
  }

  private resolveInOrder(): void {
    this.mentions.forEach((m, index) => {
      if (m.entity !== null || m.ambiguous || m.possessive) return;
      if (m.form === "surname") this.resolveSurname(m, index);
      else if (m.form === "title") this.resolveTitleOnly(m, index);
      else if (m.form === "pronoun") this.resolvePronounMention(m, index);
    });
  }

  private resolveSurname(m: MentionRecord, index: number): void {
    const candidates = this.candidatesFor(m);
    m.candidates = candidates;
    if (candidates.length === 1) {
      m.entity = candidates[0]!;
      return;
    }
    const focus = this.focus(m, index, (e) => candidates.includes(e), false);
    if (focus === null || focus === "ambiguous") m.ambiguous = true;
    else m.entity = focus;
  }

  private resolveTitleOnly(m: MentionRecord, index: number): void {
    const people: number[] = [];
    this.entities.forEach((e, i) => {
      if (e.kind === "person" && !e.unnamed) people.push(i);
    });
    const fit = this.compatible(people, m.title ?? "");
    m.candidates = fit;
    if (fit.length === 1) m.entity = fit[0]!;
    else if (isLowerAscii(m.title?.charCodeAt(0) ?? 0)) {
      // "the ambassador" names a post, not a focus: only its one holder in the article, never a
      // pick between several.
      if (fit.length > 1) m.ambiguous = true;
      return;
    } else if (fit.length > 1) {
      const focus = this.focus(m, index, (e) => fit.includes(e), false);
      if (focus === null || focus === "ambiguous") m.ambiguous = true;
      else m.entity = focus;
    }
    if (m.entity !== null && !isLowerAscii(m.title?.charCodeAt(0) ?? 0)) {
      this.addTitle(m.entity, m.start + 4, m.end);
    }
  }

  /**
   * An appositive after a surname gives its person that title ("Wang, China's top trade official,
   * said"), as after a full name: read once the surname is resolved.
   */
  private readSurnameTitles(): void {
    const { body } = this.text;
    for (const m of this.mentions) {
      if (m.form !== "surname" || m.entity === null || m.ambiguous || m.inQuote) continue;
      if (body.charCodeAt(m.end) !== 44) continue;
      const sentenceEnd = this.text.sentences[m.sentence]?.span.end ?? body.length;
      const after = titleAfter(body, m.end, sentenceEnd);
      if (after) this.addTitle(m.entity, after.start, after.end);
    }
  }

  private resolvePronounMention(m: MentionRecord, index: number): void {
    const gender = this.text.body.slice(m.start, m.end).toLowerCase() as "he" | "she";
    const focus = this.focus(
      m,
      index,
      (e) => {
        const record = this.entities[e];
        return (
          record !== undefined &&
          record.kind === "person" &&
          (record.gender === null || record.gender === gender)
        );
      },
      true,
    );
    if (typeof focus === "number") {
      m.entity = focus;
      m.candidates = [focus];
      this.entities[focus]!.gender = gender;
    } else m.form = "pronoun";
  }

  /**
   * "his"/"her" as he/she are read: the nearest earlier person of the sentence, else the subject of
   * the nearest earlier sentence naming one, of a compatible gender — or ambiguous between the
   * people who compete, never guessed. Before that, a possessive in a sentence-opening clause
   * refers forward to the main clause's subject ("Speaking after his return last week, Amos
   * Vint said"). Runs after every other mention is resolved and is no antecedent itself.
   */
  private resolvePossessives(): void {
    for (let index = 0; index < this.mentions.length; index += 1) {
      const m = this.mentions[index]!;
      if (!m.possessive) continue;
      const gender = this.text.body.charCodeAt(m.start + 1) === 105 ? "he" : "she"; // h[i]s
      const accept = gender === "he" ? this.acceptHe : this.acceptShe;
      const competing: number[] = [];
      const forward = this.cataphoraTarget(m, index, accept, competing);
      const found = forward ?? this.focus(m, index, accept, true, competing);
      if (typeof found === "number") {
        m.entity = found;
        m.candidates = [found];
        const record = this.entities[found]!;
        if (record.gender === null) record.gender = gender;
      } else if (found === "ambiguous" && competing.length > 1) {
        m.ambiguous = true;
        m.candidates = competing;
      }
    }
  }

  /** People a "his" / "her" can refer to: one function each, made once per article. */
  private readonly acceptHe = (e: number) => this.personOfGender(e, "he");
  private readonly acceptShe = (e: number) => this.personOfGender(e, "she");

  private personOfGender(e: number, gender: "he" | "she"): boolean {
    const record = this.entities[e];
    return (
      record !== undefined &&
      record.kind === "person" &&
      (record.gender === null || record.gender === gender)
    );
  }

  /**
   * The main clause's subject when a possessive sits in a sentence-opening participial or
   * adverbial clause ("Speaking after his return last week, Park Min-ho said", "In her
   * interview, Minister Choi said"): the clause runs from the sentence start to its first comma,
   * names nobody before the pronoun, and the main clause starts with a person, a title before the
   * name allowed. Null when the pattern does not hold (then the pronoun is read backwards).
   */
  private cataphoraTarget(
    m: MentionRecord,
    index: number,
    accept: (entity: number) => boolean,
    competing: number[],
  ): number | "ambiguous" | null {
    const sentence = this.text.sentences[m.sentence];
    if (sentence === undefined) return null;
    const { body } = this.text;
    const start = sentence.span.start;
    let wordEnd = start;
    while (wordEnd < m.start && isAsciiLetter(body.charCodeAt(wordEnd))) wordEnd += 1;
    if (!opensAClause(body.slice(start, wordEnd)) || this.taken[start] === 1) return null;
    if (!this.plainClause(wordEnd, m.start)) return null;
    // A person named before the pronoun is its antecedent ("After Kim met Lee, his aides …").
    for (let i = index - 1; i >= 0 && this.mentions[i]!.start >= start; i -= 1) {
      const o = this.mentions[i]!;
      if (o.possessive) continue;
      if (o.entity === null || o.ambiguous || this.entities[o.entity]!.kind === "person")
        return null;
    }
    const comma = body.indexOf(",", m.end);
    if (comma < 0 || comma >= sentence.span.end || !this.plainClause(m.end, comma)) return null;
    let at = comma + 1;
    while (body.charCodeAt(at) === 32) at += 1;
    const subject = this.mentions[this.firstFrom(at)];
    if (subject === undefined || subject.sentence !== m.sentence || subject.possessive) return null;
    if (subject.start !== at) {
      if (subject.form !== "name") return null;
      const title = titleBefore(body, subject.start, at);
      const lead = title ? body.slice(at, title.start) : null;
      if (lead !== "" && lead !== "the ") return null;
    }
    if (subject.ambiguous) {
      for (const c of subject.candidates) if (accept(c)) competing.push(c);
      return competing.length > 1 ? "ambiguous" : (competing[0] ?? null);
    }
    return subject.entity !== null && accept(subject.entity) ? subject.entity : null;
  }

  /** No clause-ending punctuation in [from, to); the dot of "U.S." is part of a word. */
  private plainClause(from: number, to: number): boolean {
    const { body } = this.text;
    for (let i = from; i < to; i += 1) {
      const c = body.charCodeAt(i);
      if (c === 46) {
        const before = body.charCodeAt(i - 1);
        if (before >= 65 && before <= 90) continue;
        return false;
      }
      if (ENDS_AN_OPENING.includes(body[i]!)) return false;
    }
    return true;
  }

  /** Whether the first person of a sentence is a possessor ("Lee’s remarks"), not its subject. */
  private possessorFirst(mentions: readonly MentionRecord[]): boolean {
    const first = mentions[0]!;
    if (!mentions.some((o) => o.entity !== first.entity)) return false;
    const { body } = this.text;
    const apostrophe = body.charCodeAt(first.end);
    return (apostrophe === 0x2019 || apostrophe === 39) && body.charCodeAt(first.end + 1) === 115;
  }

  /**
   * The entity the text is about at a mention: within its sentence the nearest earlier person
   * (pronouns) or the first (surnames); otherwise the subject — first mention outside quotations —
   * of the nearest earlier sentence naming a candidate. Two candidates joined by "and" are
   * ambiguous.
   */
  private focus(
    m: MentionRecord,
    index: number,
    accept: (entity: number) => boolean,
    nearest: boolean,
    competing?: number[],
  ): number | "ambiguous" | null {
    const same: MentionRecord[] = [];
    // At most FOCUS_REACH mentions back: a run-on "sentence" of thousands of mentions made this
    // quadratic, and no real sentence holds that many.
    for (let i = index - 1; i >= Math.max(0, index - FOCUS_REACH); i -= 1) {
      const o = this.mentions[i]!;
      if (o.sentence !== m.sentence) break;
      if (o.possessive) continue;
      if (o.entity !== null && !o.ambiguous && accept(o.entity) && !o.inQuote) same.unshift(o);
    }
    if (same.length > 0) {
      if (nearest) return same[same.length - 1]!.entity;
      return this.subjectOf(same);
    }
    let sentence = m.sentence - 1;
    let i = index - 1;
    while (i >= 0 && this.mentions[i]!.sentence === m.sentence) i -= 1;
    for (let steps = 0; steps < 6 && sentence >= 0; steps += 1, sentence -= 1) {
      const inSentence: MentionRecord[] = [];
      while (i >= 0 && this.mentions[i]!.sentence === sentence) {
        const o = this.mentions[i]!;
        if (o.possessive) {
          i -= 1;
          continue;
        }
        if (o.entity !== null && !o.ambiguous && !o.inQuote && accept(o.entity)) {
          inSentence.unshift(o);
        } else if (o.ambiguous && o.candidates.some(accept) && !o.inQuote) {
          inSentence.unshift(o);
        }
        i -= 1;
      }
      if (inSentence.length > 0) {
        if (competing === undefined) return this.subjectOf(inSentence);
        // A possessive reads the sentence more strictly: "Pell’s remarks contrasted with … Vint"
        // has no person for a subject, so a later "His comments" could be either of them.
        const subject = this.possessorFirst(inSentence) ? "ambiguous" : this.subjectOf(inSentence);
        if (subject === "ambiguous") {
          for (const o of inSentence) {
            for (const c of o.ambiguous ? o.candidates : [o.entity!]) {
              if (accept(c) && !competing.includes(c)) competing.push(c);
            }
          }
        }
        return subject;
      }
      while (i >= 0 && this.mentions[i]!.sentence > sentence) i -= 1;
    }
    return null;
  }

  private subjectOf(mentions: readonly MentionRecord[]): number | "ambiguous" {
    const first = mentions[0]!;
    if (first.ambiguous || first.entity === null) return "ambiguous";
    const other = mentions.find((o) => o.entity !== first.entity);
    if (other) {
      const between = this.text.body.slice(first.end, other.start);
      if (
        /^[\s,]*(?:\S+\s+){0,3}?(?:and|&)\s+(?:\S+\s+){0,3}$/.test(between) ||
        /^\s*,\s*$/.test(between)
      ) {
        return "ambiguous";
      }
    }
    return first.entity;
  }

  // ---------- queries for the other extractors ----------

  /** Index of the first mention starting at or after `offset` (mentions are sorted by start). */
  private firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The entity a noun phrase names (the last mention inside it), creating an unnamed source if none. */
  speakerFromPhrase(
    start: number,
    end: number,
    allowDescription = true,
  ): number | "ambiguous" | null {
    let phraseStart = start;
    let phraseEnd = end;
    const { body } = this.text;
    while (phraseStart < phraseEnd && isSpaceOrComma(body.charCodeAt(phraseStart))) {
      phraseStart += 1;
    }
    while (phraseEnd > phraseStart && isSpaceOrComma(body.charCodeAt(phraseEnd - 1)))
      phraseEnd -= 1;
    // "Sen. Jane Roe (R-Ore.)": the label names a party and a state, not the speaker.
    phraseEnd = labelStart(body, phraseStart, phraseEnd);
    while (phraseEnd > phraseStart && isSpaceOrComma(body.charCodeAt(phraseEnd - 1)))
      phraseEnd -= 1;
    const lead = /^(?:Yet|But|And|So|Meanwhile|However|Still|Also|Now|Then)\s+/.exec(
      body.slice(phraseStart, phraseEnd),
    );
    if (lead) phraseStart += lead[0].length;
    if (phraseEnd <= phraseStart) return null;
    // A phrase cut inside a name ("… of Trade, Industry and Energy said" read from "Energy") is
    // that name's phrase: it starts where the name does.
    const cut = this.mentions[this.firstFrom(phraseStart) - 1];
    if (cut !== undefined && cut.end > phraseStart && cut.form === "name") phraseStart = cut.start;
    // "a senior official from Seoul's presidential office" is a description, not the office:
    // a phrase led by a determiner is described unless a name sits before its first preposition.
    const phraseText = body.slice(phraseStart, phraseEnd);
    const described =
      /^(?:a|an|some|several|many|other|two|three|one|the [a-z])\b/i.test(phraseText) &&
      !/^the [A-Z]/.test(phraseText);
    const head = /\s(?:from|of|at|in|with|for|on)\s/.exec(phraseText);
    const headEnd = described && head ? phraseStart + head.index : phraseEnd;
    let found: MentionRecord | null = null;
    for (let i = this.firstFrom(phraseStart); i < this.mentions.length; i += 1) {
      const m = this.mentions[i]!;
      if (m.start >= headEnd) break;
      if (m.end <= headEnd && (m.entity !== null || m.ambiguous) && !m.possessive) {
        // "Sophie Laurent of the Lindqvist Institute": the person the phrase starts with is its
        // head, not the organisation that says where she works.
        if (found !== null && found.start === phraseStart && this.personOf(found)) {
          if (body.startsWith(" of ", found.end)) break;
        }
        found = m;
      }
    }
    if (found) {
      const holder = this.postHolders.get(found.start);
      if (holder !== undefined && found.end === phraseEnd) return holder;
      const tail = body.slice(found.end, phraseEnd);
      // "Virtanen's spokesperson said": the possessor does not speak; the possessed noun does.
      const possessed = /^[’']s\s+[a-z]/.test(tail);
      if (/^(?:[’']s)?$/.test(tail.trim()) || (found.form !== "pronoun" && !possessed)) {
        return found.ambiguous ? "ambiguous" : found.entity;
      }
    }
    if (!allowDescription) return null;
    const phrase = body.slice(phraseStart, phraseEnd);
    // A pronoun is never anyone's name: it is the person the registry resolved it to, or unknown
    // — also with adverbs after it ("he formally", "she jokingly").
    if (PRONOUNS.has(withoutTrailingAdverbs(phrase).toLowerCase())) {
      const resolved = this.entityAt(phraseStart);
      return resolved;
    }
    // A capitalised name nobody introduced ("Jane Doe said", "Doe said"): a named person.
    // The end-anchored pattern is tried at every offset: skip it when the phrase cannot end a name.
    const lastCode = phrase.charCodeAt(phrase.length - 1);
    const named =
      (lastCode >= 97 && lastCode <= 122) || lastCode >= 0xc0
        ? PHRASE_ENDING_NAME.exec(phrase)
        : null;
    // "early Friday", "on Thursday": a time, never a speaker's name.
    if (named && CALENDAR_WORDS.has(/\S+$/.exec(named[1] ?? "")?.[0] ?? "")) return null;
    if (
      named &&
      !/^(?:The|A|An|Some|Officials?|Sources?|Observers?|Analysts?|Experts?)\b/.test(named[1] ?? "")
    ) {
      let name = named[1] ?? "";
      // "Ms Virtanen said": the honorific is no part of the name; the surname names the person.
      const honorific = /^(?:Mrs?|Ms|Dr) (?=[A-Z])/.exec(name);
      if (honorific) name = name.slice(honorific[0].length);
      // "Tesla Chief Executive Elon Musk said": title words before the name are its title's.
      let space = name.indexOf(" ");
      while (space > 0 && name.indexOf(" ", space + 1) > 0 && isTitleWord(name.slice(0, space))) {
        name = name.slice(space + 1);
        space = name.indexOf(" ");
      }
      // "Later de Gaulle said": a word telling when, before a particle, is no given name.
      const lead = WORD_BEFORE_PARTICLE.exec(name);
      const adverb = lead !== null && notAGivenName(lead[1]!);
      if (adverb) name = name.slice(lead[0].length);
      // "von der Leyen said": a surname with particles names the one person who has it; nobody
      // has it, the last word is read as before (a particle only counts inside a full name).
      const particles =
        name.indexOf(" ") < 0
          ? PARTICLES_BEFORE.exec(phrase.slice(0, phrase.length - name.length))
          : null;
      const surname = particles !== null ? `${particles[1]}${name}` : adverb ? name : null;
      if (surname !== null) {
        const same = this.namedBy(surname)[0] ?? -1;
        if (same >= 0) {
          const start = phraseEnd - surname.length;
          if (this.taken[start]) return same;
          const m = this.addLateSurname(start, phraseEnd, surname, same);
          return m.ambiguous ? "ambiguous" : same;
        }
        name = name.slice(name.lastIndexOf(" ") + 1);
      }
      const words = name.split(/[ -]/);
      const nameStart = phraseEnd - name.length;
      // "SK Hynix said", "LG Display said", "Samsung Biologics Co. said": a company, not a person.
      const acronym = ACRONYM_BEFORE.exec(
        body.slice(Math.max(phraseStart, nameStart - 6), nameStart),
      );
      if (
        acronym ||
        ORGANIZATION_ENDING_WORDS.has(words[words.length - 1]!) ||
        describedAsBusiness(body, phraseEnd)
      ) {
        const start = acronym ? nameStart - (acronym[1]!.length + 1) : nameStart;
        const company = this.entityFor("organization", body.slice(start, phraseEnd), null);
        if (!this.taken[start]) {
          const sentence = this.text.sentenceIndexAt(start);
          this.pushMention(start, phraseEnd, "name", company, sentence, null, true);
        }
        return company;
      }
      if (words.length === 1) {
        const same = this.namedBy(name)[0] ?? -1;
        if (same >= 0) {
          // A person first named while quotes are read ("Japan's economy minister, Kenji Sato,
          // said") had no surname mentions read for them: "Sato said" is recorded here.
          if (this.taken[nameStart]) return same;
          const m = this.addLateSurname(nameStart, phraseEnd, name, same);
          return m.ambiguous ? "ambiguous" : same;
        }
      }
      if (words.length > 1 && placeLikeName(name)) {
        // "…, said New Delhi": a capital speaking for its government, as "Beijing said" does.
        const place = this.entityFor("place", name, null);
        if (!this.taken[nameStart]) {
          const sentence = this.text.sentenceIndexAt(nameStart);
          this.pushMention(nameStart, phraseEnd, "name", place, sentence, null, true);
        }
        return place;
      }
      const index = this.entityFor("person", name, surnameOf(name, words[words.length - 1]));
      if (!this.taken[nameStart]) {
        const sentence = this.text.sentenceIndexAt(nameStart);
        this.pushMention(nameStart, phraseEnd, "name", index, sentence, null, true);
        const limit = this.text.sentences[sentence]?.span.start ?? 0;
        const title =
          titleBefore(body, nameStart, limit) ??
          titleBeforeAppositive(body, nameStart, phraseEnd, limit);
        if (title) this.addTitle(index, title.start, title.end);
        const sentenceEnd = this.text.sentences[sentence]?.span.end ?? body.length;
        const after = titleAfter(body, phraseEnd, sentenceEnd);
        if (after) this.addTitle(index, after.start, after.end);
      }
      return index;
    }
    const words = phrase.split(/\s+/);
    if (words.length > 10 || words.length === 0) return null;
    if (
      /^(?:it|this|that|which|who|there|they|we|I|you|It|This|That|There|They|We|You)$/.test(phrase)
    ) {
      return null;
    }
    if (words.length === 1 && NOT_A_SPEAKER.test(phrase)) return null;
    if (!describesSomeone(words)) return null;
    const company = this.organizationReferredTo(phrase, phraseStart);
    if (company !== null) {
      if (company !== "ambiguous" && !this.descriptionStarts.has(phraseStart)) {
        this.descriptionStarts.add(phraseStart);
        const sentence = this.text.sentenceIndexAt(phraseStart);
        this.pushMention(phraseStart, phraseEnd, "description", company, sentence, null);
      }
      return company;
    }
    const earlier = this.earlierDescription(phrase, phraseStart);
    if (earlier === "ambiguous") return earlier;
    const index = earlier ?? this.entityFor("person", phrase, null);
    const record = this.entities[index]!;
    record.unnamed = true;
    if (!this.descriptionStarts.has(phraseStart)) {
      this.descriptionStarts.add(phraseStart);
      this.pushMention(
        phraseStart,
        phraseEnd,
        "description",
        index,
        this.text.sentenceIndexAt(phraseStart),
        null,
      );
    }
    return index;
  }

  private personOf(m: MentionRecord): boolean {
    return m.form === "name" && m.entity !== null && this.entities[m.entity]!.kind === "person";
  }

  /**
   * The company "the company" / "the automaker" takes up: the one organisation (not an outlet nor
   * a public body) that opened a sentence earlier — "Hyundai Motor said Friday it would invest …"
   * … "the company said in a statement". "the ministry said": the one organisation named earlier
   * whose name holds that word. Several make it "ambiguous"; none leaves the phrase a source of
   * its own (null).
   */
  private organizationReferredTo(phrase: string, phraseStart: number): number | "ambiguous" | null {
    const publicBody = PUBLIC_BODY_DESCRIPTION.exec(phrase);
    if (publicBody === null && !COMPANY_DESCRIPTION.test(phrase)) return null;
    this.referents.advanceTo(phraseStart);
    const found = publicBody
      ? (this.referents.publicBodies.get(publicBody[1]!.toLowerCase()) ?? [])
      : this.referents.companies;
    if (found.length === 0) return null;
    return found.length === 1 ? found[0]! : "ambiguous";
  }

  /**
   * The unnamed source a definite description takes up ("A person briefed on the talks" … "the
   * person said"): the one earlier description led by a/an/one and the same noun; "ambiguous" when
   * several are, null when none is (then the phrase is a source of its own).
   */
  private earlierDescription(phrase: string, phraseStart: number): number | "ambiguous" | null {
    const definite = /^[Tt]he ([a-z]+)$/.exec(phrase);
    if (definite === null) return null;
    this.referents.advanceTo(phraseStart);
    const found = this.referents.sources.get(definite[1]!) ?? [];
    if (found.length === 0) return null;
    return found.length === 1 ? found[0]! : "ambiguous";
  }

  /** For `Referents`: the mention lists as they stand. */
  mentionLists(): { mentions: readonly MentionRecord[]; descriptions: readonly MentionRecord[] } {
    return { mentions: this.mentions, descriptions: this.descriptions };
  }

  entityRecord(index: number): EntityRecord {
    return this.entities[index]!;
  }

  opensSentence(m: MentionRecord): boolean {
    return this.text.sentences[m.sentence]?.span.start === m.start;
  }

  /**
   * A surname mention found while quotes are read, on the side list as late names are. Two people
   * with that surname make it ambiguous between them (and the speaker too): never a guess.
   */
  private addLateSurname(
    start: number,
    end: number,
    surname: string,
    first: number,
  ): MentionRecord {
    const sentence = this.text.sentenceIndexAt(start);
    const record = this.pushMention(start, end, "surname", first, sentence, null, true);
    for (const e of this.namedBy(surname)) if (e > first) record.candidates.push(e);
    if (record.candidates.length > 1) {
      record.ambiguous = true;
      record.entity = null;
    }
    return record;
  }

  /** The person named by a mention that ends exactly at `offset` (a name before an appositive). */
  personEndingAt(offset: number): number | null {
    for (let i = this.firstFrom(Math.max(0, offset - 80)); i < this.mentions.length; i += 1) {
      const m = this.mentions[i]!;
      if (m.start >= offset) break;
      if (m.end === offset && m.entity !== null && !m.ambiguous && m.form === "name") {
        return this.entities[m.entity]?.kind === "person" ? m.entity : null;
      }
    }
    return null;
  }

  /** Resolved entity of the pronoun or surname mention starting at `offset`. */
  entityAt(offset: number): number | "ambiguous" | null {
    const m = this.mentions[this.firstFrom(offset)];
    if (m === undefined || m.start !== offset || m.possessive) return null;
    return m.ambiguous ? "ambiguous" : m.entity;
  }

  /**
   * Every entity the mentions read before quotes name, in order: read once, as that list is
   * complete by the time quotes ask (an "X reported" cue looks X up in it).
   */
  mentionedEntities(): readonly number[] {
    this.mentioned ??= this.entitiesIn(0, Number.MAX_SAFE_INTEGER);
    return this.mentioned;
  }

  /** Resolved entities mentioned in [start, end), in order, without repeats. */
  entitiesIn(start: number, end: number): number[] {
    const out: number[] = [];
    for (let i = this.firstFrom(start); i < this.mentions.length; i += 1) {
      const m = this.mentions[i]!;
      if (m.start >= end) break;
      if (m.possessive) continue;
      if (m.end <= end && m.entity !== null && !m.ambiguous && !out.includes(m.entity)) {
        out.push(m.entity);
      }
    }
    return out;
  }

  kindOf(entity: number): EntityKind {
    return this.entities[entity]!.kind;
  }

  nameOf(entity: number): string {
    return this.entities[entity]!.name;
  }

  /** The output: ids "e0", "e1", … in order of first mention; ambiguous mentions go to every candidate. */
  toEntities(): { entities: Entity[]; idOf: (index: number) => string } {
    const firstMention = new Map<number, number>();
    const owned = new Map<number, MentionRecord[]>();
    const all = [...this.mentions, ...this.descriptions].sort(
      (a, b) => a.start - b.start || a.end - b.end,
    );
    for (const m of all) {
      const owners = m.ambiguous ? m.candidates : m.entity === null ? [] : [m.entity];
      for (const o of owners) {
        // Ids follow the first explicit mention: "Speaking after his return, Kim …" keeps Kim's id.
        if (!m.possessive && !firstMention.has(o)) firstMention.set(o, m.start);
        const list = owned.get(o) ?? [];
        list.push(m);
        owned.set(o, list);
      }
    }
    const order = [...firstMention.keys()].sort(
      (a, b) => (firstMention.get(a) ?? 0) - (firstMention.get(b) ?? 0) || a - b,
    );
    const ids = new Map<number, string>();
    for (const [i, entity] of order.entries()) ids.set(entity, `e${i}`);
    const entities: Entity[] = order.map((index) => {
      const record = this.entities[index]!;
      const entity: Entity = {
        id: ids.get(index)!,
        kind: record.kind,
        name: record.name,
        titles: [...record.titles].sort((a, b) => a.span.start - b.span.start),
        mentions: (owned.get(index) ?? []).map((m) => ({
          span: this.text.span(m.start, m.end),
          text: this.text.body.slice(m.start, m.end),
          form: m.form,
          ambiguous: m.ambiguous,
        })),
      };
      if (record.unnamed) entity.unnamed = true;
      return entity;
    });
    return { entities, idOf: (index) => ids.get(index) ?? "" };
  }
}

const PARTICLE_WORDS: ReadonlySet<string> = new Set(NAME_PARTICLES);

const SURNAME_FIRST: ReadonlySet<string> = new Set(KOREAN_SURNAMES);

/** The gender of a full name's given name; none when the name starts with a family name ("Kim …"). */
function genderOfName(name: string): "he" | "she" | null {
  const space = name.indexOf(" ");
  if (space < 0) return null;
  const first = name.slice(0, space);
  if (SURNAME_FIRST.has(first) || FAMILY_NAME_FIRST_SURNAMES.has(first)) return null;
  return givenNameGender(first);
}

function opposite(gender: "he" | "she"): "he" | "she" {
  return gender === "he" ? "she" : "he";
}

/**
 * The surname of a full name with particles, from the first particle between its capitalised words
 * ("Ursula von der Leyen" → "von der Leyen", "Herman Van Rompuy" → "Van Rompuy"); `last` (the
 * name's last word, as before) for any other name.
 */
function surnameOf(name: string, last: string | undefined): string | null {
  const words = name.split(" ");
  for (let i = 1; i < words.length - 1; i += 1) {
    const w = words[i]!;
    if (PARTICLE_WORDS.has(w) || (CAPITALISED_NAME_PARTICLES.has(w) && words.length === 3)) {
      return words.slice(i).join(" ");
    }
  }
  return last ?? null;
}

/**
 * Whether a one-word mention can name this person: their surname, or the family name a two-word
 * name starts with ("Sato" of "Sato Kenji"). Several people it can name make the mention
 * ambiguous unless context decides, as with two Kims.
 */
function isNamedBy(e: EntityRecord, word: string): boolean {
  return (
    e.kind === "person" &&
    !e.unnamed &&
    (e.surname === word || e.familyFirst === word || sameParticleSurname(e.surname, word))
  );
}

/** "von der Leyen" and "Von der Leyen" (a sentence's first word): one surname with particles. */
function sameParticleSurname(surname: string | null, word: string): boolean {
  return (
    surname !== null &&
    isLowerAscii(surname.charCodeAt(0)) &&
    surname.length === word.length &&
    word === capitalised(surname)
  );
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The family name a two-word name is written with first, or null: "Sato Kenji" → "Sato",
 * "Wang Yi" → "Wang"; "Kenji Sato", "Carla Benning" and Korean names (read with their surname
 * first already) → null. Decided by a list of family names rather than by "the first word of one
 * known name": Western given names used alone ("Will", "Mark", "Grant") are ordinary words too, and
 * a first name alone in news is more often someone else (a relative) than the person named.
 */
function familyNameFirst(name: string, surname: string | null): string | null {
  const first = surname === null ? undefined : twoWords(name)?.[0];
  return first !== undefined && first !== surname && FAMILY_NAME_FIRST_SURNAMES.has(first)
    ? first
    : null;
}

/** The words of a two-word name ("Sato Kenji"), or null for one word or three. */
function twoWords(name: string): [string, string] | null {
  const space = name.indexOf(" ");
  if (space < 0 || name.indexOf(" ", space + 1) >= 0) return null;
  return [name.slice(0, space), name.slice(space + 1)];
}

/** Whether `start` follows a capitalised word and one space ("Mark Sato" at "Sato"). */
function afterCapitalisedWord(body: string, start: number): boolean {
  if (body.charCodeAt(start - 1) !== 32) return false;
  let i = start - 1;
  while (i > 0 && isLowerAscii(body.charCodeAt(i - 1))) i -= 1;
  if (i === start - 1 || i === 0) return false;
  const initial = body.charCodeAt(i - 1);
  return initial >= 65 && initial <= 90 && (i === 1 || !isAsciiLetter(body.charCodeAt(i - 2)));
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * The same Japanese or Chinese name in the other order ("Sato Kenji" ↔ "Kenji Sato"), or null:
 * one article may write both. Only when exactly one of the two words is a listed family name, so
 * "Li Wei" and "Wei Li" (both family names) stay two people rather than a guess.
 */
function otherNameOrder(name: string): string | null {
  const words = twoWords(name);
  if (words === null) return null;
  const [first, last] = words;
  if (FAMILY_NAME_FIRST_SURNAMES.has(first) === FAMILY_NAME_FIRST_SURNAMES.has(last)) return null;
  return `${last} ${first}`;
}

/**
 * One lowercase word before a speech verb that tells when or how, not who ("first reported by
 * Reuters", "later said"): never an unnamed source.
 */
/** "he formally" → "he": adverbs closing a subject phrase ("-ly" words, "also", "often", …). */
function withoutTrailingAdverbs(phrase: string): string {
  let end = phrase.length;
  for (;;) {
    const space = phrase.lastIndexOf(" ", end - 1);
    if (space < 0) break;
    const word = phrase.slice(space + 1, end);
    if (!NOT_A_SPEAKER.test(word) && word !== "often" && word !== "only") break;
    end = space;
  }
  return phrase.slice(0, end);
}

/**
 * Whether lowercase-led words can describe a speaker ("a senior aide", "three officials briefed on
 * the talks", "Democratic leaders"), not a piece of clause a subject reader cut out ("has since",
 * "she issued a statement", "hours before", "yelling at people"): a determiner or a capital first,
 * no auxiliary verb, no pronoun, not ending on a preposition.
 */
function describesSomeone(words: readonly string[]): boolean {
  const first = words[0] ?? "";
  if (/^\p{Ll}/u.test(first) && !DETERMINERS.has(first)) {
    // A bare plural or noun may describe ("officials on both sides"); a pronoun, a verb form, a
    // preposition or an adverb opens a clause.
    if (SUBJECT_PRONOUNS.has(first) || PREPOSITIONS.has(first) || NOT_A_SPEAKER.test(first))
      return false;
    if (/(?:ing|ed)$/.test(first)) return false;
  }
  // "He criticized the plan": a capitalised pronoun opens a clause too.
  if (words.length > 1 && SUBJECT_PRONOUNS.has(first.toLowerCase())) return false;
  if (PREPOSITIONS.has(words[words.length - 1] ?? "")) return false;
  return !words.some(
    (w) => AUXILIARY_VERBS.has(w) || (w !== first && SUBJECT_PRONOUNS.has(w)) || /n[’']t$/.test(w),
  );
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set("i you he she it we they".split(" "));

const NOT_A_SPEAKER =
  /^(?:first|later|earlier|also|then|once|again|previously|initially|originally|already|since|last|[a-z]+ly)$/;

/**
 * Whether the appositive right after a name describes a business ("Deutsche Telekom, the market
 * leader, said", ", Germany's biggest lender,"): its last word, or last two, is a business noun.
 * Read only where a speaker phrase ends in an unknown name.
 */
function describedAsBusiness(body: string, end: number): boolean {
  if (body.charCodeAt(end) !== 44) return false;
  const m = BUSINESS_APPOSITIVE.exec(body.slice(end, end + 64));
  if (m === null) return false;
  const all = m[1]!.split(" ");
  // "the founder of the firm": the head comes before the first preposition.
  const cut = all.findIndex((w) => APPOSITIVE_PREPOSITIONS.has(w));
  const words = cut < 0 ? all : all.slice(0, cut);
  const last = words[words.length - 1] ?? "";
  return (
    BUSINESS_APPOSITIVE_HEADS.has(last) ||
    (words.length > 1 && BUSINESS_APPOSITIVE_HEADS.has(`${words[words.length - 2]} ${last}`))
  );
}

const APPOSITIVE_PREPOSITIONS = new Set([
  "of",
  "at",
  "in",
  "for",
  "with",
  "from",
  "on",
  "to",
  "and",
]);

/** ", the market leader,", ", a chipmaker,", ", Germany's biggest lender,": the appositive's words. */
const BUSINESS_APPOSITIVE = /^, (?:the|a|an|[A-Z][a-z]+[’']s) ((?:[a-z’'-]+ ){0,4}[a-z]+),/;

/**
 * "premier" heads a title only after a nationality or "former" ("Belgian premier Herman Van
 * Rompuy", "former premier …"): "the premier Auto Show", "Asia's premier Tech Summit" are adjectives.
 */
const PREMIER_BEFORE = /^(?:[A-Z][a-z]+(?:an|ian|ese|ish|ch|i)|former|then|ex)$/;

/** The word right before `at` and one space ("" when none). */
function wordBefore(body: string, at: number): string {
  if (at < 2 || body.charCodeAt(at - 1) !== 32) return "";
  let w = at - 1;
  while (w > 0 && isAsciiLetter(body.charCodeAt(w - 1))) w -= 1;
  return body.slice(w, at - 1);
}

/** Characters that end the stretch from an appositive's head back to its comma: .;:“”"()—– and newlines. */
function isAppositiveStop(c: number): boolean {
  return c < 128
    ? c === 46 || c === 59 || c === 58 || c === 34 || c === 40 || c === 41 || c === 10
    : c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013;
}

/** Words before a name that make the capitalised words part of something else ("the Lindqvist Institute"). */
const NOT_BEFORE_A_NAME = new Set(["the", "a", "an", "of", "at", "for", "from", "in", "by"]);

/**
 * Start of the two or three capitalised words that end at `end` ("Wang Wentao" before ", China's
 * commerce minister"), or -1: a fourth capitalised word before them, or an article or preposition
 * ("the Lindqvist Institute"), makes them part of a longer name or an organisation.
 */
export function untitledNameStart(body: string, end: number): number {
  let count = 0;
  let i = end;
  let start = -1;
  // A particle read since the last capitalised word: the name goes on only past another one.
  let particle = false;
  while (count < 4) {
    let w = i;
    while (w > 0 && isNameChar(body.charCodeAt(w - 1))) w -= 1;
    if (w === i) break;
    const first = body.charCodeAt(w);
    const word = body.slice(w, i);
    if (count >= 2 && NOT_BEFORE_A_NAME.has(word.toLowerCase())) return -1;
    // "Pedro da Silva": a particle between capitalised words belongs to the name.
    if (count >= 1 && PARTICLE_WORDS.has(word) && w > 0 && body.charCodeAt(w - 1) === 32) {
      particle = true;
      i = w - 1;
      continue;
    }
    // "Federal Reserve Chair Jerome Powell": the name starts after the title.
    if (isTitleWord(word)) break;
    if (first < 65 || first > 90 || !CAPITALISED_NAME_WORD.test(word)) break;
    particle = false;
    count += 1;
    start = w;
    if (w === 0 || body.charCodeAt(w - 1) !== 32) break;
    i = w - 1;
  }
  if (count < 2 || count > 3) return -1;
  // "… de Gaulle": a particle before the first capitalised word leaves the name to start there,
  // which is the surname alone; the name read is then wrong, so none is.
  if (particle) return -1;
  return start;
}

/** A capitalised word that belongs to a title rather than a name: "Chief", "Executive", "Chair". */
function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_HEADS.has(lower) || TITLE_WORDS.has(lower);
}

/** Street and landscape words: "Wall Street, the chief economist noted," names no person. */
const PLACE_NAME_WORDS = new Set([
  "Street",
  "Avenue",
  "Square",
  "Road",
  "Boulevard",
  "Valley",
  "River",
  "Island",
  "Islands",
  "Bay",
  "Lake",
  "Strait",
  "Sea",
  "Ocean",
  "Coast",
  "Peninsula",
  "Province",
  "County",
  "City",
]);

/** First words of place names that no person's name starts with: "New Delhi", "South Africa", "San Jose". */
const PLACE_LEADING_WORDS = new Set([
  "New",
  "North",
  "South",
  "East",
  "West",
  "Northern",
  "Southern",
  "Eastern",
  "Western",
  "Central",
  "San",
  "Santa",
  "Los",
  "Las",
  "Saint",
  "Port",
  "Mount",
  "Fort",
  "Greater",
]);

/** "New Delhi", "South Africa", "Wall Street": a place by its first or last word. */
function placeLikeName(name: string): boolean {
  const space = name.indexOf(" ");
  if (space < 0) return false;
  return (
    PLACE_LEADING_WORDS.has(name.slice(0, space)) ||
    PLACE_NAME_WORDS.has(name.slice(name.lastIndexOf(" ") + 1))
  );
}

/** A capitalised name word ("Wentao", "Erdoğan", "Kim-Lee"). */
const CAPITALISED_NAME_WORD = /^[A-Z]\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u;

/** Letters of a name word: ASCII, hyphen, and the Latin letters beyond ASCII ("ğ", "é", "ø"). */
function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || c === 45 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * Whether capitalised words read from context alone can be a person's name: none opens a clause
 * ("In Brussels"), names a weekday, a place, an outlet or an organisation ("Goldman Sachs",
 * "Lindqvist Institute"), or is a title word ("Executive Officer").
 */
export function plausiblePersonName(name: string): boolean {
  const parts = name.split(/[ -]/);
  for (const w of parts) {
    if (CLAUSE_STARTERS.has(w) || ORGANIZATION_ENDING_WORDS.has(w) || HONORIFIC.test(w)) {
      return false;
    }
    if (isTitleWord(w)) return false;
  }
  if (placeLikeName(name)) return false;
  if (placeAtStart(name) || placeAtEnd(name)) return false;
  if (NEWS_OUTLETS.some((o) => name.includes(o))) return false;
  return true;
}

const PLACE_NAMES: ReadonlySet<string> = new Set(PLACES);

/** Whether whole words opening `name` name a place ("Kenya Airways"; not "Bernie" for "Bern"). */
function placeAtStart(name: string): boolean {
  for (let i = name.indexOf(" "); i > 0; i = name.indexOf(" ", i + 1)) {
    if (PLACE_NAMES.has(name.slice(0, i))) return true;
  }
  return PLACE_NAMES.has(name);
}

/** Whether whole words closing `name` name a place ("Bank of Kenya"). */
function placeAtEnd(name: string): boolean {
  for (let i = name.indexOf(" "); i > 0; i = name.indexOf(" ", i + 1)) {
    if (PLACE_NAMES.has(name.slice(i + 1))) return true;
  }
  return PLACE_NAMES.has(name);
}

/** Words that open a clause before the main one: "After his return, Kim said". */
const CLAUSE_OPENERS = new Set([
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

/** Punctuation that ends an opening clause before the pronoun, or makes it more than one clause. */
const ENDS_AN_OPENING = ',;:“”"(—–';

/**
 * A sentence's first word opens a clause: a subordinator or preposition above, or a participle
 * ("Speaking", "Returning"; not "Nothing", and a capitalised -ing name is a mention, checked apart).
 */
function opensAClause(word: string): boolean {
  if (CLAUSE_OPENERS.has(word)) return true;
  return (
    word.length > 5 && word.endsWith("ing") && !word.endsWith("thing") && !NOT_PARTICIPLES.has(word)
  );
}

/** Capitalised -ing names that open sentences as subjects (places in PLACES are mentions already). */
const NOT_PARTICIPLES = new Set([
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

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isSpaceOrComma(c: number): boolean {
  return c === 44 || isRegexSpace(c);
}

function titleKey(m: MentionRecord): string {
  return (m.title ?? "").toLowerCase();
}

/** Characters of the capitalised-word chain before an organisation ending ("U.S. Federal Reserve"). */
function isChainChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 38 || // &
    c === 45 || // -
    c === 46 || // .
    c === 32
  );
}

/**
 * Where ORG_BY_ENDING can start: every word start in the run of chain characters before an
 * ending word ("Group", "Bank", …) that follows a space. Each stretch of text is walked once.
 */
export function endingChainStarts(body: string, endings: readonly number[]): number[] {
  const out: number[] = [];
  let scannedTo = 0;
  for (const q of endings) {
    if (q === 0 || body.charCodeAt(q - 1) !== 32) continue;
    let w = q - 1;
    const floor = Math.max(scannedTo, 0);
    while (w > floor && isChainChar(body.charCodeAt(w - 1))) w -= 1;
    for (let i = w; i < q; i += 1) {
      if (isWordStart(body, i)) out.push(i);
    }
    scannedTo = q;
  }
  return out;
}

function isWordStart(body: string, i: number): boolean {
  return isWordChar(body.charCodeAt(i)) && (i === 0 || !isWordChar(body.charCodeAt(i - 1)));
}
