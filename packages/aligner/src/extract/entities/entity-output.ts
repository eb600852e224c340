import type { Entity } from "@parallax/core";
import type { MentionRecord } from "./entity-records.ts";
import type { EntityRegistry } from "./entity-registry.ts";

/**
 * A registry's entities as the extraction gives them: ids "e0", "e1", … in order of first mention;
 * an ambiguous mention goes to every candidate.
 */
export function entityOutput(registry: EntityRegistry): {
  entities: Entity[];
  idOf: (index: number) => string;
} {
  const firstMention = new Map<number, number>();
  const owned = new Map<number, MentionRecord[]>();
  const all = [...registry.mentions, ...registry.descriptions].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  for (const m of all) {
    const owners = m.ambiguous ? m.candidates : m.entity === null ? [] : [m.entity];
    for (const o of owners) {
      // Ids follow the first explicit mention: "Speaking after his return, Kim …" keeps Kim's id.
      if (!m.possessive && !firstMention.has(o)) firstMention.set(o, m.start);
      const list = owned.get(o) ?? [];
      list.push(m);
      owned.set(o, list);
    }
  }
  const order = [...firstMention.keys()].sort(
    (a, b) => (firstMention.get(a) ?? 0) - (firstMention.get(b) ?? 0) || a - b,
  );
  const ids = new Map<number, string>();
  for (const [i, entity] of order.entries()) ids.set(entity, `e${i}`);
  const entities: Entity[] = order.map((index) => {
    const record = registry.entities[index]!;
    const entity: Entity = {
      id: ids.get(index)!,
      kind: record.kind,
      // "Ivo Vint" + "Jr.": the suffix is shown, never read as a word of the name.
      name: record.suffix === null ? record.name : `${record.name} ${record.suffix}`,
      titles: [...record.titles].sort((a, b) => a.span.start - b.span.start),
      mentions: (owned.get(index) ?? []).map((m) => ({
        span: registry.text.span(m.start, m.end),
        text: registry.text.body.slice(m.start, m.end),
        form: m.form,
        ambiguous: m.ambiguous,
      })),
    };
    if (record.unnamed) entity.unnamed = true;
    return entity;
  });
  return { entities, idOf: (index) => ids.get(index) ?? "" };
}
