// Entity layer: EntityRegistry reads an article's mentions and links them into entities (people,
// organisations, places); the attribution layer asks it who a speaker phrase names.

import type { Entity, EntityKind } from "@parallax/core";
import { firstIndexWhere } from "../../sorted-search.ts";
import type { ArticleText } from "../article-text.ts";
import type { TitleRange } from "../titles.ts";
import { entityOutput } from "./entity-output.ts";
import {
  type EntityRecord,
  type MentionForm,
  type MentionRecord,
  nameKey,
} from "./entity-records.ts";
import * as mentionQueries from "./mention-queries.ts";
import * as mentionReading from "./mention-reading.ts";
import { otherNameOrder } from "./name-rules.ts";
import { Generations, nameWithSuffix, suffixedPerson } from "./names/generational-suffixes.ts";
import { InitialledNames } from "./names/initialled-names.ts";
import { SpellingVariants } from "./names/spelling-variants.ts";
import { newEntityRecord } from "./new-entity-record.ts";
import { endsOnGroupNoun } from "./not-people/group-or-body-name.ts";
import { readOrganizationEchoes } from "./not-people/organization-echoes.ts";
import * as pronounResolution from "./pronouns/pronoun-resolution.ts";
import { Referents } from "./referents.ts";
import * as speakerPhrases from "./speaker-phrases/phrases.ts";
import { SurnameIndex } from "./surnames/surname-index.ts";
import * as surnameResolution from "./surnames/surname-resolution.ts";
import { resolveTitleSurnames } from "./surnames/title-surnames.ts";
import { readTitledNamesakes } from "./surnames/titled-namesakes.ts";

/**
 * People, organisations and places of one article, every mention linked to one entity — or marked
 * ambiguous, never guessed. The constructor reads mentions (mention-reading.ts) and
 * resolves surnames, titles and pronouns (surnames/surname-resolution.ts, pronouns/pronoun-resolution.ts); the
 * attribution layer then asks who a speaker phrase names (speaker-phrases/phrases.ts) and which entities
 * the mentions at or between offsets name (mention-queries.ts). Its fields are
 * read by those modules, which take the registry as their first argument.
 */
export class EntityRegistry {
  readonly entities: EntityRecord[] = [];
  /** Entity index by name key, one map per kind: no "kind:key" string is built per mention. */
  readonly byKey: Record<EntityKind, Map<string, number>> = {
    person: new Map(),
    organization: new Map(),
    place: new Map(),
  };
  readonly mentions: MentionRecord[] = [];
  /** Characters already inside a mention: keeps overlap checks linear on long inputs. */
  readonly taken: Uint8Array;
  /** Unnamed sources created while quotes are read; merged into the output. */
  readonly descriptions: MentionRecord[] = [];
  readonly descriptionStarts = new Set<number>();
  /** What "the company", "the ministry", "the person" can take up, read once as quotes advance. */
  readonly referents: Referents = new Referents(this);
  mentioned: readonly number[] | undefined;
  /**
   * The holder of a post written after a name, by the start of the organisation that completes it
   * ("Minister Kim of the Ministry of Trade, Industry and Energy"): a speaker phrase ending with
   * that organisation names the holder, not the ministry.
   */
  readonly postHolders = new Map<number, number | "ambiguous">();
  /** People by their name without middle initials ("Ivo K. Vint" = "Ivo Vint"). */
  private readonly initialled = new InitialledNames();
  /** People by their given names with doubled letters undoubled ("Hilary Vint" = "Hillary Vint"). */
  private readonly spellings = new SpellingVariants();

  constructor(readonly text: ArticleText) {
    this.taken = new Uint8Array(text.body.length + 1);
    this.readNames();
    this.readOrganizationsAndPlaces();
    readOrganizationEchoes(this);
    // "Director Vint … Minister Vint": two people known only by title and surname.
    readTitledNamesakes(this);
    this.readSurnameMentions();
    this.readTitles();
    this.resolveTitleSurnames();
    this.resolveInOrder();
    this.readSurnameTitles();
    this.resolvePossessives();
  }

  // ---------- reading ----------

  readNames(): void {
    mentionReading.readNames(this);
  }

  readAppositiveNames(): void {
    mentionReading.readAppositiveNames(this);
  }

  readNameAfterTitle(head: number): void {
    mentionReading.readNameAfterTitle(this, head);
  }

  addUntitledName(name: string, start: number): void {
    mentionReading.addUntitledName(this, name, start);
  }

