// Entity layer: a person first named by a speech cue ("Vint said"), named again bare as a
// sentence's subject ("And Vint, for all his work, seems to agree. “…,” he said.").
import { CLAUSE_CONNECTIVES } from "../../../../lexicons/function-words.ts";
import { isEnglishWord } from "../../english-lexicon.ts";
import { isGivenName } from "../../person-names.ts";
import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { lastLateNamed } from "./late-descriptions.ts";
import { isEarlyEcho } from "./late-surname-echoes.ts";

/**
 * The people first named by a speech cue while quotes were read whose name opens, as its
 * subject, the pronoun m's sentence or the one before it, after offset `after` — an
 * opening connective allowed ("And Vint, …", "But Vint …"), never inside a quotation nor as a
 * possessor ("Vint’s plan"). The registry, run before quotes, has no mention of them there, so a
 * he/she went back past them to a person named earlier.
 */
export function bareLateSubjects(r: EntityRegistry, m: MentionRecord, after: number): Set<number> {
  const found = new Set<number>();
  const { body } = r.text;
  for (const index of [m.sentence - 1, m.sentence]) {
    const sentence = r.text.sentences[index];
    if (sentence === undefined || sentence.span.start <= after) continue;
    const opening = /^(?:([A-Z][a-z]+)\s+)?(\p{Lu}[\p{L}’'-]*\p{L})(?![’']s\b)[\s,]/u.exec(
      body.slice(sentence.span.start, Math.min(m.start, sentence.span.end)),
    );
    if (opening === null) continue;
    const connective = opening[1];
    if (connective !== undefined && !CLAUSE_CONNECTIVES.has(connective.toLowerCase())) continue;
    const at = sentence.span.start + opening[0].indexOf(opening[2]!);
    if (r.text.quotationIndexAt(at) >= 0) continue;
    const entity = lastLateNamed(r, opening[2]!, m.start);
    if (entity !== undefined) found.add(entity);
  }
  return found;
}

/** Characters before a he/she read for bare names: a few sentences, never a run-on one. */
const SCAN_REACH = 1500;

/**
 * The people first named by a speech cue while quotes were read (anywhere in the article) whose
 * name stands bare — no registry mention there, outside quotations, never a possessor ("Vint’s
 * plan") — in the pronoun m's sentence or the `reach` sentences before it, after offset `after`:
 * "In court on Monday, Vint, in a grey suit, said little. “…,” he said." The registry, run before
 * quotes, saw no one there, so a he/she went back past them. Only a name with no other person
 * before it in its sentence counts — the place the registry reads as the subject: "Pell praised
 * Vint" leaves Pell the antecedent.
 */
export function bareLateNames(
  r: EntityRegistry,
  m: MentionRecord,
  after: number,
  reach: number,
): Set<number> {
  const { body } = r.text;
  const late = lateNameWords(r);
  const found = new Set<number>();
  if (late.size === 0) return found;
  const from = Math.max(0, m.sentence - reach);
  const word = /\p{Lu}[\p{L}’'-]*\p{L}/gu;
  for (let s = from; s <= m.sentence; s += 1) {
    const sentence = r.text.sentences[s];
    if (sentence === undefined) continue;
    // A run-on "sentence" is read no further back than SCAN_REACH characters (linear time).
    if (m.start - sentence.span.start > SCAN_REACH) continue;
    const start = Math.max(sentence.span.start, after + 1);
    const end = Math.min(sentence.span.end, m.start);
    if (start >= end) continue;
    let personBefore = personNamedBetween(r, sentence.span.start, start);
    word.lastIndex = start;
    for (let hit = word.exec(body); hit !== null && hit.index < end; hit = word.exec(body)) {
      const at = hit.index;
      const stop = at + hit[0].length;
      const covered = coveringMention(r, at, stop);
      if (covered !== null) {
        if (covered) personBefore = true;
        continue;
      }
      const entity = late.get(hit[0]);
      if (entity === undefined || entity === null) continue;
      if (r.text.quotationIndexAt(at) >= 0) continue;
      if (/^[’']s\b/.test(body.slice(stop, stop + 3))) continue;
      if (!personBefore) found.add(entity);
      personBefore = true;
    }
  }
  return found;
}

/** Whether a registry mention (outside quotations, not a possessive) names a person in [from, to). */
function personNamedBetween(r: EntityRegistry, from: number, to: number): boolean {
  for (let i = r.firstFrom(from); i < r.mentions.length; i += 1) {
    const o = r.mentions[i]!;
    if (o.start >= to) break;
    if (!o.possessive && !o.inQuote && !isEarlyEcho(r, o) && isPerson(r, o)) return true;
  }
  return false;
}

/**
 * Null when no registry mention overlaps [from, to); else whether that mention names a person
 * outside quotations (a he/she or name the registry read there).
 */
function coveringMention(r: EntityRegistry, from: number, to: number): boolean | null {
  for (let i = r.firstFrom(Math.max(0, from - 80)); i < r.mentions.length; i += 1) {
    const o = r.mentions[i]!;
    if (o.start >= to) break;
    if (o.end <= from || isEarlyEcho(r, o)) continue;
    return !o.possessive && !o.inQuote && isPerson(r, o);
  }
  return null;
}

function isPerson(r: EntityRegistry, o: MentionRecord): boolean {
  if (o.form === "pronoun" || o.ambiguous) return true;
  return o.entity !== null && r.entities[o.entity]!.kind === "person";
}

/** Late names read per registry, extended with the descriptions quotes added since. */
const lateWords = new WeakMap<
  EntityRegistry,
  { count: number; words: Map<string, number | null> }
>();

/**
 * The words that name a person first named by a speech cue: a lone name, or the surname of a fuller
 * one; null when two such people share the word. Read as the list grows: remade whole whenever a
 * description was added, it made a run-on text naming many people quadratic.
 */
function lateNameWords(r: EntityRegistry): Map<string, number | null> {
  let kept = lateWords.get(r);
  if (kept === undefined || kept.count > r.descriptions.length) {
    kept = { count: 0, words: new Map() };
    lateWords.set(r, kept);
  }
  const late = kept.words;
  const add = (word: string, entity: number) => {
    const had = late.get(word);
    late.set(word, had === undefined || had === entity ? entity : null);
  };
  for (let i = kept.count; i < r.descriptions.length; i += 1) {
    const o = r.descriptions[i]!;
    if (o.form !== "name" || o.entity === null || r.entities[o.entity]!.kind !== "person") continue;
    const name = r.nameOf(o.entity);
    const surname = r.entities[o.entity]!.surname;
    // A lone capitalised word a cue made a person may be a place or a thing ("Nice", "Carrier"):
    // read bare only when no English word, or the surname of a name opening with a given name
    // ("Treasury Department" is no one's).
    const space = name.indexOf(" ");
    if (space < 0) {
      const word = name.toLowerCase();
      // …nor a plural of one ("Latinos").
      if (!isEnglishWord(word) && !(word.endsWith("s") && isEnglishWord(word.slice(0, -1)))) {
        add(name, o.entity);
      }
    } else if (surname !== null && surname !== name) {
      if (isGivenName(name.slice(0, space)) || !isEnglishWord(surname.toLowerCase())) {
        add(surname, o.entity);
      }
    }
  }
  kept.count = r.descriptions.length;
  return late;
}
