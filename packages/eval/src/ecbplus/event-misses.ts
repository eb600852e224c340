import type { SentenceUnit } from "./statement-pairs.ts";
import { storySentences } from "./statement-pairs.ts";
import type { Story } from "./story-doc.ts";

/** A selected sentence as an event miss shows it: its document (story order), text and gold chains. */
type MissSentence = { doc: number; docId: string; text: string; gold: string[]; events: string[] };

/**
 * Where the story-event measure (`eventPairs`) goes wrong, to see why:
 * - "merged": a system event whose sentences of different documents share no gold chain (wrong
 *   pairs), with its action, participants and every sentence it holds;
 * - "split": a gold chain whose sentences of different documents share no system event (missed
 *   pairs), with every sentence mentioning it and the events holding each.
 * Written by `pnpm eval ecbplus --split train --misses FILE` only (dev texts stay unread).
 */
export type EventMiss = {
  story: string;
  kind: "merged" | "split";
  /** The system event ("merged") or gold chain ("split"). */
  id: string;
  action: string | null;
  participants: string[];
  /** Pairs of different documents the entry gets wrong (merged) or misses (split), and right. */
  wrong: number;
  right: number;
  sentences: MissSentence[];
};

/** The event misses of one story, the costliest first. */
export function eventMisses(story: Story): EventMiss[] {
  const { units } = storySentences(story);
  const docOf = new Map(story.docs.map((d, i) => [d.doc.id, i] as const));
  const show = (u: SentenceUnit): MissSentence => ({
    doc: docOf.get(u.doc) ?? -1,
    docId: u.doc,
    text: u.text,
    gold: [...u.events].sort(),
    events: [...u.storyEvents].sort(),
  });
  const names = new Map(story.comparison.entities.map((e) => [e.id as string, e.name] as const));
  const misses: EventMiss[] = [];
  for (const event of story.comparison.events ?? []) {
    const members = units.filter((u) => u.storyEvents.has(event.id));
    const { right, wrong } = countMembers(members, (a, b) =>
      [...a.events].some((e) => b.events.has(e)),
    );
    if (wrong > 0)
      misses.push({
        story: story.label,
        kind: "merged",
        id: event.id,
        action: event.action,
        participants: event.participantIds.map((id) => names.get(id) ?? id),
        wrong,
        right,
        sentences: members.map(show),
      });
  }
  const chains = new Set(units.flatMap((u) => [...u.events]));
  for (const chain of chains) {
    const members = units.filter((u) => u.events.has(chain));
    const { right, wrong } = countMembers(members, (a, b) =>
      [...a.storyEvents].some((e) => b.storyEvents.has(e)),
    );
    if (wrong > 0)
      misses.push({
        story: story.label,
        kind: "split",
        id: chain,
        action: null,
        participants: [],
        wrong,
        right,
        sentences: members.map(show),
      });
  }
  return misses.sort((a, b) => b.wrong - a.wrong);
}

/** Pairs of different documents among `members`: `together` ones right, the rest wrong. */
function countMembers(
  members: readonly SentenceUnit[],
  together: (a: SentenceUnit, b: SentenceUnit) => boolean,
): { right: number; wrong: number } {
  let right = 0;
  let wrong = 0;
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i] as SentenceUnit;
      const b = members[j] as SentenceUnit;
      if (a.doc === b.doc) continue;
      if (together(a, b)) right++;
      else wrong++;
    }
  return { right, wrong };
}
