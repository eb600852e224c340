// Entity layer: he/she and his/her resolved to a compatible person (subject first), or ambiguous.

import { PERSON_NOUNS } from "../../../lexicons/person-nouns.ts";
import { TITLE_HEADS } from "../../../lexicons/title-words.ts";
import { givenNameGender, honorificGender } from "../person-names.ts";
import { titleBefore } from "../titles.ts";
import { bareLateNames, bareLateSubjects } from "./bare-late-names.ts";
import { ENDS_AN_OPENING, isAsciiLetter, opensAClause } from "./clause-openers.ts";
import { closingCueSubject, speaksNext } from "./closing-cue-subject.ts";
import type { MentionRecord } from "./entity-records.ts";
import type { EntityRegistry } from "./entity-registry.ts";
import { withoutPossessors } from "./possessor-names.ts";
import { FOCUS_REACH } from "./referents.ts";

export function resolvePronounMention(r: EntityRegistry, m: MentionRecord, index: number): void {
  const gender = r.text.body.slice(m.start, m.end).toLowerCase() as "he" | "she";
  const speaking = speaksNext(r.text.body, m.end);
  const found = focus(
    r,
    m,
    index,
    (e) => {
      const record = r.entities[e];
      return (
        record !== undefined &&
        record.kind === "person" &&
        (record.gender === null || record.gender === gender)
      );
    },
    // Within its sentence, the subject (first person) before a nearer object, as coreference
    // sieves rank them: "Vint went after Weller when he called it …" is Vint's. Two people joined
    // by "and" stay ambiguous. (PolNeAR train: direct speakers wrong 603 → 596.)
    false,
    undefined,
    speaking,
    // A speaker passes over a possessor; on every he/she it added two false ECB+ train
    // conflicts (18 → 20).
    speaking,
  );
  if (typeof found === "number") {
    m.entity = found;
    m.candidates = [found];
    // A he/she inside a quotation often means someone the speaker talks about, not the person
    // found outside it: it leaves that person's gender open ("“… when she was found …,” Roe said"
    // never makes Roe a woman).
    if (!m.inQuote) r.entities[found]!.gender = gender;
  } else m.form = "pronoun";
}

/**
 * "his"/"her": the nearest earlier person of the sentence (he/she take its subject), else the subject of
 * the nearest earlier sentence naming one, of a compatible gender — or ambiguous between the
 * people who compete, never guessed. Before that, a possessive in a sentence-opening clause
 * refers forward to the main clause's subject ("Speaking after his return last week, Amos
 * Vint said"). Runs after every other mention is resolved and is no antecedent itself.
 */
export function resolvePossessives(r: EntityRegistry): void {
  for (let index = 0; index < r.mentions.length; index += 1) {
    const m = r.mentions[index]!;
    if (!m.possessive) continue;
    const gender = r.text.body.charCodeAt(m.start + 1) === 105 ? "he" : "she"; // h[i]s
    const accept = gender === "he" ? r.acceptHe : r.acceptShe;
    const competing: number[] = [];
    const forward = r.cataphoraTarget(m, index, accept, competing);
    const found = forward ?? r.focus(m, index, accept, true, competing);
    if (typeof found === "number") {
      m.entity = found;
      m.candidates = [found];
      const record = r.entities[found]!;
      if (record.gender === null) record.gender = gender;
    } else if (found === "ambiguous" && competing.length > 1) {
      m.ambiguous = true;
      m.candidates = competing;
    }
  }
}

