import type { StoryEvent } from "@parallax/core";
import type { AlignUnit } from "../align/units.ts";
import { type EventContext, type EventInputs, storyEvents } from "./story-events.ts";

/**
 * The comparison's events, each with its statements and the rows (`groupOfUnit`) that show them, in
 * the order the rows are shown. Read broadly when `context.articles` is given (threads of articles,
 * the leads' happenings); the date and figure conflicts keep the narrow reading instead, where one
 * happening's statements name one participant.
 */
export function comparisonEvents(
  units: readonly AlignUnit[],
  readings: EventInputs,
  context: EventContext,
  groupOfUnit: ReadonlyMap<number, string>,
  groupOrder: ReadonlyMap<string, number>,
): StoryEvent[] {
  return storyEvents(units, context, readings).map((event, index) => {
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
