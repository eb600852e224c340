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
import type { EntityRegistry } from "./entities/entity-registry.ts";
import { firstWords, sticky, type WordQuery, wordQuery } from "./word-index.ts";

/** Words of a claim kind, matched in any case outside quotation marks, each tried only where its first word starts. */
type KindCue = { readonly words: WordQuery; readonly pattern: RegExp };

function kindCue(alternatives: readonly string[]): KindCue {
  return {
    words: wordQuery(firstWords(alternatives), true),
    pattern: sticky(new RegExp(`(?:${alternatives.join("|")})\\b`, "i")),
  };
}

const PREDICTION = kindCue([
  "will",
  "would",
  "is expected to",
  "are expected to",
  "expected to",
  "is set to",
  "are set to",
  "set to",
  "aim to",
  "aims to",
  "likely",
  "unlikely",
  "may",
  "might",
  "could",
  "scheduled (?:for|to)",
  "plan to",
  "plans to",
  "poised to",
  "projected to",
  "forecast",
]);
const OBLIGATION = kindCue(["should", "ought to", "must", "need to", "needs to"]);
const EVALUATIVE = kindCue(
  "sound unwise wise excessive hasty prudent reckless misguided regrettable welcome commendable costly deplorable reasonable unreasonable right wrong".split(
    " ",
  ),
);
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
  const cues: KindCues = {
    prediction: new CueCursor(text, PREDICTION),
    obligation: new CueCursor(text, OBLIGATION),
    evaluative: new CueCursor(text, EVALUATIVE),
  };
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
      const kind = claimKind(article, start, end, claimQuotes, attribution !== undefined, cues);
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

type KindCues = { prediction: CueCursor; obligation: CueCursor; evaluative: CueCursor };

function claimKind(
  article: Article,
  start: number,
  end: number,
  quotes: readonly Quote[],
  attributed: boolean,
  cues: KindCues,
): ClaimKind {
  if (attributed) return "attribution";
  if (quotes.some((q) => q.speakerStatus !== "unknown")) return "reported-speech";
  const editorial = article.kind === "editorial" || article.kind === "opinion";
  if (cues.obligation.foundIn(start, end) || (editorial && cues.evaluative.foundIn(start, end)))
    return "opinion";
  if (cues.prediction.foundIn(start, end)) return "prediction";
  return "fact";
}

/**
 * Finds a kind's words in the author's own text of a clause (outside quotation marks). Clauses
 * are asked in text order, so one cursor walks the word starts once per article.
 */
class CueCursor {
  private readonly starts: readonly number[];
  private next = 0;
  constructor(
    private readonly text: ArticleText,
    private readonly cue: KindCue,
  ) {
    this.starts = text.words.starts(cue.words);
  }
  foundIn(start: number, end: number): boolean {
    const { starts, text, cue } = this;
    while (this.next < starts.length && starts[this.next]! < start) this.next += 1;
    for (let i = this.next; i < starts.length && starts[i]! < end; i += 1) {
      const at = starts[i]!;
      cue.pattern.lastIndex = at;
      const m = cue.pattern.exec(text.body);
      if (m !== null && at + m[0].length <= end && text.quotationIndexAt(at) < 0) return true;
    }
    return false;
  }
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