export function personOfGender(r: EntityRegistry, e: number, gender: "he" | "she"): boolean {
  const record = r.entities[e];
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
export function cataphoraTarget(
  r: EntityRegistry,
  m: MentionRecord,
  index: number,
  accept: (entity: number) => boolean,
  competing: number[],
): number | "ambiguous" | null {
  const sentence = r.text.sentences[m.sentence];
  if (sentence === undefined) return null;
  const { body } = r.text;
  const start = sentence.span.start;
  let wordEnd = start;
  while (wordEnd < m.start && isAsciiLetter(body.charCodeAt(wordEnd))) wordEnd += 1;
  if (!opensAClause(body.slice(start, wordEnd)) || r.taken[start] === 1) return null;
  if (!r.plainClause(wordEnd, m.start)) return null;
  // A person named before the pronoun is its antecedent ("After Kim met Lee, his aides …").
  for (let i = index - 1; i >= 0 && r.mentions[i]!.start >= start; i -= 1) {
    const o = r.mentions[i]!;
    if (o.possessive) continue;
    if (o.entity === null || o.ambiguous || r.entities[o.entity]!.kind === "person") return null;
  }
  const comma = body.indexOf(",", m.end);
  if (comma < 0 || comma >= sentence.span.end || !r.plainClause(m.end, comma)) return null;
  let at = comma + 1;
  while (body.charCodeAt(at) === 32) at += 1;
  const subject = r.mentions[r.firstFrom(at)];
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
export function plainClause(r: EntityRegistry, from: number, to: number): boolean {
  const { body } = r.text;
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
export function possessorFirst(r: EntityRegistry, mentions: readonly MentionRecord[]): boolean {
  const first = mentions[0]!;
  if (!mentions.some((o) => o.entity !== first.entity)) return false;
  const { body } = r.text;
  const apostrophe = body.charCodeAt(first.end);
  return (apostrophe === 0x2019 || apostrophe === 39) && body.charCodeAt(first.end + 1) === 115;
}

/**
 * The entity the text is about at a mention: within its sentence the nearest earlier person
 * (`nearest`: possessives) or the first (he/she, surnames); otherwise the subject — first mention outside quotations —
 * of the nearest earlier sentence naming a candidate. Two candidates joined by "and" are
 * ambiguous.
 */
export function focus(
  r: EntityRegistry,
  m: MentionRecord,
  index: number,
  accept: (entity: number) => boolean,
  nearest: boolean,
  competing?: number[],
  speaking = false,
  subjectsOnly = false,
): number | "ambiguous" | null {
  // he/she (`subjectsOnly`) pass over a possessor; surnames and his/her read every person.
  const about = (list: readonly MentionRecord[]) =>
    subjectsOnly ? withoutPossessors(r.text.body, list) : list;
  const same: MentionRecord[] = [];
  // At most FOCUS_REACH mentions back: a run-on "sentence" of thousands of mentions made r
  // quadratic, and no real sentence holds that many.
  for (let i = index - 1; i >= Math.max(0, index - FOCUS_REACH); i -= 1) {
    const o = r.mentions[i]!;
    if (o.sentence !== m.sentence) break;
    if (o.possessive || modifiesNextName(r, i)) continue;
    if (o.entity !== null && !o.ambiguous && accept(o.entity) && !o.inQuote) same.unshift(o);
  }
  if (same.length > 0) {
    if (nearest) return same[same.length - 1]!.entity;
    return r.subjectOf(about(same));
  }
  let sentence = m.sentence - 1;
  let i = index - 1;
  while (i >= 0 && r.mentions[i]!.sentence === m.sentence) i -= 1;
  for (let steps = 0; steps < 6 && sentence >= 0; steps += 1, sentence -= 1) {
    const inSentence: MentionRecord[] = [];
    while (i >= 0 && r.mentions[i]!.sentence === sentence) {
      const o = r.mentions[i]!;
      if (o.possessive || modifiesNextName(r, i)) {
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
      if (competing === undefined) {
        // "Weller’s claim hurt the troops, Vint said. “…,” he said.": a speaking he/she goes on
        // from the sentence's closing speech cue, whoever the reported words before it name first.
        // Only for a speaker: on every he/she it moved ECB+ train event pairs (F1 0.753 → 0.749).
        const end = r.text.sentences[sentence]?.span.end ?? r.text.body.length;
        const cue = speaking ? closingCueSubject(r.text.body, inSentence, end) : null;
        return cue ?? r.subjectOf(about(inSentence));
      }
      // A possessive reads the sentence more strictly: "Pell’s remarks contrasted with … Vint"
      // has no person for a subject, so a later "His comments" could be either of them.
      const subject = r.possessorFirst(inSentence) ? "ambiguous" : r.subjectOf(inSentence);
      if (subject === "ambiguous") {
        for (const o of inSentence) {
          for (const c of o.ambiguous ? o.candidates : [o.entity!]) {
            if (accept(c) && !competing.includes(c)) competing.push(c);
          }
        }
      }
      return subject;
    }
    while (i >= 0 && r.mentions[i]!.sentence > sentence) i -= 1;
  }
  return null;
}

/** One to three lowercase words ending in a job title or a person noun: "campaign spokeswoman". */
const TITLE_GAP = /^\s(?:[a-z][a-z-]*\s){0,2}([a-z][a-z-]*)\s$/;

/**
 * Whether mention i names someone only as a modifier of the next name's title: "Vint" in "Vint
 * spokeswoman Dora Pell dismissed it" is not who the sentence is about, as a possessive is not.
 */
function modifiesNextName(r: EntityRegistry, i: number): boolean {
  const o = r.mentions[i]!;
  const next = r.mentions[i + 1];
  if (next === undefined || next.sentence !== o.sentence || o.form === "pronoun") return false;
  if (next.form === "pronoun" || next.entity === null || !r.personOf(next)) return false;
  const gap = TITLE_GAP.exec(r.text.body.slice(o.end, next.start));
  const head = gap?.[1];
  return head !== undefined && (TITLE_HEADS.has(head) || PERSON_NOUNS.has(head));
}

export function subjectOf(
  r: EntityRegistry,
  mentions: readonly MentionRecord[],
): number | "ambiguous" {
  const first = mentions[0]!;
  if (first.ambiguous || first.entity === null) return "ambiguous";
  const other = mentions.find((o) => o.entity !== first.entity);
  if (other) {
    const between = r.text.body.slice(first.end, other.start);
    if (
      /^[\s,]*(?:\S+\s+){0,3}?(?:and|&)\s+(?:\S+\s+){0,3}$/.test(between) ||
      /^\s*,\s*$/.test(between)
    ) {
      return "ambiguous";
    }
  }
  return first.entity;
}

/** Sentences before a pronoun in which a person first named by a speech cue can be its antecedent. */
const LATE_REACH = 2;

/**
 * The entity of the "he"/"she" at `offset` as a speaker: the registry's own reading, or — when
 * that found no compatible person at all (not when several competed) — the one person first named
 * by a speech cue while quotes were read ("Vint said the plan was bad. “It will fail,” he said."),
 * whose mention the registry's resolution, run before quotes, could not see. Taken only from the
 * pronoun's sentence or the LATE_REACH sentences before it, outside quotations, and only when one
 * compatible person is named there: two make it unknown.
 */
export function speakerPronounAt(r: EntityRegistry, offset: number): number | "ambiguous" | null {
  const index = r.firstFrom(offset);
  const m = r.mentions[index];
  if (m === undefined || m.start !== offset || m.possessive) return null;
  if (m.form === "pronoun" && m.entity !== null && !m.ambiguous) {
    const late = lateNameSinceAntecedent(r, m, index, m.entity);
    if (late !== undefined) return late;
  }
  if (m.ambiguous || m.entity !== null || m.form !== "pronoun") return r.entityAt(offset);
  const gender = r.text.body.slice(m.start, m.end).toLowerCase();
  if (gender !== "he" && gender !== "she") return null;
  const accept = gender === "he" ? r.acceptHe : r.acceptShe;
  if (r.focus(m, index, accept, true) !== null) return null;
  const found = new Set<number>();
  for (const o of lateNamesBefore(r, m, -1)) {
    if (!o.ambiguous && compatibleSpeaker(r, o.entity!, gender)) found.add(o.entity!);
  }
  for (const e of bareLateSubjects(r, m, -1)) if (compatibleSpeaker(r, e, gender)) found.add(e);
  for (const e of bareLateNames(r, m, -1, LATE_REACH)) {
    if (compatibleSpeaker(r, e, gender)) found.add(e);
  }
  if (found.size !== 1) return null;
  const entity = found.values().next().value!;
  m.entity = entity;
  m.candidates = [entity];
  r.entities[entity]!.gender = gender;
  return entity;
}

/**
 * A person first named by a speech cue while quotes were read ("Bob said he took one call. “I cut
 * it short,” he said.") after the last naming of the person the registry gave the pronoun: the
 * registry, run before quotes, could not see them. One compatible such person is the speaker;
 * any other case with one of them named there leaves the pronoun unknown (null). Undefined when
 * no such person is named, so the registry's reading stands.
 */
function lateNameSinceAntecedent(
  r: EntityRegistry,
  m: MentionRecord,
  index: number,
  antecedent: number,
): number | null | undefined {
  let since = -1;
  for (let i = index - 1; i >= 0; i -= 1) {
    const o = r.mentions[i]!;
    // Earlier pronouns were read by the same pass, blind to the same names: only a name counts.
    if (o.entity === antecedent && !o.ambiguous && o.form !== "pronoun") {
      since = o.start;
      break;
    }
  }
  const gender = r.text.body.slice(m.start, m.end).toLowerCase();
  if (gender !== "he" && gender !== "she") return undefined;
  const named = new Set<number>();
  let compatible = true;
  const late = [
    ...lateNamesBefore(r, m, since).map((o) => o.entity!),
    ...bareLateSubjects(r, m, since),
  ];
  for (const entity of late) {
    if (entity === antecedent) continue;
    named.add(entity);
    if (!compatibleSpeaker(r, entity, gender)) compatible = false;
  }
  for (const e of bareLateNames(r, m, since, LATE_REACH)) {
    if (e !== antecedent && compatibleSpeaker(r, e, gender)) named.add(e);
  }
  if (named.size === 0) return undefined;
  if (named.size > 1 || !compatible) return null;
  return named.values().next().value!;
}

/**
 * The people first named by a speech cue while quotes were read, outside quotations, after offset
 * `after` and before the pronoun m, in its sentence or the LATE_REACH sentences before it.
 */
function lateNamesBefore(r: EntityRegistry, m: MentionRecord, after: number): MentionRecord[] {
  return r.descriptions.filter(
    (o) =>
      o.start < m.start &&
      o.start > after &&
      !o.inQuote &&
      o.form === "name" &&
      !o.possessive &&
      o.sentence >= m.sentence - LATE_REACH &&
      o.entity !== null &&
      r.entities[o.entity]!.kind === "person",
  );
}

/**
 * Whether `he`/`she` can be this person: a person of no other gender, counting what the registry
 * kept no gender for — an honorific before any of their mentions ("Ms. Vint said") or the given
 * name of their full name.
 */
export function compatibleSpeaker(
  r: EntityRegistry,
  entity: number,
  gender: "he" | "she",
): boolean {
  if (!personOfGender(r, entity, gender)) return false;
  const record = r.entities[entity]!;
  const space = record.name.indexOf(" ");
  const first = space > 0 ? record.name.slice(0, space) : null;
  // "Sato Kenji", "Pak Min-so": a family name written first is no given name.
  const familyFirst = first === record.surname || first === record.familyFirst;
  const given = first !== null && !familyFirst ? givenNameGender(first) : null;
  if (given !== null && given !== gender) return false;
  const { body } = r.text;
  for (const list of [r.mentions, r.descriptions]) {
    for (const o of list) {
      if (o.entity !== entity) continue;
      const word = /(\S+)\s+$/.exec(body.slice(Math.max(0, o.start - 6), o.start))?.[1] ?? "";
      const said = honorificGender(word);
      if (said !== null && said !== gender) return false;
    }
  }
  return true;
}
