// Attribution layer: the registry's mentions (names and descriptions) sorted once by start, so a
// pass over every quote finds the mentions inside each cue by binary search, not by reading every
// mention of the article again for each quote (quadratic on a long article).

import { firstIndexWhere } from "../../../sorted-search.ts";
import type { MentionRecord } from "../../entities/entity-records.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";

/** Every mention and description of the registry, ordered by start. */
export function mentionsByStart(registry: EntityRegistry): MentionRecord[] {
  const { mentions, descriptions } = registry.mentionLists();
  return [...mentions, ...descriptions].sort((a, b) => a.start - b.start);
}

/** The mentions of `entity` lying wholly inside `start`–`end`, from a list by start. */
export function entityMentionsWithin(
  sorted: readonly MentionRecord[],
  entity: number,
  start: number,
  end: number,
): MentionRecord[] {
  const found: MentionRecord[] = [];
  for (
    let i = firstIndexWhere(sorted, (m) => m.start >= start);
    i < sorted.length && sorted[i]!.start < end;
    i += 1
  ) {
    const m = sorted[i]!;
    if (m.entity === entity && m.end <= end) found.push(m);
  }
  return found;
}
