// Entity layer: surname and title-surname mentions resolved to the person they name.

import { titleAfter, titleWords, titleWordsCompatible } from "../../titles.ts";
import { matchesAt } from "../../word-index.ts";
import { byLength, type MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import {
  POSSESSIVE_WORDS,
  PRONOUN_AT,
  PRONOUN_WORDS,
  surnamePattern,
  THE,
  TITLE_BEFORE_SURNAME,
  TITLE_ONLY_AT,
} from "../mention-patterns.ts";
import { afterCapitalisedWord, capitalised, isLowerAscii, isNameChar } from "../name-rules.ts";
import { addQualifiedTitle, addTitle } from "../record-titles.ts";
import { establishedSurnameHolder } from "./established-surname.ts";
import { setApartByGeneration } from "./generation-contrast.ts";
import { introducedBefore } from "./introduced-people.ts";
import { relativesNamedAfter } from "./kin-appositive.ts";
import { namesakeChoice } from "./namesake-surnames.ts";
import { focusUndecided } from "./shared-surname-focus.ts";
import { knownByTitleOnly } from "./title-clash.ts";

export function readSurnameMentions(r: EntityRegistry): void {
  const { body, words } = r.text;
  const surnames = new Set<string>();
  const familyFirst = new Set<string>();
  /** Given names before each surname, for a full name said again without its title. */
  const givenNames = new Map<string, { given: string; entity: number }[]>();
  for (let i = 0; i < r.entities.length; i += 1) {
    const e = r.entities[i]!;
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
      if (r.overlaps(start, end)) continue;
      // The title pattern ends with a space before the surname: without one it cannot match.
      const before =
        start > 0 && body.charCodeAt(start - 1) === 32
          ? TITLE_BEFORE_SURNAME.exec(body.slice(Math.max(0, start - 30), start))
          : null;
      // "Sato" of "Sato Kenji" written last ("Kenji Sato", "Mark Sato") ends a name of its own.
      if (!before && familyFirst.has(m[0]) && afterCapitalisedWord(body, start)) continue;
      const sentence = r.text.sentenceIndexAt(start);
      // "Li Ming said" after "Li Ming, China's ambassador,": the whole name again, not "Ming".
      const full = givenNames
        .get(m[0])
        // startsWith reads a negative position as 0: a given name must fit before the surname.
        ?.find((g) => start >= g.given.length && body.startsWith(g.given, start - g.given.length));
      if (full !== undefined && !r.overlaps(start - full.given.length, start)) {
        const fullStart = start - full.given.length;
        if (fullStart === 0 || !isNameChar(body.charCodeAt(fullStart - 1))) {
          r.pushMention(fullStart, end, "name", full.entity, sentence, null);
          continue;
        }
      }
      if (before) {
        const title = before[1] ?? "";
        r.pushMention(start - before[0].length, end, "title-surname", null, sentence, title);
      } else {
        r.pushMention(start, end, "surname", null, sentence, null);
      }
    }
  }
  for (const m of matchesAt(body, TITLE_ONLY_AT, words.starts(THE))) {
    const start = m.index;
    const end = start + m[0].length;
    if (r.overlaps(start, end)) continue;
    r.pushMention(start, end, "title", null, r.text.sentenceIndexAt(start), m[1] ?? null);
  }
  for (const m of matchesAt(body, PRONOUN_AT, words.starts(PRONOUN_WORDS))) {
    if (r.overlaps(m.index, m.index + m[0].length)) continue;
    r.pushMention(
      m.index,
      m.index + m[0].length,
      "pronoun",
      null,
      r.text.sentenceIndexAt(m.index),
      null,
    );
  }
  // Whole words from the word index: "his" and "her" are three letters, no pattern needed.
  for (const start of words.starts(POSSESSIVE_WORDS)) {
    if (r.taken[start] === 1) continue;
    const sentence = r.text.sentenceIndexAt(start);
    r.pushMention(start, start + 3, "pronoun", null, sentence, null).possessive = true;
  }
  r.mentions.sort((a, b) => a.start - b.start);
}

