// Mention layer: a sentence's first word read as a given name. "Interestingly Lund, a harbour
// pilot, built the quay" or a headline "Understated Lund wins the vote" gives no person
// "Interestingly Lund": when the article names a Lund in full by a known given name, that
// mention is the bare surname "Lund" and the capitalised word before it only opens the sentence.

import { isGivenName } from "../../person-names.ts";
import type { EntityRegistry } from "../entity-registry.ts";

/**
 * Turns each two-word person name whose first word opens its sentence (or the body) and is no
 * given name, and whose second word is the surname of another person the article names in full
 * with a known given name, into a bare surname mention, and takes the false person out of the
 * surname index: the surname reader then resolves it as any other "Lund". Only when every full
 * mention of that false person stands so.
 */
export function readOpeningWordNames(r: EntityRegistry): void {
  const { body } = r.text;
  const byEntity = new Map<number, number[]>();
  r.mentions.forEach((m, i) => {
    if (m.form !== "name" || m.entity === null) return;
    const list = byEntity.get(m.entity) ?? [];
    list.push(i);
    byEntity.set(m.entity, list);
  });
  for (const [entity, indexes] of byEntity) {
    const record = r.entities[entity]!;
    if (record.kind !== "person" || record.surname === null) continue;
    const words = record.name.split(" ");
    if (words.length !== 2 || words[1] !== record.surname) continue;
    const first = words[0]!;
    if (isGivenName(first) || first.length < 3 || first.endsWith(".")) continue;
    const others = r.namedBy(record.surname).filter((o) => o !== entity && fullyNamed(r, o));
    if (others.length === 0) continue;
    const opening = indexes.every((i) => {
      const m = r.mentions[i]!;
      if (body.slice(m.start, m.end) !== record.name) return false;
      const sentence = r.text.sentences[m.sentence];
      return m.start === 0 || sentence?.span.start === m.start || body[m.start - 1] === "\n";
    });
    if (!opening) continue;
    for (const i of indexes) {
      const m = r.mentions[i]!;
      const start = m.end - record.surname.length;
      r.taken.fill(0, m.start, start);
      m.start = start;
      m.form = "surname";
      m.entity = null;
      m.candidates = [];
    }
    r.surnames.remove(record.surname, entity);
    record.unnamed = true;
  }
}

/** A person named in full by a known given name: "Ivo Lund", not "Interestingly Lund". */
function fullyNamed(r: EntityRegistry, entity: number): boolean {
  const record = r.entities[entity]!;
  const first = record.name.split(" ")[0] ?? "";
  return (
    record.kind === "person" && !record.unnamed && record.name.includes(" ") && isGivenName(first)
  );
}