  readTitles(): void {
    mentionReading.readTitles(this);
  }

  postAfter(nameEnd: number, title: TitleRange): MentionRecord | null {
    return mentionReading.postAfter(this, nameEnd, title);
  }

  addNamed(
    kind: EntityKind,
    name: string,
    surname: string | null,
    start: number,
    end: number,
  ): number {
    // "Ivo Vint Jr.": the mention and the name stop before the suffix, kept on the person
    // (names/generational-suffixes.ts).
    const read =
      kind === "person"
        ? nameWithSuffix(this.text.body, name, surname, end)
        : { name, surname, end, suffix: null, suffixEnd: end };
    const index = this.entityFor(kind, read.name, read.surname, read.suffix);
    this.pushMention(start, read.end, "name", index, this.text.sentenceIndexAt(start), null);
    this.taken.fill(1, read.end, read.suffixEnd);
    return index;
  }

  entityFor(
    read: EntityKind,
    name: string,
    surname: string | null,
    suffix: string | null = null,
  ): number {
    // "Senate Republicans said": a group speaks, as an organisation (not-people/group-or-body-name.ts).
    const kind = read === "person" && endsOnGroupNoun(name) ? "organization" : read;
    if (kind === "person" && suffix !== null) return suffixedPerson(this, name, surname, suffix);
    const key = nameKey(name);
    const byKey = this.byKey[kind];
    const known = byKey.get(key);
    if (known !== undefined) return this.generations.mergedInto.get(known) ?? known;
    if (kind === "person") {
      // The same person written family name first, or without or with a middle initial.
      const reversed = otherNameOrder(name);
      const same =
        (reversed === null ? undefined : byKey.get(nameKey(reversed))) ??
        this.initialled.find(name) ??
        this.spellings.find(name);
      if (same !== undefined) {
        const person = this.generations.mergedInto.get(same) ?? same;
        byKey.set(key, person);
        return person;
      }
    }
    const index = this.entities.length;
    if (kind === "person") this.surnames.add(name, surname, index);
    this.entities.push(newEntityRecord(kind, name, surname));
    byKey.set(key, index);
    if (kind === "person") this.initialled.add(name, index);
    if (kind === "person") this.spellings.add(name, index);
    return index;
  }

  /** Suffixed people, plain names merged into them, namesakes kept apart (names/generational-suffixes.ts). */
  readonly generations = new Generations();

  /** People by every one-word form that can name them (surnames/surname-index.ts). */
  readonly surnames = new SurnameIndex();

  /** The people a one-word mention can name, in the order they were first met. */
  namedBy(word: string): number[] {
    return this.surnames.namedBy(word, this.entities);
  }

  /** The same for a word in any case: "LUND" as "Lund" (surnames/surname-index.ts). */
  namedByAnyCase(word: string): number[] {
    return this.surnames.namedByAnyCase(word, this.entities);
  }

