import type { StoryEvent } from "@parallax/core/schemas";
import type { StoryData } from "./story-data.ts";

/** One outlet's telling of a happening: its statements, in body order. */
export interface HappeningTelling {
  articleId: string;
  statements: { claimId: string; groupId: string; text: string }[];
}

/** A story event as the Happenings view shows it. */
export interface Happening {
  id: string;
  /** "Arrest", from the verb lemma the statements use or nominalise. */
  label: string;
  main: boolean;
  /** Names of who took part, the event's key participant first. */
  participants: string[];
  tellings: HappeningTelling[];
  /** Articles of the story that do not tell it, oldest first: the omissions a reader asks about. */
  missingArticleIds: string[];
}

function capitalised(word: string): string {
  return word ? `${word[0]?.toUpperCase()}${word.slice(1)}` : word;
}

function happeningOf(data: StoryData, event: StoryEvent, texts: Map<string, string>): Happening {
  const names = new Map(data.comparison.entities.map((e) => [e.id, e.name]));
  const tellings = data.columns
    .map((column) => ({
      articleId: column.id,
      statements: event.statements
        .filter((s) => s.articleId === column.id)
        .map((s) => ({
          claimId: s.claimId,
          groupId: s.groupId,
          text: texts.get(`${s.articleId}\u0000${s.claimId}`) ?? "",
        }))
        .filter((s) => s.text !== ""),
    }))
    .filter((t) => t.statements.length > 0);
  const telling = new Set(tellings.map((t) => t.articleId));
  return {
    id: event.id,
    label: capitalised(event.action),
    main: event.main,
    participants: event.participantIds.flatMap((id) => names.get(id) ?? []),
    tellings,
    missingArticleIds: data.columns.map((c) => c.id).filter((id) => !telling.has(id)),
  };
}

/**
 * The story's happenings, most widely told first (then main happenings, then story order), each
 * with every outlet's statements and the outlets that leave it out.
 */
export function storyHappenings(data: StoryData): Happening[] {
  const texts = new Map<string, string>();
  for (const group of data.comparison.groups)
    for (const s of group.statements) texts.set(`${s.articleId}\u0000${s.claimId}`, s.text);
  return data.comparison.events
    .map((event, order) => ({ happening: happeningOf(data, event, texts), order }))
    .filter(({ happening }) => happening.tellings.length > 1)
    .sort(
      (a, b) =>
        b.happening.tellings.length - a.happening.tellings.length ||
        Number(b.happening.main) - Number(a.happening.main) ||
        a.order - b.order,
    )
    .map(({ happening }) => happening);
}
