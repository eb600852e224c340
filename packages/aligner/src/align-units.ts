import type { Article, ArticleId, DateReference, Extraction, Figure, Span } from "@parallax/core";
import { contentLemmas } from "./align-lemmas.ts";
import { memberKey, type StoryEntityIndex } from "./story-entities.ts";

/** One statement an outlet makes, with everything alignment needs to compare it with others. */
export type AlignUnit = {
  /** Position in the story's unit list. */
  index: number;
  articleIndex: number;
  articleId: ArticleId;
  claimId: string;
  /** Order of the statement inside its article, for adjacency (one-to-many matches). */
  position: number;
  span: Span;
  text: string;
  lemmas: readonly string[];
  /** Story entity ids mentioned, speakers included. */
  entities: ReadonlySet<string>;
  /** Story entity ids of whoever is quoted or reported as speaking in the statement. */
  speakers: ReadonlySet<string>;
  figures: readonly Figure[];
  /** Resolved day dates the statement mentions (ISO). */
  dates: readonly DateReference[];
  /** Lemmas of the quoted words only. */
  quoteLemmas: readonly string[];
  /**
   * The day the reported words were spoken: the statement's own date when it carries a speech cue,
   * else the one of the speech it continues (a quote that runs on after "Kim said Friday").
   */
  saidOn: string | null;
  reported: boolean;
};

const SPEECH_CUE =
  /\b(?:said|says|say|told|tells|added|adding|noted|explained|emphasi[sz]ed|stressed|replied|warned|hinted|argued|insisted|described|announced|according to|“|")/i;
const PRONOUN_START = /^\s*(?:[“"]?\s*)?(?:He|She|They|The minister|The director)\b/;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Turns each article's claims into alignment units, with story-level entity ids. */
export function buildUnits(
  articles: readonly Article[],
  extractions: readonly Extraction[],
  entities: StoryEntityIndex,
): AlignUnit[] {
  const units: AlignUnit[] = [];
  extractions.forEach((extraction, articleIndex) => {
    const article = articles[articleIndex] as Article;
    const byId = <T extends { id: string }>(items: readonly T[]) =>
      new Map(items.map((item) => [item.id, item] as const));
    const figures = byId(extraction.figures);
    const dates = byId(extraction.dates);
    const quotes = byId(extraction.quotes);
    const entityOf = (entityId: string) => entities.byMember.get(memberKey(articleIndex, entityId));
    // Names, figures and dates are compared as resolved evidence; counting their words again as
    // lexical overlap would let any two sentences naming Kim Yong-beom look alike.
    const masks: Span[] = [
      ...extraction.entities.flatMap((e) =>
        e.mentions.filter((m) => m.form !== "pronoun").map((m) => m.span),
      ),
      ...extraction.figures.map((f) => f.span),
      ...extraction.dates.map((d) => d.span),
    ];
    let runningSaidOn: string | null = null;
    let previousSpeakers: ReadonlySet<string> = new Set();
    const claims = [...extraction.claims].sort(
      (a, b) => a.span.start - b.span.start || a.span.end - b.span.end,
    );
    claims.forEach((claim, position) => {
      const entityIds = new Set<string>();
      for (const id of claim.entityIds) {
        const storyId = entityOf(id);
        if (storyId) entityIds.add(storyId);
      }
      for (const entity of extraction.entities) {
        if (entity.mentions.some((m) => !m.ambiguous && inside(m.span, claim.span))) {
          const storyId = entityOf(entity.id);
          if (storyId) entityIds.add(storyId);
        }
      }
      const claimQuotes = [
        ...claim.quoteIds.flatMap((id) => quotes.get(id) ?? []),
        ...extraction.quotes.filter(
          (q) => !claim.quoteIds.includes(q.id) && overlaps(q.span, claim.span),
        ),
      ];
      const speakers = new Set<string>();
      for (const quote of claimQuotes) {
        const storyId = quote.speakerId ? entityOf(quote.speakerId) : undefined;
        if (storyId) speakers.add(storyId);
      }
      const claimFigures = uniqueById([
        ...claim.figureIds.flatMap((id) => figures.get(id) ?? []),
        ...extraction.figures.filter((f) => inside(f.span, claim.span)),
      ]);
      const claimDates = uniqueById([
        ...claim.dateIds.flatMap((id) => dates.get(id) ?? []),
        ...extraction.dates.filter((d) => inside(d.span, claim.span)),
      ]).filter((d) => d.value !== null);
      const text = article.body.slice(claim.span.start, claim.span.end) || claim.text;
      const lemmas = contentLemmas(maskEvidence(text, claim.span, masks));
      // A line without a content word ("—", "[YONHAP]" alone) states nothing to align.
      if (lemmas.length === 0) return;
      const reported = claimQuotes.length > 0 || SPEECH_CUE.test(text);
      // A pronoun-led statement continues the previous speaker's remarks ("He added that ...").
      if (speakers.size === 0 && reported && PRONOUN_START.test(text)) {
        for (const id of previousSpeakers) speakers.add(id);
      }
      for (const id of speakers) entityIds.add(id);
      const ownDay = claimDates.find((d) => d.precision === "day" || d.precision === "minute");
      let saidOn: string | null = null;
      if (reported) {
        if (ownDay?.value && SPEECH_CUE.test(text)) runningSaidOn = ownDay.value;
        saidOn = runningSaidOn;
        if (speakers.size > 0) previousSpeakers = speakers;
      }
      units.push({
        index: units.length,
        articleIndex,
        articleId: extraction.articleId,
        claimId: claim.id,
        position,
        span: claim.span,
        text,
        lemmas,
        entities: entityIds,
        speakers,
        figures: claimFigures,
        dates: claimDates,
        quoteLemmas: claimQuotes.flatMap((q) => contentLemmas(q.text)),
        saidOn,
        reported,
      });
    });
  });
  return units;
}

/** The text with every masked span inside the claim blanked out (offsets kept). */
function maskEvidence(text: string, claim: Span, masks: readonly Span[]): string {
  let masked = text;
  for (const span of masks) {
    if (span.end <= claim.start || span.start >= claim.end) continue;
    const from = Math.max(0, span.start - claim.start);
    const to = Math.min(text.length, span.end - claim.start);
    masked = masked.slice(0, from) + " ".repeat(to - from) + masked.slice(to);
  }
  return masked;
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item] as const)).values()];
}
