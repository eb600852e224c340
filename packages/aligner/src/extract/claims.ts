import type {
  Article,
  Claim,
  ClaimKind,
  DateReference,
  Figure,
  Quote,
  Source,
} from "@parallax/core";
import type { ArticleText } from "./article-text.ts";
import type { EntityRegistry } from "./entities.ts";

const PREDICTION =
  /\b(?:will|would|is expected to|are expected to|expected to|is set to|are set to|set to|aims? to|likely|unlikely|may|might|could|scheduled (?:for|to)|plans? to|poised to|projected to|forecast)\b/i;
const OBLIGATION = /\b(?:should|ought to|must|need to|needs to)\b/i;
const EVALUATIVE =
  /\b(?:sound|unwise|wise|excessive|hasty|prudent|reckless|misguided|regrettable|welcome|commendable|costly|deplorable|reasonable|unreasonable|right|wrong)\b/i;
const NEW_SUBJECT =
  /^(?:he|she|they|we|it|the two|both)\b|^(?:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*) (?:did|was|were|is|are|has|had|said|boarded|visited|held|met|returned)\b/;

/**
 * One claim per sentence, or per clause where a sentence says two things ("Deputy Minister Kim
 * boarded ..., and Minister Kim did so ..."), each with its kind and the entities, quotes, figures
 * and dates inside it. Kind order: attribution to another outlet > reported speech > opinion
 * (editorial judgement, "should") > prediction > fact.
 */
export function readClaims(
  text: ArticleText,
  registry: EntityRegistry,
  idOf: (entity: number) => string,
  quotes: readonly Quote[],
  figures: readonly Figure[],
  dates: readonly DateReference[],
  sources: readonly Source[],
): Claim[] {
  const { body, article } = text;
  const claims: Claim[] = [];
  let qi = 0;
  let fi = 0;
  let di = 0;
  for (const sentence of text.sentences) {
    for (const [start, end] of clauses(text, sentence.span.start, sentence.span.end)) {
      while (qi < quotes.length && quotes[qi]!.span.end <= start) qi += 1;
      while (fi < figures.length && figures[fi]!.span.start < start) fi += 1;
      while (di < dates.length && dates[di]!.span.start < start) di += 1;
      const claimQuotes: Quote[] = [];
      for (let i = qi; i < quotes.length && quotes[i]!.span.start < end; i += 1) {
        if (quotes[i]!.span.end > start) claimQuotes.push(quotes[i]!);
      }
      const figureIds: string[] = [];
      for (let i = fi; i < figures.length && figures[i]!.span.start < end; i += 1) {
        figureIds.push(figures[i]!.id);
      }
      const dateIds: string[] = [];
      for (let i = di; i < dates.length && dates[i]!.span.start < end; i += 1) {
        dateIds.push(dates[i]!.id);
      }
      const entityIds = registry
        .entitiesIn(start, end)
        .map(idOf)
        .filter((id) => id !== "");
      for (const q of claimQuotes) {
        if (q.speakerId && !entityIds.includes(q.speakerId)) entityIds.push(q.speakerId);
      }
      const attribution = sources.find(
        (s) =>
          (s.via === "reported-by" || s.via === "according-to") &&
          s.span !== null &&
          s.span.start >= start &&
          s.span.end <= end,
      );
      const kind = claimKind(
        article,
        body,
        start,
        end,
        claimQuotes,
        attribution !== undefined,
        text,
      );
      claims.push({
        id: `c${claims.length}`,
        sentenceId: sentence.id,
        span: text.span(start, end),
        text: body.slice(start, end),
        kind,
        entityIds,
        quoteIds: claimQuotes.map((q) => q.id),
        figureIds,
        dateIds,
        attributedTo: attribution ? attribution.name : null,
      });
    }
  }
  return claims;
}

function claimKind(
  article: Article,
  body: string,
  start: number,
  end: number,
  quotes: readonly Quote[],
  attributed: boolean,
  text: ArticleText,
): ClaimKind {
  if (attributed) return "attribution";
  if (quotes.some((q) => q.speakerStatus !== "unknown")) return "reported-speech";
  const own = unquoted(text, body, start, end);
  const editorial = article.kind === "editorial" || article.kind === "opinion";
  if (OBLIGATION.test(own) || (editorial && EVALUATIVE.test(own))) return "opinion";
  if (PREDICTION.test(own)) return "prediction";
  return "fact";
}

function unquoted(text: ArticleText, body: string, start: number, end: number): string {
  let out = "";
  let at = start;
  for (let i = text.firstQuotationFrom(start); i < text.quotations.length; i += 1) {
    const q = text.quotations[i]!;
    if (q.open >= end) break;
    out += body.slice(at, Math.max(at, q.open));
    at = Math.max(at, Math.min(end, q.close + 1));
  }
  return out + body.slice(at, end);
}

/** Clause cuts: "; " always, ", and" / ", but" when a new subject follows, outside quotations. */
function clauses(text: ArticleText, start: number, end: number): [number, number][] {
  const { body } = text;
  const slice = body.slice(start, end);
  const cuts: [number, number][] = [];
  for (const m of slice.matchAll(/;\s+|,\s+(?:and|but)\s+/g)) {
    const at = start + m.index;
    if (text.quotationIndexAt(at) >= 0) continue;
    const rest = slice.slice(m.index + m[0].length);
    if (!m[0].startsWith(";") && !NEW_SUBJECT.test(rest)) continue;
    const previous = cuts.length > 0 ? cuts[cuts.length - 1]![1] : start;
    if (wordCount(body.slice(previous, at)) < 5 || wordCount(rest) < 5) continue;
    // The left clause ends before the comma; the right one starts at its subject, after "and".
    cuts.push([at, at + m[0].length]);
  }
  const out: [number, number][] = [];
  let from = start;
  for (const [leftEnd, rightStart] of cuts) {
    out.push([from, leftEnd]);
    from = rightStart;
  }
  out.push([from, end]);
  return out;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => w.length > 0).length;
}