  pushMention(
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

  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i += 1) if (this.taken[i] === 1) return true;
    return false;
  }

  readOrganizationsAndPlaces(): void {
    mentionReading.readOrganizationsAndPlaces(this);
  }

  readSurnameMentions(): void {
    surnameResolution.readSurnameMentions(this);
  }

  // ---------- resolving ----------

  mentionedSurname(mention: MentionRecord): string {
    return surnameResolution.mentionedSurname(this, mention);
  }

  candidatesFor(mention: MentionRecord): number[] {
    return surnameResolution.candidatesFor(this, mention);
  }

  compatible(candidates: readonly number[], title: string): number[] {
    return surnameResolution.compatible(this, candidates, title);
  }

  resolveTitleSurnames(): void {
    resolveTitleSurnames(this);
  }

  addSurnameTitle(m: MentionRecord, entity: number): void {
    surnameResolution.addSurnameTitle(this, m, entity);
  }

  resolveInOrder(): void {
    surnameResolution.resolveInOrder(this);
  }

  resolveSurname(m: MentionRecord, index: number): void {
    surnameResolution.resolveSurname(this, m, index);
  }

  resolveTitleOnly(m: MentionRecord, index: number): void {
    surnameResolution.resolveTitleOnly(this, m, index);
  }

  readSurnameTitles(): void {
    surnameResolution.readSurnameTitles(this);
  }

  resolvePronounMention(m: MentionRecord, index: number): void {
    pronounResolution.resolvePronounMention(this, m, index);
  }

  resolvePossessives(): void {
    pronounResolution.resolvePossessives(this);
  }

  compatibleSpeaker(entity: number, gender: "he" | "she"): boolean {
    return pronounResolution.compatibleSpeaker(this, entity, gender);
  }

  speakerPronounAt(offset: number): number | "ambiguous" | null {
    return pronounResolution.speakerPronounAt(this, offset);
  }

  /** People a "his" / "her" can refer to: one function each, made once per article. */
  readonly acceptHe = (e: number) => this.personOfGender(e, "he");
  readonly acceptShe = (e: number) => this.personOfGender(e, "she");

  personOfGender(e: number, gender: "he" | "she"): boolean {
    return pronounResolution.personOfGender(this, e, gender);
  }

  cataphoraTarget(
    m: MentionRecord,
    index: number,
    accept: (entity: number) => boolean,
    competing: number[],
  ): number | "ambiguous" | null {
    return pronounResolution.cataphoraTarget(this, m, index, accept, competing);
  }

  plainClause(from: number, to: number): boolean {
    return pronounResolution.plainClause(this, from, to);
  }

  possessorFirst(mentions: readonly MentionRecord[]): boolean {
    return pronounResolution.possessorFirst(this, mentions);
  }

  focus(
    m: MentionRecord,
    index: number,
    accept: (entity: number) => boolean,
    nearest: boolean,
    competing?: number[],
    speaking = false,
  ): number | "ambiguous" | null {
    return pronounResolution.focus(this, m, index, accept, nearest, competing, speaking);
  }

  subjectOf(mentions: readonly MentionRecord[]): number | "ambiguous" {
    return pronounResolution.subjectOf(this, mentions);
  }

  // ---------- queries for the other extractors ----------

  /** Index of the first mention starting at or after `offset` (mentions are sorted by start). */
  firstFrom(offset: number): number {
    return firstIndexWhere(this.mentions, (m) => m.start >= offset);
  }

  /**
   * The mentions wholly within [from, to), in order, read from the sorted list: a scan of every
   * mention for every quote is quadratic on a run-on text of cues.
   */
  mentionsWithin(from: number, to: number): MentionRecord[] {
    const within: MentionRecord[] = [];
    for (let i = this.firstFrom(from); i < this.mentions.length; i += 1) {
      const m = this.mentions[i]!;
      if (m.start >= to) break;
      if (m.end <= to) within.push(m);
    }
    return within;
  }

  speakerFromPhrase(
    start: number,
    end: number,
    allowDescription = true,
  ): number | "ambiguous" | null {
    return speakerPhrases.speakerFromPhrase(this, start, end, allowDescription);
  }

  personOf(m: MentionRecord): boolean {
    return speakerPhrases.personOf(this, m);
  }

  organizationReferredTo(phrase: string, phraseStart: number): number | "ambiguous" | null {
    return speakerPhrases.organizationReferredTo(this, phrase, phraseStart);
  }

  earlierDescription(phrase: string, phraseStart: number): number | "ambiguous" | null {
    return speakerPhrases.earlierDescription(this, phrase, phraseStart);
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

  addLateSurname(start: number, end: number, surname: string, first: number): MentionRecord {
    return surnameResolution.addLateSurname(this, start, end, surname, first);
  }

  /**
   * The person named by a mention that ends exactly at `offset` (a name before an appositive);
   * with `anyName`, a surname or title-surname mention too ("Lund", "Mr. Lund"), never a pronoun.
   */
  personEndingAt(offset: number, anyName = false): number | null {
    return mentionQueries.personEndingAt(this, offset, anyName);
  }

  /** Resolved entity of the pronoun or surname mention starting at `offset`. */
  entityAt(offset: number): number | "ambiguous" | null {
    return mentionQueries.entityAt(this, offset);
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
    return mentionQueries.entitiesIn(this, start, end);
  }

  kindOf(entity: number): EntityKind {
    return this.entities[entity]!.kind;
  }

  /** People and organisations speak; a place or a thing never does. */
  canSpeak(entity: number): boolean {
    const kind = this.entities[entity]!.kind;
    return kind === "person" || kind === "organization";
  }

  nameOf(entity: number): string {
    return this.entities[entity]!.name;
  }

  /** The output: ids "e0", "e1", … in order of first mention (entity-output.ts). */
  toEntities(): { entities: Entity[]; idOf: (index: number) => string } {
    return entityOutput(this);
  }
}
