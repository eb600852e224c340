import type { Article, Quote } from "@parallax/core";
import { resolvedQuoteOf } from "./attribution-cases.ts";
import { namesPerson, type PerturbCase, words } from "./perturb-case.ts";
import { covers, type Placed, setSideBySide } from "./side-by-side.ts";
import type { StageInput } from "./stage-input.ts";

/**
 * The stage of the comparison that lost a speaker case (a quote moved to another person of the
 * story), read from what the extractions and the comparison show, in pipeline order:
 * - `quote not found`: no direct quote of the edited article has its attribution words at the
 *   edit, nor is one in the edited paragraph;
 * - `edited speaker unknown`: one is, but none of those quotes is credited to the new person;
 * - `witness speaker unknown`: no witness article quotes the same words (80% of the shorter
 *   quote's, as the case was chosen) credited to a resolved speaker;
 * - `not aligned`: no claim group or story event holds both the edited quote and such a witness
 *   quote, so no speaker check ever set them side by side;
 * - `aligned, no conflict`: one does, yet no speaker conflict names both (a guard refused it);
 * - `row incomplete`: the conflict was found but names not every witness article.
 */
export const SPEAKER_STAGES = [
  "quote not found",
  "edited speaker unknown",
  "witness speaker unknown",
  "not aligned",
  "aligned, no conflict",
  "row incomplete",
] as const;

export type SpeakerStage = (typeof SPEAKER_STAGES)[number];

export function speakerStage({
  c,
  found,
  articles,
  extractions,
  comparison,
  seen,
}: StageInput): SpeakerStage | null {
  if (c.kind !== "speaker") return null;
  if (found) return "row incomplete";
  const edited = extractions[c.articleIndex];
  const quotes = editedQuotes(c, articles[c.articleIndex] as Article, edited?.quotes ?? []);
  if (!edited || quotes.length === 0) return "quote not found";
  const credited = quotes.filter((q) => {
    const speaker = edited.entities.find((e) => e.id === q.speakerId);
    return q.speakerStatus === "resolved" && speaker && namesPerson(speaker.name, c.after);
  });
  if (credited.length === 0) return "edited speaker unknown";
  // One cue may speak for several quotes ("“…,” Marsh said. “…”"): each is matched on its own.
  const pairs = credited.flatMap((quote) =>
    c.witnesses.flatMap((j) =>
      (extractions[j]?.quotes ?? [])
        .filter((q) => resolvedQuoteOf(q, words(quote.text)))
        .map((q) => ({
          at: quote.span.start,
          witness: { articleId: (articles[j] as Article).id as string, at: q.span.start },
        })),
    ),
  );
  if (pairs.length === 0) return "witness speaker unknown";
  const editedId = (articles[c.articleIndex] as Article).id as string;
  const sides = pairs.map(({ at, witness }) => ({
    isEdited: (s: Placed) => s.articleId === editedId && covers(s.span, at),
    isWitness: (s: Placed) => s.articleId === witness.articleId && covers(s.span, witness.at),
  }));
  for (const side of sides) seen?.(side);
  const aligned = sides.some((side) => setSideBySide(comparison, side.isEdited, side.isWitness));
  return aligned ? "aligned, no conflict" : "not aligned";
}

/**
 * The quotes the edited attribution speaks for: the direct quotes whose attribution words hold
 * the edit, else the nearest direct quote of the edited paragraph (an attribution read as no cue,
 * "…,” they said, leaves the quote found but credited to no one).
 */
function editedQuotes(c: PerturbCase, article: Article, quotes: readonly Quote[]): Quote[] {
  const editEnd = c.start + c.after.length;
  const direct = quotes.filter((q) => q.direct);
  const cued = direct.filter((q) => q.cue !== null && q.cue.start < editEnd && c.start < q.cue.end);
  if (cued.length > 0) return cued;
  const paragraph = article.paragraphs.find((p) => p.start <= c.start && c.start < p.end);
  if (!paragraph) return [];
  const distance = (q: Quote) =>
    q.span.end <= c.start ? c.start - q.span.end : Math.max(0, q.span.start - editEnd);
  const near = direct
    .filter((q) => paragraph.start <= q.span.start && q.span.end <= paragraph.end)
    .sort((a, b) => distance(a) - distance(b));
  return near.slice(0, 1);
}
