// Entity layer: a definite description of a person as a speaker ("the senator", "the Oregon
// Democrat", "the former governor", "the Harbour billionaire") taken up as the one person the
// article named earlier with the same words around the name ("Sen. Dora Pell (D-Ore.)", "Oregon
// Gov. Amos Vint", "former Gov. Vint", "billionaire Lena Marsh"). Several such people, or none,
// leave the phrase to the rules after it: a description is never a guess between people. A
// description opening the sentence after one that opens with a person's name is that person
// ("Tomas Weller toured the docks. The Oregon senator said …"), unless their words contradict it
// (described-previous-subject.ts).

import { PARTY_LABEL_LETTERS, PARTY_WORDS } from "../../../../lexicons/party-words.ts";
import { PERSON_NOUNS, ROLE_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { PLACES } from "../../../../lexicons/places.ts";
import { STATE_NAMES, STATE_OF_ABBREVIATION } from "../../../../lexicons/state-abbreviations.ts";
import { ABBREVIATED_TITLE_HEADS } from "../../../../lexicons/title-abbreviations.ts";
import { TITLE_HEADS, TITLE_WORDS } from "../../../../lexicons/title-words.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { placeTail } from "./described-from-place.ts";
import { previousSubject } from "./described-previous-subject.ts";

const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...PLACES.map((p) => p.toLowerCase()),
  ...STATE_NAMES,
]);

/** "the [former] [Place…] [Party] head": what a description says about its person, as keys. */
export type Description = { words: string[] };

/**
 * The words of a description that a person's surroundings must all give, or null when the phrase
 * is no such description: "the", then optionally "former", up to two capitalised place or party
 * words, and a head that is a title head, a person noun or a party word ("the Oregon Democrat").
 */
export function readDescription(phrase: string): Description | null {
  // "the senator from Oregon": the description before "from", and the place as one more key.
  const fromPlace = placeTail(phrase);
  if (fromPlace !== null) {
    const inner = readDescription(fromPlace.before);
    return inner === null ? null : { words: [...inner.words, fromPlace.place] };
  }
  const words = phrase.split(/\s+/);
  if (words.length < 2 || words.length > 5 || !/^[Tt]he$/.test(words[0]!)) return null;
  const keys: string[] = [];
  let i = 1;
  if (words[i] === "former") {
    keys.push("former");
    i += 1;
  }
  // "the former secretary of State": a title head with its "of" word is one compound head.
  const of =
    words.length - i === 3 && words[i + 1] === "of" ? ofTitle(words[i]!, words[i + 2]!) : null;
  if (of !== null) {
    keys.push(of);
    return { words: keys };
  }
  const head = words[words.length - 1]!;
  while (i < words.length - 1) {
    // "the New York Democrat": a place of two or three words is one key.
    const place = placeAt(words, i, words.length - 1);
    if (place !== null) {
      keys.push(place.key);
      i += place.length;
      continue;
    }
    const key = describingWord(words[i]!);
    if (key === null) return null;
    keys.push(key);
    i += 1;
  }
  const party = PARTY_WORDS.get(head.toLowerCase());
  if (party !== undefined && /^\p{Lu}/u.test(head)) keys.push(party);
  else if (/^\p{Ll}+$/u.test(head) && (TITLE_HEADS.has(head) || PERSON_NOUNS.has(head)))
    keys.push(head);
  else return null;
  // "the president" is most often a head of state the article never introduces as one, and a
  // company's or a bank's president is then the only "president" named: too loose to resolve.
  if (head === "president") return null;
  // "the man", "the star": a head alone that says nothing of a post or party is too loose.
  // "the candidate", "the billionaire": a role in the story takes up a person as a post does.
  if (
    keys.length === 1 &&
    !TITLE_HEADS.has(keys[0]!) &&
    !PARTY_WORDS.has(keys[0]!) &&
    !ROLE_NOUNS.has(keys[0]!)
  )
    return null;
  return { words: keys };
}

/** "secretary of State" → "secretary of state": a title head and the capitalised word after "of". */
function ofTitle(head: string, word: string): string | null {
  const lower = head.toLowerCase().replace(/\.$/u, "");
  if (!TITLE_HEADS.has(lower) || !/^\p{L}+$/u.test(word)) return null;
  return `${lower} of ${word.toLowerCase()}`;
}

