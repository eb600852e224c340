// Entity layer: a sentence whose subject is a he/she the registry could not resolve is about
// someone unseen, so a later he/she read back to it is not the person named after that subject.
import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";

/**
 * Whether the sentence read for he/she `m` opens, before every person it could take, with an
 * unresolved he/she of the same form ("He lashed out at critics, including Vint. … he said."):
 * that pronoun is the sentence's subject, someone the registry could not see, and the later
 * he/she most likely goes on with it — the person after it is an object, so it stays unknown.
 */
export function blindSubjectBefore(
  r: EntityRegistry,
  m: MentionRecord,
  inSentence: readonly MentionRecord[],
): boolean {
  const first = inSentence[0];
  if (first === undefined) return false;
  const { body } = r.text;
  const word = body.slice(m.start, m.end).toLowerCase();
  if (word !== "he" && word !== "she") return false;
  const start = r.text.sentences[first.sentence]?.span.start ?? first.start;
  for (let i = r.firstFrom(start); i < r.mentions.length; i += 1) {
    const o = r.mentions[i]!;
    if (o.start >= first.start) return false;
    if (o.form !== "pronoun" || o.entity !== null || o.ambiguous || o.inQuote || o.possessive) {
      continue;
    }
    if (body.slice(o.start, o.end).toLowerCase() === word) return true;
  }
  return false;
}
