// Entity layer: the subject of a sentence that opens with a subordinate or participial clause.
import { OPENER_ADVERBS } from "../../../../lexicons/clause-starters.ts";
import { titleBefore } from "../../titles.ts";
import { isAsciiLetter, opensAClause } from "../clause-openers.ts";
import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";

/**
 * The main clause's subject of a sentence that opens with a subordinate or participial clause
 * naming someone else: "When Pell asked about the pier, Vint shrugged." is about Vint, though
 * Pell is named first. `inSentence` are the sentence's candidate mentions in text order (no
 * possessive, none in a quotation). The main clause must start right after the opening clause's
 * first comma with one of them ("the" or a title before the name allowed); else null, and the
 * first person stands.
 */
export function openingClauseSubject(
  r: EntityRegistry,
  inSentence: readonly MentionRecord[],
): MentionRecord | null {
  const first = inSentence[0];
  if (first === undefined) return null;
  const sentence = r.text.sentences[first.sentence];
  if (sentence === undefined) return null;
  const { body } = r.text;
  const start = sentence.span.start;
  let wordEnd = start;
  while (wordEnd < sentence.span.end && isAsciiLetter(body.charCodeAt(wordEnd))) wordEnd += 1;
  if (!opensAClause(body.slice(start, wordEnd)) && !adverbBeforeOpener(body, start, wordEnd))
    return null;
  const comma = body.indexOf(",", first.end);
  if (comma < 0 || comma >= sentence.span.end) return null;
  let at = comma + 1;
  while (body.charCodeAt(at) === 32) at += 1;
  const subject = inSentence.find((o) => o.start >= at);
  if (subject === undefined || subject === first || subject.ambiguous) return null;
  if (subject.start !== at) {
    if (subject.form !== "name" && subject.form !== "surname") return null;
    const title = titleBefore(body, subject.start, at);
    const lead = title ? body.slice(at, title.start) : null;
    if (lead !== "" && lead !== "the ") return null;
  }
  // A possessor opens no main clause ("…, Vint’s aide said").
  const after = body.charCodeAt(subject.end);
  if ((after === 0x2019 || after === 39) && body.charCodeAt(subject.end + 1) === 115) return null;
  return subject;
}

/** "Soon after the vote": a time adverb, then a word that opens a clause ("after" → "After"). */
function adverbBeforeOpener(body: string, start: number, wordEnd: number): boolean {
  if (!OPENER_ADVERBS.has(body.slice(start, wordEnd))) return false;
  const next = /^ ([a-z]+)\b/.exec(body.slice(wordEnd, wordEnd + 20))?.[1];
  return next !== undefined && opensAClause(next.charAt(0).toUpperCase() + next.slice(1));
}
