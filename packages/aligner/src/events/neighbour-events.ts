import type { AlignUnit } from "../align/units.ts";
import type { EventCluster } from "./story-events.ts";

/** How far apart two statements of one article may be for the later to continue the earlier. */
const NEIGHBOURHOOD = 2;

/**
 * A statement still in no event joins the event of one of its verbs that holds a statement of its
 * own article at most two statements away: an article goes on telling a happening in the lines
 * after it ("Police arrested a man on Friday." … "He was arrested at his home."), and a line that
 * names nobody or only someone else has no key of its own. Verb events only, not a thread's main
 * happening; placed from the events as they stand, so one joined statement pulls in no other.
 * Linear: each statement looks at its four neighbours.
 */
export function joinNeighbourEvents(
  events: readonly EventCluster[],
  units: readonly AlignUnit[],
  triggersOf: readonly ReadonlySet<string>[],
): void {
  const eventsOf: EventCluster[][] = units.map(() => []);
  for (const event of events) {
    if (event.main) continue;
    for (const unit of event.units) eventsOf[unit]?.push(event);
  }
  const held = new Set<number>();
  for (const event of events) for (const unit of event.units) held.add(unit);
  const joins: [EventCluster, number][] = [];
  for (const unit of units) {
    if (held.has(unit.index)) continue;
    const verbs = triggersOf[unit.index];
    if (!verbs || verbs.size === 0) continue;
    const found = new Set<EventCluster>();
    const first = Math.max(0, unit.index - NEIGHBOURHOOD);
    const last = Math.min(units.length - 1, unit.index + NEIGHBOURHOOD);
    for (let other = first; other <= last; other++) {
      if ((units[other] as AlignUnit).articleIndex !== unit.articleIndex) continue;
      for (const event of eventsOf[other] ?? [])
        if (verbs.has(event.action) && !found.has(event)) {
          found.add(event);
          joins.push([event, unit.index]);
        }
    }
  }
  const joined = new Set<EventCluster>();
  for (const [event, unit] of joins) {
    event.units.push(unit);
    joined.add(event);
  }
  for (const event of joined) event.units.sort((a, b) => a - b);
}
