// Entity layer: a description opening the sentence after one that opens with a person's name is
// that person ("Tomas Weller toured the docks. The Oregon senator said …"), unless the words
// around their name contradict it — the fallback of describedSpeaker (described-person.ts) when
// no one earlier-named person fits the description's words.

import { PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import { SPEAKS_FOR_SOMEONE } from "../../../../lexicons/person-nouns.ts";
import { TITLE_HEADS } from "../../../../lexicons/title-words.ts";
import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import type { Description } from "./described-person.ts";

/**
 * News style names a person, then goes on with a description of them as the next sentence's
 * subject ("Tomas Weller toured the docks on Monday. The Harbour Republican said …"): when the
 * description opens its sentence (no person named before it there) and the sentence before opens
 * with a person's name, that person — unless what the article wrote around their name
 * contradicts the description (another party, a title with another head). `wordsOf` gives the
 * words read around a person's name so far (described-person.ts), or undefined.
 */
export function previousSubject(
  r: EntityRegistry,
  description: Description,
  start: number,
  wordsOf: (entity: number) => ReadonlyMap<string, number> | undefined,
): number | null {
  // "the spokesman", "the aide": someone speaking for the person named before, not that person.
  if (description.words.some((w) => SPEAKS_FOR_SOMEONE.has(w))) return null;
  const sentence = r.text.sentenceIndexAt(start);
  const previous = r.text.sentences[sentence - 1];
  if (previous === undefined) return null;
  const { body } = r.text;
  // The description opens its own sentence ("The Harbour Republican said …"), not a quotation's
  // cue ("“…,” the senator said"): a cue after a quotation speaks on in a dialogue.
  const sentenceStart = r.text.sentences[sentence]!.span.start;
  if (/[“”"]/u.test(body.slice(sentenceStart, start))) return null;
  // "“That would be you?” Roe asked.": a cue fragment after a quotation names a listener or an
  // interviewer, not the subject the story goes on with.
  if (/[“”"]\s*$/u.test(body.slice(Math.max(0, previous.span.start - 3), previous.span.start)))
    return null;
  const opener = openingPhrase(body.slice(sentenceStart, start));
  let subject: MentionRecord | null = null;
  for (let i = r.firstFrom(previous.span.start); i < r.mentions.length; i += 1) {
    const m = r.mentions[i]!;
    if (m.start >= start) break;
    if (m.inQuote || m.possessive) continue;
    if (m.sentence === sentence) {
      if (m.entity !== null && r.entities[m.entity]!.kind === "person" && !opener) return null;
      continue;
    }
    if (subject === null) subject = m;
  }
  if (subject === null || subject.entity === null || subject.ambiguous) return null;
  if (subject.form !== "name" && subject.form !== "title-surname" && subject.form !== "surname")
    return null;
  const entity = r.entities[subject.entity]!;
  if (entity.kind !== "person" || entity.unnamed) return null;
  // Only capitalised title words may stand before the name at the sentence's start.
  if (
    !/^(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u.test(r.text.body.slice(previous.span.start, subject.start))
  )
    return null;
  const words = wordsOf(subject.entity);
  if (words !== undefined && contradicts(description, words)) return null;
  return subject.entity;
}

/**
 * "In a letter to Lee Varn, …", "In the letter - addressed to Lee Varn - …": the description
 * follows an opening prepositional phrase, so a person named in it is an object there (the
 * addressee, a host), not someone the description could be.
 */
function openingPhrase(before: string): boolean {
  const first = /^\s*(\p{L}+)/u.exec(before)?.[1]?.toLowerCase();
  if (first === undefined || !OPENING_PREPOSITIONS.has(first)) return false;
  return /(?:,|\s[-–—])\s*$/u.test(before);
}

/** The prepositions of an opening phrase; subordinators ("after Roe lost, …") open clauses instead. */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(
  [...PREPOSITIONS].filter(
    (w) =>
      ![
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "while",
        "as",
        "after",
        "before",
        "since",
        "until",
        "than",
        "like",
        "of",
      ].includes(w),
  ),
);

/** The person's words give another party, or titles whose heads are all another head. */
function contradicts(description: Description, words: ReadonlyMap<string, number>): boolean {
  for (const [party, other] of [
    ["republican", "democrat"],
    ["democrat", "republican"],
  ] as const) {
    if (description.words.includes(party) && words.has(other) && !words.has(party)) return true;
  }
  const head = description.words.find((w) => TITLE_HEADS.has(w));
  if (head === undefined || words.has(head)) return false;
  return [...words.keys()].some((w) => TITLE_HEADS.has(w));
}