/** A capitalised place of two or three words starting at `i`, ending before `end`, as one key. */
function placeAt(
  words: readonly string[],
  i: number,
  end: number,
): { key: string; length: number } | null {
  for (let length = 3; length >= 2; length -= 1) {
    if (i + length > end) continue;
    const run = words.slice(i, i + length);
    if (!run.every((w) => /^\p{Lu}/u.test(w))) continue;
    const key = run.join(" ").toLowerCase();
    if (PLACE_WORDS.has(key)) return { key, length };
  }
  return null;
}

/** A capitalised place ("Oregon", "New" of "New Mexico" is read whole by the caller) or party word. */
function describingWord(word: string): string | null {
  // "the Republican presidential candidate", "the retired neurosurgeon": a lowercase word of a
  // title phrase describes too.
  if (/^\p{Ll}+$/u.test(word)) return TITLE_WORDS.has(word) ? word : null;
  if (!/^\p{Lu}/u.test(word)) return null;
  const lower = word.toLowerCase();
  return PARTY_WORDS.get(lower) ?? (PLACE_WORDS.has(lower) ? lower : null);
}

/**
 * The person a description phrase at [start, end) takes up ("the senator", "the Oregon
 * Democrat"), recorded as a description mention of them; "ambiguous" when a title-only mention
 * there ("the ambassador") was ambiguous; null when the phrase is no such description or no one
 * person fits (the rules after this one read it then).
 */
export function describedSpeaker(
  r: EntityRegistry,
  start: number,
  end: number,
): number | "ambiguous" | null {
  const description = readDescription(r.text.body.slice(start, end));
  if (description === null) return null;
  // "the ambassador" read as a title-only mention before quotes keeps that mention's answer.
  const title = r.mentions[r.firstFrom(start)];
  const read = title !== undefined && title.start === start && title.form === "title";
  if (read && title.entity !== null) return title.entity;
  const person =
    describedPerson(r, description, start) ??
    previousSubject(r, description, start, (e) => walks.get(r)?.words.get(e));
  if (person === null) return null;
  if (read) {
    if (title.ambiguous) return "ambiguous";
    title.entity = person;
    return person;
  }
  if (!r.descriptionStarts.has(start)) {
    r.descriptionStarts.add(start);
    r.pushMention(start, end, "description", person, r.text.sentenceIndexAt(start), null);
  }
  return person;
}

/**
 * The one earlier-named person every word of `description` fits, else null. A person's words are
 * read around each of their name mentions before `before`, outside quotations: the title and
 * describing words right before the name ("Oregon Gov.", "former Sen.", "billionaire"), a party
 * label after it ("(D-Ore.)") and "of <Place>" ("Sen. Dora Pell of Oregon").
 */
export function describedPerson(
  r: EntityRegistry,
  description: Description,
  before: number,
): number | null {
  let walk = walks.get(r);
  if (walk === undefined) {
    walk = { next: 0, words: new Map() };
    walks.set(r, walk);
  }
  advance(r, walk, before);
  let found: number | null = null;
  for (const [entity, words] of walk.words) {
    if (!description.words.every((w) => (words.get(w) ?? before) < before)) continue;
    if (found !== null) return null;
    found = entity;
  }
  if (found !== null && namedEarlierInSentence(r, found, before)) return null;
  return found;
}

/**
 * "In a letter to Lee Varn, the Oregon Republican asked …": a person named earlier in the
 * description's own sentence is someone else the sentence speaks of, not the description's
 * referent (news style does not name a person and describe them again within one sentence).
 */
function namedEarlierInSentence(r: EntityRegistry, entity: number, before: number): boolean {
  const sentence = r.text.sentenceAt(before);
  if (sentence === undefined) return false;
  for (let i = r.firstFrom(sentence.span.start); i < r.mentions.length; i += 1) {
    const m = r.mentions[i]!;
    if (m.start >= before) break;
    if (m.entity === entity && !m.inQuote) return true;
  }
  return false;
}