/** The surname a mention says: after its title, particles included ("von der Leyen"). */
export function mentionedSurname(r: EntityRegistry, mention: MentionRecord): string {
  const text = r.text.body.slice(mention.start, mention.end);
  if (mention.form === "surname") return text;
  if (mention.title !== null && text.startsWith(`${mention.title} `)) {
    return text.slice(mention.title.length + 1);
  }
  return /\S+$/.exec(text)?.[0] ?? "";
}

export function candidatesFor(r: EntityRegistry, mention: MentionRecord): number[] {
  return r.namedBy(r.mentionedSurname(mention));
}

export function compatible(
  r: EntityRegistry,
  candidates: readonly number[],
  title: string,
): number[] {
  const said = titleWords(title);
  return candidates.filter((c) =>
    r.entities[c]!.titleWords.some((words) => titleWordsCompatible(said, words)),
  );
}

/**
 * The title of a title-surname, with the post written after it as a full name's is: "Minister
 * Kim of the Ministry of Trade, Industry and Energy" → "Minister" + "of the Ministry …".
 */
export function addSurnameTitle(r: EntityRegistry, m: MentionRecord, entity: number): void {
  if (!m.title) return;
  const title = { start: m.start, end: m.start + m.title.length };
  const post = r.postAfter(m.end, title);
  if (post) {
    addQualifiedTitle(r, entity, title.start, title.end, m.end + 1, post.end);
    r.postHolders.set(post.start, entity);
  } else addTitle(r, entity, title.start, title.end);
}

export function resolveInOrder(r: EntityRegistry): void {
  r.mentions.forEach((m, index) => {
    if (m.entity !== null || m.ambiguous || m.possessive) return;
    if (m.form === "surname") r.resolveSurname(m, index);
    else if (m.form === "title") r.resolveTitleOnly(m, index);
    else if (m.form === "pronoun") r.resolvePronounMention(m, index);
  });
}

export function resolveSurname(r: EntityRegistry, m: MentionRecord, index: number): void {
  const all = r.candidatesFor(m);
  if (all.length > 1 && setApartByGeneration(r.text.body, m.start)) {
    m.ambiguous = true;
    return;
  }
  const introduced = introducedBefore(r, all, m.start);
  // "Ms. Lund said …" before "Lund said": Ms. Lund (kept apart from Ivo Lund by her honorific)
  // was introduced too, so "Lund" is a choice between the two, not Ivo by default.
  for (const c of honorificOnlyBefore(r, all, introduced, m.start)) introduced.push(c);
  // "Tessaly, the daughter of Odran Tessaly,": never the relative the appositive names.
  const relatives = relativesNamedAfter(r.text.body, m.end, introduced, (e) => r.entities[e]!.name);
  const candidates = introduced.filter((c) => !relatives.includes(c));
  m.candidates = candidates;
  if (candidates.length === 0 && relatives.length > 0) {
    m.ambiguous = true;
    return;
  }
  // "Vint Jr. said", or "Vint" between Ivo Vint Sr. and Ivo Vint Jr. (names/generational-suffixes.ts).
  const generation = namesakeChoice(r, m, candidates);
  if (generation !== undefined) {
    if (generation === null) m.ambiguous = true;
    else m.entity = generation;
    return;
  }
  if (candidates.length === 1) {
    m.entity = candidates[0]!;
    return;
  }
  // "Director Vint … Minister Vint … Vint said": only a title told them apart, and a bare
  // surname drops it (title-clash.ts).
  if (candidates.some((c) => knownByTitleOnly(r.entities[c]!))) {
    m.ambiguous = true;
    return;
  }
  const focus = r.focus(m, index, (e) => candidates.includes(e), false);
  if (focus !== null && focus !== "ambiguous") {
    if (focusUndecided(r, m, index, candidates, focus)) m.ambiguous = true;
    else m.entity = focus;
  } else {
    const holder = establishedSurnameHolder(r, m, candidates);
    if (holder === null) m.ambiguous = true;
    else m.entity = holder;
  }
}

