// Entity layer: the body that works for a named person ("the Vint campaign", "Lund's office",
// "the Vint administration") as a speaker of its own — an organisation, never the person.
import { PERSON_BODY_NOUNS } from "../../../../lexicons/organization-words.ts";
import {
  PERSON_NOUNS,
  SPEAKS_FOR_SOMEONE,
  UNNAMED_SOURCE_NOUNS,
} from "../../../../lexicons/person-nouns.ts";
import { TITLE_HEADS } from "../../../../lexicons/title-words.ts";
import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";

/** After a name: a possessive, then a body noun ("’s campaign", "' office", " administration"). */
const BODY_AFTER_NAME = /^(?:[’']s?)?\s+([a-z]+)\b/;

/**
 * What a person's name followed by a body noun speaks for, read from the mention `m` of a person
 * and the phrase's end: "organization" with the body's entity when the noun ends the phrase ("the
 * Vint campaign said" → the organisation "Vint campaign", one per article and noun); "description"
 * when more words follow ("a Vint campaign official", "Lund's office staff": someone unnamed who
 * works there, never Vint); null when no body noun follows the name.
 */
export function personBody(
  r: EntityRegistry,
  m: MentionRecord,
  phraseStart: number,
  phraseEnd: number,
): { kind: "organization"; entity: number } | { kind: "description" } | null {
  if (m.entity === null && !m.ambiguous) return null;
  if (m.entity !== null && r.kindOf(m.entity) !== "person") return null;
  if (m.form === "pronoun") return null;
  const { body } = r.text;
  // The name heads the phrase: only an article and capitalised words (a title) before it.
  if (
    !/^(?:(?:[Tt]he|[Aa]n?|[Oo]ne)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.test(
      body.slice(phraseStart, m.start).trimStart(),
    )
  )
    return null;
  const after = BODY_AFTER_NAME.exec(body.slice(m.end, Math.min(phraseEnd + 40, body.length)));
  if (after === null || !PERSON_BODY_NOUNS.has(after[1]!)) return null;
  const nounEnd = m.end + after[0].length;
  if (nounEnd > phraseEnd) return null;
  // "a Vint campaign official": someone unnamed; "the Vint campaign sent an email Wednesday"
  // (the subject read on into the predicate): the campaign.
  if (body.slice(nounEnd, phraseEnd).trim() !== "" && worksThere(body, nounEnd)) {
    return { kind: "description" };
  }
  const name = body.slice(m.start, m.end).replace(/[’']s?$/u, "");
  const entity = r.entityFor("organization", `${name} ${after[1]}`, null);
  // "the Vint campaign": the mention covers the phrase, its article included.
  const lead = /^\s*[Tt]he\s+$/.exec(body.slice(phraseStart, m.start));
  const start = lead === null ? m.start : phraseStart + lead[0].length - lead[0].trimStart().length;
  if (!r.descriptionStarts.has(start)) {
    r.descriptionStarts.add(start);
    r.pushMention(start, nounEnd, "description", entity, r.text.sentenceIndexAt(start), null);
  }
  return { kind: "organization", entity };
}

/**
 * For a sentence's subject read word by word (clause-subject.ts): the body a person's name at
 * `start` opens ("The Vint campaign responded, saying …" → the campaign), null when a person noun
 * follows the body noun ("a Vint campaign aide responded": nobody named), undefined when no name
 * mention starts there or no body noun follows it.
 */
export function personBodyAt(
  r: EntityRegistry,
  phraseStart: number,
  start: number,
): number | null | undefined {
  const m = r.mentions[r.firstFrom(start)];
  if (m === undefined || m.start !== start) return undefined;
  const { body } = r.text;
  const after = BODY_AFTER_NAME.exec(body.slice(m.end, m.end + 40));
  if (after === null || !PERSON_BODY_NOUNS.has(after[1]!)) return undefined;
  const nounEnd = m.end + after[0].length;
  if (worksThere(body, nounEnd)) return null;
  const served = personBody(r, m, phraseStart, nounEnd);
  return served?.kind === "organization" ? served.entity : undefined;
}

/** Whether a person noun follows the body noun ending at `nounEnd`: "campaign aide", "office strategists". */
function worksThere(body: string, nounEnd: number): boolean {
  const word = /^\s+([a-z]+)/.exec(body.slice(nounEnd, nounEnd + 30))?.[1];
  if (word === undefined) return false;
  // "campaign strategists": a plural is read by its singular.
  return [word, word.replace(/s$/, "")].some(
    (next) =>
      PERSON_NOUNS.has(next) ||
      SPEAKS_FOR_SOMEONE.has(next) ||
      UNNAMED_SOURCE_NOUNS.has(next) ||
      TITLE_HEADS.has(next),
  );
}
