import type { AlignUnit } from "../align/units.ts";
import type { EventCluster } from "./story-events.ts";

/**
 * A statement still in no event joins the events of its own verbs keyed by someone it names: keyed
 * by one participant only (the one the story names most), "the judge sent the singer to a clinic"
 * finds no other outlet's statement under judge + send, though others tell the singer's stay with
 * the same verb. Lookups by key (verb + each entity it names), never pairs: linear.
 */
export function joinNamedEvents(
  events: readonly EventCluster[],
  eventByKey: ReadonlyMap<string, EventCluster>,
  units: readonly AlignUnit[],
  triggersOf: readonly ReadonlySet<string>[],
  /** Each article's thread: events are keyed by verb, participant and thread. */
  threadOf: readonly number[],
): void {
  const held = new Set<number>();
  for (const event of events) for (const unit of event.units) held.add(unit);
  const joined = new Set<EventCluster>();
  for (const unit of units) {
    if (held.has(unit.index)) continue;
    for (const verb of triggersOf[unit.index] ?? [])
      for (const id of unit.entities) {
        const event = eventByKey.get(`${verb}|${id}|${threadOf[unit.articleIndex]}`);
        if (!event || event.units.at(-1) === unit.index) continue;
        event.units.push(unit.index);
        joined.add(event);
      }
  }
  for (const event of joined) event.units.sort((a, b) => a - b);
}