/**
 * Candidates left out of `introduced` that stand before `offset` under their honorific alone (the
 * person "Ms. Lund" made when no Lund named in full could be her): a full name never introduced them.
 */
function honorificOnlyBefore(
  r: EntityRegistry,
  all: readonly number[],
  introduced: readonly number[],
  offset: number,
): number[] {
  const body = r.text.body;
  return all.filter(
    (c) =>
      !introduced.includes(c) &&
      r.mentions.some(
        (x) =>
          x.entity === c &&
          x.start < offset &&
          x.form === "title-surname" &&
          body.slice(x.start, x.end) === r.entities[c]!.name,
      ),
  );
}

export function resolveTitleOnly(r: EntityRegistry, m: MentionRecord, index: number): void {
  const people: number[] = [];
  r.entities.forEach((e, i) => {
    if (e.kind === "person" && !e.unnamed) people.push(i);
  });
  const fit = r.compatible(people, m.title ?? "");
  m.candidates = fit;
  if (fit.length === 1) m.entity = fit[0]!;
  else if (isLowerAscii(m.title?.charCodeAt(0) ?? 0)) {
    // "the ambassador" names a post, not a focus: only its one holder in the article, never a
    // pick between several.
    if (fit.length > 1) m.ambiguous = true;
    return;
  } else if (fit.length > 1) {
    const focus = r.focus(m, index, (e) => fit.includes(e), false);
    if (focus === null || focus === "ambiguous") m.ambiguous = true;
    else m.entity = focus;
  }
  if (m.entity !== null && !isLowerAscii(m.title?.charCodeAt(0) ?? 0)) {
    addTitle(r, m.entity, m.start + 4, m.end);
  }
}

/**
 * An appositive after a surname gives its person that title ("Wang, China's top trade official,
 * said"), as after a full name: read once the surname is resolved.
 */
export function readSurnameTitles(r: EntityRegistry): void {
  const { body } = r.text;
  for (const m of r.mentions) {
    if (m.form !== "surname" || m.entity === null || m.ambiguous || m.inQuote) continue;
    if (body.charCodeAt(m.end) !== 44) continue;
    const sentenceEnd = r.text.sentences[m.sentence]?.span.end ?? body.length;
    const after = titleAfter(body, m.end, sentenceEnd);
    if (after) addTitle(r, m.entity, after.start, after.end);
  }
}

/**
 * A surname mention found while quotes are read, on the side list as late names are. Two people
 * with that surname make it ambiguous between them (and the speaker too): never a guess.
 */
export function addLateSurname(
  r: EntityRegistry,
  start: number,
  end: number,
  surname: string,
  first: number,
): MentionRecord {
  const sentence = r.text.sentenceIndexAt(start);
  const record = r.pushMention(start, end, "surname", first, sentence, null, true);
  resolveLateSurname(r, record, surname, first);
  return record;
}

/**
 * Links a surname mention read after the constructor to `first`, the first person the surname
 * names, or to none when a later one shares it: read again once attribution has met everyone
 * (surnames/late-surname-echoes.ts).
 */
export function resolveLateSurname(
  r: EntityRegistry,
  record: MentionRecord,
  surname: string,
  first: number,
): void {
  record.entity = first;
  record.candidates = [first];
  record.ambiguous = false;
  for (const e of r.namedBy(surname)) if (e > first) record.candidates.push(e);
  // "Vint Jr. said": the suffix picks Ivo Vint Jr. out of the Vints (names/generational-suffixes.ts).
  const generation = namesakeChoice(r, record, record.candidates);
  if (generation !== undefined && generation !== null) {
    record.entity = generation;
    record.candidates = [generation];
  } else if (record.candidates.length > 1 || generation === null) {
    record.ambiguous = true;
    record.entity = null;
  }
}
