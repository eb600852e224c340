import type { StoryEvent } from "@parallax/core";
import type { AlignUnit } from "../align/units.ts";
import type { EventCluster } from "./story-events.ts";

/**
 * The comparison's events, each with its statements and the rows (`groupOfUnit`) that show them, in
 * the order the rows are shown: the story's broad reading (`storyEvents` given the articles'
 * likeness: threads of articles, the leads' happenings), read once by the caller. The date and
 * figure conflicts keep the narrow reading, where one happening's statements name one participant;
 * only lead days are compared across the broad reading's happenings (conflicts/dates/event-dates.ts).
 */
export function comparisonEvents(
  units: readonly AlignUnit[],
  broad: readonly EventCluster[],
  groupOfUnit: ReadonlyMap<number, string>,
  groupOrder: ReadonlyMap<string, number>,
): StoryEvent[] {
  return broad.map((event, index) => {
    const members = event.units.map((i) => units[i] as AlignUnit);
    const groupIds = [...new Set(members.map((m) => groupOfUnit.get(m.index) as string))].sort(
      (a, b) => (groupOrder.get(a) ?? 0) - (groupOrder.get(b) ?? 0),
    );
    return {
      id: `v${index + 1}`,
      action: event.action,
      main: event.main,
      participantIds: event.participants,
      statements: members.map((m) => ({
        articleId: m.articleId,
        claimId: m.claimId,
        span: m.span,
        groupId: groupOfUnit.get(m.index) as string,
      })),
      groupIds,
      articleIds: [...new Set(members.map((m) => m.articleId))],
    };
  });
}
