import type { Article, Comparison, Extraction, Quote } from "@parallax/core";
import { namesPerson, overlap, type PerturbCase, words } from "./perturb-case.ts";
import { covers, setSideBySide } from "./side-by-side.ts";

/**
 * The stage of the comparison that lost a speaker case (a quote moved to another person of the
 * story), read from what the extractions and the comparison show, in pipeline order:
 * - `quote not found`: no direct quote of the edited article has its attribution words at the
 *   edit, nor is one in the edited paragraph;
 * - `edited speaker unknown`: one is, but its speaker is unresolved or is not the new person;
 * - `witness speaker unknown`: no witness article quotes the same words (80% of the shorter
 *   quote's, as the case was chosen) credited to a resolved speaker sharing a name word with the
 *   old one;
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

export function speakerStage(
  c: PerturbCase,
  found: boolean,
  articles: readonly Article[],
  extractions: readonly Extraction[],
  comparison: Comparison,
): SpeakerStage | null {
  if (c.kind !== "speaker") return null;
  if (found) return "row incomplete";
  const edited = extractions[c.articleIndex];
  const quote = editedQuote(c, articles[c.articleIndex] as Article, edited?.quotes ?? []);
  if (!edited || !quote) return "quote not found";
  const speaker = edited.entities.find((e) => e.id === quote.speakerId);
  if (quote.speakerStatus !== "resolved" || !speaker || !namesPerson(speaker.name, c.after))
    return "edited speaker unknown";
  const quoted = words(quote.text);
  const oldName = words(c.before);
  const held = c.witnesses.flatMap((j) => {
    const x = extractions[j];
    const credited = (q: Quote) => x?.entities.find((e) => e.id === q.speakerId);
    return (x?.quotes ?? [])
      .filter(
        (q) =>
          q.direct &&
          q.speakerStatus === "resolved" &&
          overlap(words(q.text), quoted) >= 0.8 &&
          overlap(words(credited(q)?.name ?? ""), oldName) > 0,
      )
      .map((q) => ({ articleId: (articles[j] as Article).id as string, at: q.span.start }));
  });
  if (held.length === 0) return "witness speaker unknown";
  const editedId = (articles[c.articleIndex] as Article).id as string;
  const aligned = setSideBySide(
    comparison,
    (s) => s.articleId === editedId && covers(s.span, quote.span.start),
    (s) => held.some((h) => h.articleId === s.articleId && covers(s.span, h.at)),
  );
  return aligned ? "aligned, no conflict" : "not aligned";
}

/**
 * The quote the edited attribution speaks for: a direct quote whose attribution words hold the
 * edit, else the nearest direct quote of the edited paragraph (an attribution read as no cue,
 * "…,” they said, leaves the quote found but credited to no one).
 */
function editedQuote(c: PerturbCase, article: Article, quotes: readonly Quote[]): Quote | null {
  const editEnd = c.start + c.after.length;
  const direct = quotes.filter((q) => q.direct);
  const cued = direct.find((q) => q.cue !== null && q.cue.start < editEnd && c.start < q.cue.end);
  if (cued) return cued;
  const paragraph = article.paragraphs.find((p) => p.start <= c.start && c.start < p.end);
  if (!paragraph) return null;
  const distance = (q: Quote) =>
    q.span.end <= c.start ? c.start - q.span.end : Math.max(0, q.span.start - editEnd);
  const near = direct
    .filter((q) => paragraph.start <= q.span.start && q.span.end <= paragraph.end)
    .sort((a, b) => distance(a) - distance(b));
  return near[0] ?? null;
}
