// Entity layer: a bare surname two people of the article share is given to the one a nearby
// sentence is about. When that sentence names both of them and its subject is neither ("Ivo
// Vint, a guard for President Ivo Lund, describes the temper of Ada Lund. … Vint tells of Lund
// shouting …"), nothing decides between them: the surname stays ambiguous (an unknown speaker
// beats a wrong one). When one of them opens that sentence, it is about that one, as before.

import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";

/** How many sentences back the focus is read (as ../pronouns/pronoun-resolution.ts's focus). */
const SENTENCES_BACK = 6;

/**
 * Whether the focus `chosen` for the bare surname `m` (at `index`) came from a sentence that also
 * names another of `candidates` while its first person, its subject, is neither of them: the
 * nearest sentence (m's own, before m, then earlier ones) holding a candidate outside quotations.
 */
export function focusUndecided(
  r: EntityRegistry,
  m: MentionRecord,
  index: number,
  candidates: readonly number[],
  chosen: number,
): boolean {
  let i = index - 1;
  for (
    let sentence = m.sentence;
    sentence >= Math.max(0, m.sentence - SENTENCES_BACK);
    sentence -= 1
  ) {
    const inSentence: MentionRecord[] = [];
    while (i >= 0 && r.mentions[i]!.sentence >= sentence) {
      const o = r.mentions[i]!;
      if (o.sentence === sentence && !o.inQuote) inSentence.unshift(o);
      i -= 1;
    }
    const named = new Set<number>();
    for (const o of inSentence) {
      if (o.possessive || o.ambiguous || o.entity === null) continue;
      if (candidates.includes(o.entity)) named.add(o.entity);
    }
    if (named.size === 0) continue;
    if (named.size < 2 || !named.has(chosen)) return false;
    // The subject: the sentence's first person, so an opening description or body before it
    // ("The founder of the Lund Group, Ivo Lund, is …") does not hide it.
    const subject = inSentence.find(
      (o) => !o.possessive && o.entity !== null && r.entities[o.entity]!.kind === "person",
    );
    return subject === undefined || subject.entity !== chosen;
  }
  return false;
}
