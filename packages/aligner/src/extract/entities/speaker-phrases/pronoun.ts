// Entity layer: the person a speaking he/she names — the registry's reading, or a person first
// named by a speech cue while quotes were read, whom that reading could not see.
import { givenNameGender, honorificGender } from "../../person-names.ts";
import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { personOfGender } from "../pronouns/pronoun-resolution.ts";
import { bareLateNames, bareLateSubjects } from "../surnames/bare-late-names.ts";
import { lateMentionsBetween } from "../surnames/late-descriptions.ts";

/** Sentences before a pronoun in which a person first named by a speech cue can be its antecedent. */
const LATE_REACH = 2;

/** Characters back to look for the antecedent's naming: far more than LATE_REACH sentences of prose. */
const SINCE_REACH = 10_000;

/**
 * The entity of the "he"/"she" at `offset` as a speaker: the registry's own reading, or — when
 * that found no compatible person (not when several competed), or only one named before a
 * person it could not read — the one person first named
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
  const focused = r.focus(m, index, accept, true);
  if (focused === "ambiguous") return null;
  // A person further back fits, but the registry stopped at a subject it did not know
  // ("Governor Vint rebuked critics …. “…,” he said.", Vint first named by a later speech cue): one
  // compatible person first named by a cue since that person's last mention is the speaker.
  // (PolNeAR train direct, build: right 2300 → 2301, wrong 23 → 23; check unchanged.)
  if (focused !== null) return lateNameSinceAntecedent(r, m, index, focused) ?? null;
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
    // A naming before the LATE_REACH sentences bounds nothing the readers below see, so the
    // search stops there, or (in a run-on "sentence") SINCE_REACH characters back: it went back
    // to the article's start for every pronoun.
    if (o.sentence < m.sentence - LATE_REACH || m.start - o.start > SINCE_REACH) break;
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
 * `after` and before the pronoun m, in its sentence or the LATE_REACH sentences before it — and in
 * a run-on "sentence" no more than SINCE_REACH characters back, so a pronoun reads a bounded stretch.
 */
function lateNamesBefore(r: EntityRegistry, m: MentionRecord, after: number): MentionRecord[] {
  return lateMentionsBetween(r, Math.max(after + 1, m.start - SINCE_REACH), m.start).filter(
    (o) =>
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
    for (const o of titledMentions(body, list)) {
      if (o.entity !== entity) continue;
      const said = titleGender(body, o.start);
      if (said !== null && said !== gender) return false;
    }
  }
  return true;
}

/** The gender of an honorific in the few characters before `start` ("Ms. Vint"), if any. */
function titleGender(body: string, start: number): "he" | "she" | null {
  return honorificGender(/(\S+)\s+$/.exec(body.slice(Math.max(0, start - 6), start))?.[1] ?? "");
}

/** Per mention list: how many of its mentions were read, the last of them, those after a title. */
type Titled = { read: number; last: MentionRecord | undefined; titled: MentionRecord[] };
const titledByList = new WeakMap<readonly MentionRecord[], Titled>();

/**
 * The mentions of `list` written after a gendered honorific, read once as the list grows: testing
 * every mention of a person at every pronoun made long articles quadratic (a 300 KB run-on text of
 * "“Yes,” he said and …" spent 7 s here). A list only grows once quotes are read; if it was
 * reordered since (its last read mention moved), it is read again.
 */
function titledMentions(body: string, list: readonly MentionRecord[]): readonly MentionRecord[] {
  let seen = titledByList.get(list);
  if (seen === undefined || list.length < seen.read || list[seen.read - 1] !== seen.last) {
    seen = { read: 0, last: undefined, titled: [] };
    titledByList.set(list, seen);
  }
  for (let i = seen.read; i < list.length; i += 1) {
    if (titleGender(body, list[i]!.start) !== null) seen.titled.push(list[i]!);
  }
  seen.read = list.length;
  seen.last = list[list.length - 1];
  return seen.titled;
}
