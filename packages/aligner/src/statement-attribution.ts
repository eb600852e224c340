import type { Attribution, Entity, Extraction, Quote, Speaker } from "@parallax/core";
import { memberKey, type StoryEntityIndex } from "./story-entities.ts";

const UNKNOWN: Speaker = { status: "unknown", entityId: null, name: null };
const AMBIGUOUS: Speaker = { status: "ambiguous", entityId: null, name: null };

/**
 * Who said what in each statement of a story: the quotes of a claim (those it lists and those its
 * span overlaps), each with its speaker mapped from the article's entity to the story entity.
 * Returns a lookup by article id and claim id; a claim it does not know credits nobody.
 *
 * Only what the extraction decided is reported: an ambiguous or unknown speaker stays so, and a
 * statement's speaker is named only when all its quotes that name one name the same.
 */
export function statementAttributions(
  extractions: readonly Extraction[],
  storyEntities: StoryEntityIndex,
): (articleId: string, claimId: string) => Attribution {
  const storyEntityById = new Map(storyEntities.entities.map((e) => [e.id, e] as const));
  const byClaim = new Map<string, Attribution>();
  extractions.forEach((extraction, articleIndex) => {
    const entityById = new Map(extraction.entities.map((e) => [e.id, e] as const));
    const quoteById = new Map(extraction.quotes.map((q) => [q.id, q] as const));
    const speakerOf = (quote: Quote): Speaker => {
      if (quote.speakerStatus !== "resolved" || !quote.speakerId) {
        return quote.speakerStatus === "ambiguous" ? AMBIGUOUS : UNKNOWN;
      }
      const storyId = storyEntities.byMember.get(memberKey(articleIndex, quote.speakerId));
      const storyEntity = storyId ? storyEntityById.get(storyId) : undefined;
      if (storyEntity)
        return { status: "resolved", entityId: storyEntity.id, name: storyEntity.name };
      // An unnamed source ("a senior official") is no story identity; it is described as written.
      const entity: Entity | undefined = entityById.get(quote.speakerId);
      return entity ? { status: "resolved", entityId: null, name: entity.name } : UNKNOWN;
    };
    for (const claim of extraction.claims) {
      const listed = claim.quoteIds.flatMap((id) => quoteById.get(id) ?? []);
      const overlapping = extraction.quotes.filter(
        (q) =>
          !claim.quoteIds.includes(q.id) &&
          q.span.start < claim.span.end &&
          claim.span.start < q.span.end,
      );
      const quotes = [...listed, ...overlapping]
        .sort((a, b) => a.span.start - b.span.start)
        .map((quote) => ({
          direct: quote.direct,
          span: quote.span,
          text: quote.text,
          speaker: speakerOf(quote),
          via: quote.via?.text ?? null,
        }));
      byClaim.set(`${extraction.articleId}:${claim.id}`, {
        kind: quotes.length === 0 ? "none" : quotes.some((q) => q.direct) ? "direct" : "indirect",
        speaker: statementSpeaker(quotes.map((q) => q.speaker)),
        quotes,
      });
    }
  });
  return (articleId, claimId) =>
    byClaim.get(`${articleId}:${claimId}`) ?? { kind: "none", speaker: UNKNOWN, quotes: [] };
}

/** The one speaker of a statement's quotes; ambiguous when they disagree or one is ambiguous. */
function statementSpeaker(speakers: readonly Speaker[]): Speaker {
  if (speakers.some((s) => s.status === "ambiguous")) return AMBIGUOUS;
  const resolved = speakers.filter((s) => s.status === "resolved");
  const [first] = resolved;
  if (!first) return UNKNOWN;
  const same = resolved.every((s) =>
    first.entityId !== null
      ? s.entityId === first.entityId
      : s.entityId === null && s.name === first.name,
  );
  return same ? first : AMBIGUOUS;
}
