// Entity layer: the registry's late mentions (people first named by a speech cue while quotes were
// read) indexed as the list grows, so that a he/she reads only those near it or of one name: each
// pronoun scanning the whole list made a run-on text naming many people quadratic.
import { firstIndexWhere } from "../../../sorted-search.ts";
import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";

type LateIndex = {
  /** How many of the list's mentions were indexed, and the last of them. */
  read: number;
  last: MentionRecord | undefined;
  /** The mentions in order of start (a later one after an equal start). */
  byStart: MentionRecord[];
  /** By the name of their entity when indexed, in list order: what `lastLateNamed` reads. */
  byName: Map<string, MentionRecord[]>;
};
const indexes = new WeakMap<readonly MentionRecord[], LateIndex>();

/**
 * The index of the registry's late mentions, extended with those added since the last call. A list
 * only grows while quotes are read; if it was reordered since (its last indexed mention moved), it is
 * indexed again.
 */
function lateIndex(r: EntityRegistry): LateIndex {
  const list = r.descriptions;
  let index = indexes.get(list);
  if (index === undefined || list.length < index.read || list[index.read - 1] !== index.last) {
    index = { read: 0, last: undefined, byStart: [], byName: new Map() };
    indexes.set(list, index);
  }
  for (let i = index.read; i < list.length; i += 1) {
    const o = list[i]!;
    const { byStart } = index;
    // Mentions come mostly in text order: the place is nearly always the end.
    const at =
      byStart.length === 0 || byStart[byStart.length - 1]!.start <= o.start
        ? byStart.length
        : firstIndexWhere(byStart, (p) => p.start > o.start);
    byStart.splice(at, 0, o);
    if (o.entity !== null) {
      const name = r.nameOf(o.entity);
      const named = index.byName.get(name);
      if (named) named.push(o);
      else index.byName.set(name, [o]);
    }
  }
  index.read = list.length;
  index.last = list[list.length - 1];
  return index;
}

/** The late mentions starting in [from, to), in order of start. */
export function lateMentionsBetween(
  r: EntityRegistry,
  from: number,
  to: number,
): readonly MentionRecord[] {
  const { byStart } = lateIndex(r);
  const first = firstIndexWhere(byStart, (o) => o.start >= from);
  let end = first;
  while (end < byStart.length && byStart[end]!.start < to) end += 1;
  return byStart.slice(first, end);
}

/**
 * The person of the last late mention (in list order) before offset `before` that names a person
 * called `name`, the name their entity had when the mention was indexed; undefined if none.
 */
export function lastLateNamed(r: EntityRegistry, name: string, before: number): number | undefined {
  const named = lateIndex(r).byName.get(name);
  if (named === undefined) return undefined;
  for (let i = named.length - 1; i >= 0; i -= 1) {
    const o = named[i]!;
    if (o.start >= before || o.form !== "name" || o.entity === null) continue;
    if (r.entities[o.entity]!.kind !== "person" || r.nameOf(o.entity) !== name) continue;
    return o.entity;
  }
  return undefined;
}