/**
 * The describing words read so far, per person, each with the offset where it was first read: one
 * pass over the mentions for the whole article, however many descriptions ask (a word read past
 * `before` by an earlier, later-placed question is not counted for an earlier phrase).
 */
type Walk = { next: number; words: Map<number, Map<string, number>> };

const walks = new WeakMap<EntityRegistry, Walk>();

function advance(r: EntityRegistry, walk: Walk, before: number): void {
  const { body } = r.text;
  for (; walk.next < r.mentions.length; walk.next += 1) {
    const m = r.mentions[walk.next]!;
    if (m.start >= before) break;
    if (m.entity === null || m.ambiguous || m.inQuote || m.possessive) continue;
    if (m.form !== "name" && m.form !== "title-surname" && m.form !== "surname") continue;
    const entity = r.entities[m.entity]!;
    if (entity.kind !== "person" || entity.unnamed) continue;
    let words = walk.words.get(m.entity);
    if (words === undefined) {
      words = new Map();
      walk.words.set(m.entity, words);
    }
    const set = new Set<string>();
    if (words.size === 0)
      for (const title of entity.titleWords) for (const w of title) addWord(set, w);
    // "President Roe": a title-surname mention holds its title inside its span.
    for (const w of (m.title ?? "").split(/\s+/)) if (w !== "") addWord(set, w);
    wordsBefore(body, m.start, set);
    wordsAfter(body, m.end, set);
    for (const w of set) if (!words.has(w)) words.set(w, m.start);
  }
}

function addWord(set: Set<string>, word: string): void {
  const lower = word.toLowerCase().replace(/[.’']s?$/u, "");
  set.add(PARTY_WORDS.get(lower) ?? lower);
  for (const head of ABBREVIATED_TITLE_HEADS.get(lower) ?? []) set.add(head);
}

/**
 * Up to four words right before a name that can describe the person, nearest first; a place of
 * two or three words ("New York Gov.") also as one key, and a title head with its "of" word
 * ("former Secretary of State") as one compound key.
 */
function wordsBefore(body: string, start: number, set: Set<string>): void {
  const window = body.slice(Math.max(0, start - 60), start);
  const words = window.split(/\s+/).filter((w) => w !== "");
  const read: string[] = [];
  for (let i = words.length - 1, n = 0; i >= 0 && n < 4; i -= 1, n += 1) {
    const word = words[i]!;
    if (/[,;:“”"()]/.test(word)) break;
    const bare = word.replace(/\.$/u, "");
    if (bare === "of" && read.length > 0 && i > 0) {
      const compound = ofTitle(words[i - 1]!, read[0]!);
      if (compound === null) break;
      set.add(compound);
      continue;
    }
    const lower = bare.toLowerCase();
    const describes =
      /^\p{Lu}/u.test(bare) ||
      TITLE_HEADS.has(lower) ||
      TITLE_WORDS.has(lower) ||
      PERSON_NOUNS.has(lower);
    if (!describes) break;
    addWord(set, bare);
    read.unshift(bare);
  }
  for (let i = 0; i < read.length; i += 1) {
    const place = placeAt(read, i, read.length);
    if (place !== null) set.add(place.key);
  }
}

/** "(D-Ore.)", ", D-Ore.," or " of Oregon" right after a name. */
function wordsAfter(body: string, end: number, set: Set<string>): void {
  const after = body.slice(end, end + 40);
  const label = /^,?\s*\(?([RDI])-\s?([A-Z][A-Za-z.]*)/.exec(after);
  if (label !== null) {
    const party = PARTY_LABEL_LETTERS.get(label[1]!);
    if (party !== undefined) set.add(party);
    // "(R-Fla.)", "(D-NY)": the label's state, so "the Florida Republican" is read from it.
    const state = STATE_OF_ABBREVIATION.get(label[2]!);
    if (state !== undefined) set.add(state);
  }
  const of = /^ of ((?:\p{Lu}\p{L}+ ?){1,3})/u.exec(after);
  if (of !== null) {
    const place = of[1]!.trim().toLowerCase();
    if (PLACE_WORDS.has(place)) set.add(place);
  }
}
