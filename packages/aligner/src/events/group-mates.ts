import type { EventCluster } from "./story-events.ts";

/**
 * A statement no event holds joins the one event its claim-group mates are in: aligned as the same
 * fact as statements of other outlets, it tells their happening even when it names it otherwise
 * ("She is now being treated there." beside "She entered the clinic on Friday.") or names nobody
 * an event could be keyed by. Only when the mates are in one event: a group spread over two events
 * says nothing about which one the statement tells.
 *
 * Linear: one pass over the events' statements, one over the groups.
 */
export function joinGroupMates(
  events: readonly EventCluster[],
  unitCount: number,
  groupOf: (unitIndex: number) => string | undefined,
): void {
  const eventsOf: (number | null | undefined)[] = new Array(unitCount);
  events.forEach((event, e) => {
    for (const unit of event.units) eventsOf[unit] = eventsOf[unit] === undefined ? e : null;
  });
  // Group → its one event (null once a second appears) and its statements in no event.
  const groups = new Map<string, { event: number | null | undefined; loose: number[] }>();
  for (let unit = 0; unit < unitCount; unit++) {
    const group = groupOf(unit);
    if (group === undefined) continue;
    const entry = groups.get(group) ?? { event: undefined, loose: [] };
    groups.set(group, entry);
    const own = eventsOf[unit];
    if (own === undefined) entry.loose.push(unit);
    else if (own === null || (entry.event !== undefined && entry.event !== own)) entry.event = null;
    else entry.event = own;
  }
  const joined = new Set<EventCluster>();
  for (const { event, loose } of groups.values()) {
    if (event === undefined || event === null || loose.length === 0) continue;
    const cluster = events[event] as EventCluster;
    cluster.units.push(...loose);
    joined.add(cluster);
  }
  for (const cluster of joined) cluster.units.sort((a, b) => a - b);
}
