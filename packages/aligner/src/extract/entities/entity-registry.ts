// Entity layer: EntityRegistry reads an article's mentions and links them into entities (people,
// organisations, places); the attribution layer asks it who a speaker phrase names.
import { type Entity, type EntityKind, type Title, titleLabel } from "@parallax/core";
import { CALENDAR_WORDS } from "../../../lexicons/calendar-words.ts";
import { CLAUSE_STARTERS } from "../../../lexicons/clause-starters.ts";
import { NAME_SUFFIXES } from "../../../lexicons/name-particles.ts";
import { PRONOUNS } from "../../../lexicons/pronouns.ts";
import type { ArticleText } from "../article-text.ts";
import { labelStart } from "../parenthesised-label.ts";
import { findEchoedNames, findPersonNames, honorificGender } from "../person-names.ts";
import {
  type TitleRange,
  titleAfter,
  titleBefore,
  titleBeforeAppositive,
  titleWords,
  titleWordsCompatible,
} from "../titles.ts";
import { matchesAt } from "../word-index.ts";
import {
  ENDS_AN_OPENING,
  endingChainStarts,
  isAsciiLetter,
  isSpaceOrComma,
  opensAClause,
  titleKey,
} from "./clause-openers.ts";
import {
  byLength,
  type EntityRecord,
  type MentionForm,
  type MentionRecord,
  nameKey,
} from "./entity-records.ts";
import {
  ACRONYM_BEFORE,
  APPOSITIVE_HEAD_WORDS,
  COMPANY_DESCRIPTION,
  DESCRIPTOR_WORDS,
  ENDING_WORDS,
  GOVERNS_A_PLACE,
  KOREAN_NAME_AT,
  LOWER_TITLE_WORDS,
  LOWER_TITLED_NAME,
  MINISTRY_AT,
  MINISTRY_WORDS,
  NAME_BETWEEN_COMMAS,
  notAGivenName,
  ORG_BY_DESCRIPTOR_AT,
  ORG_BY_ENDING_AT,
  ORG_LIST_AT,
  ORG_LIST_WORDS,
  ORGANIZATION_ENDING_WORDS,
  OUTLET_AT,
  OUTLET_WORDS,
  PARTICLES_BEFORE,
  PHRASE_ENDING_NAME,
  PLACE_AT,
  PLACE_WORDS,
  POSSESSIVE_WORDS,
  PRESIDENTIAL_OFFICE_AT,
  PRESIDENTIAL_WORDS,
  PRONOUN_AT,
  PRONOUN_WORDS,
  PUBLIC_BODY_DESCRIPTION,
  SAID_NAME,
  SAID_WORDS,
  SURNAME_WORDS,
  surnamePattern,
  THE,
  TITLE_BEFORE_SURNAME,
  TITLE_ONLY_AT,
  TITLED_NAME_AT,
  TITLED_NAME_WORDS,
  WORD_BEFORE_PARTICLE,
} from "./mention-patterns.ts";
import {
  afterCapitalisedWord,
  capitalised,
  familyNameFirst,
  genderOfName,
  isLowerAscii,
  isNameChar,
  isNamedBy,
  opposite,
  otherNameOrder,
  placeAtStart,
  placeLikeName,
  plausiblePersonName,
  surnameOf,
} from "./name-rules.ts";
import { FOCUS_REACH, Referents } from "./referents.ts";
import {
  describedAsBusiness,
  describesSomeone,
  isAppositiveStop,
  isTitleWord,
  NOT_A_SPEAKER,
  PREMIER_BEFORE,
  untitledNameStart,
  withoutTrailingAdverbs,
  wordBefore,
} from "./speaker-phrase-rules.ts";

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
    for (const found of [...findPersonNames(body), ...findEchoedNames(body)]) {
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
    // "Robert P. Roe Jr.": a generational suffix is no part of the name.
    const suffix = / (\p{Lu}\p{L}*)\.?$/u.exec(
      body.slice(Math.max(phraseStart, phraseEnd - 6), phraseEnd),
    );
    if (suffix !== null && NAME_SUFFIXES.has(suffix[1]!)) {
      phraseEnd -= suffix[0].length;
      while (phraseEnd > phraseStart && isSpaceOrComma(body.charCodeAt(phraseEnd - 1)))
        phraseEnd -= 1;
    }
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
