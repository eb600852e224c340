// Entity layer: a person first named by a speech cue ("Vint said"), named again bare as a
// sentence's subject ("And Vint, for all his work, seems to agree. “…,” he said.").
import { CLAUSE_CONNECTIVES } from "../../../lexicons/function-words.ts";
import type { MentionRecord } from "./entity-records.ts";
import type { EntityRegistry } from "./entity-registry.ts";

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
  const late = new Map<string, number>();
  for (const o of r.descriptions) {
    if (o.start >= m.start || o.form !== "name" || o.entity === null) continue;
    if (r.entities[o.entity]!.kind !== "person") continue;
    late.set(r.nameOf(o.entity), o.entity);
  }
  if (late.size === 0) return found;
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
    const entity = late.get(opening[2]!);
    if (entity !== undefined) found.add(entity);
  }
  return found;
}
