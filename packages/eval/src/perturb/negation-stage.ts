import type { Article, Extraction } from "@parallax/core";
import { witnessReading } from "./negated-statement.ts";
import { sameTeller } from "./same-teller.ts";
import { covers, type Placed, setSideBySide } from "./side-by-side.ts";
import type { StageInput } from "./stage-input.ts";

/**
 * The stage of the comparison that lost a negation case (" not" put after an auxiliary of a
 * reported statement), read from what the extractions and the comparison show, in pipeline order:
 * - `statement not read`: no claim of the edited article holds the edit;
 * - `witness statement not read`: no claim of a witness article holds the word the negation
 *   turns on (as the case was chosen) without a negation and half of the content words of the
 *   reported statement negated;
 * - `not aligned`: no claim group or story event holds both the edited claim and such a witness
 *   claim, so no negation check ever set them side by side;
 * - `aligned, no conflict`: one does, yet no negation conflict names both (a guard refused it, or
 *   the negated words were not read as the same verb);
 * - `row incomplete`: the conflict was found but names not every witness article.
 */
export const NEGATION_STAGES = [
  "statement not read",
  "witness statement not read",
  "not aligned",
  "aligned, no conflict",
  "row incomplete",
] as const;

export type NegationStage = (typeof NEGATION_STAGES)[number];

export function negationStage({
  c,
  found,
  articles,
  extractions,
  comparison,
  seen,
}: StageInput): NegationStage | null {
  if (c.kind !== "negation") return null;
  if (found) return "row incomplete";
  const claim = extractions[c.articleIndex]?.claims.find((k) => covers(k.span, c.start));
  if (!claim) return "statement not read";
  const body = (articles[c.articleIndex] as Article).body;
  const reading = witnessReading(c.source);
  const word = reading.word(body.slice(c.start).replace(/^\s*not\b/, ""));
  // The reported words the case negated (the sentence of the quote holding the edit, as the case
  // was chosen; else the claim's); "not" is no content word, so the edit adds none.
  const quote = extractions[c.articleIndex]?.quotes.find((q) => covers(q.span, c.start));
  const said = quote ?? claim;
  const own = reading.own(said.text, c.start - said.span.start);
  const held = c.witnesses.flatMap((j) =>
    (extractions[j]?.claims ?? [])
      .filter((k) => word !== null && reading.states(k.text.toLowerCase(), word, own))
      // As the case was chosen: on PolNeAR, a claim another person is said to tell is no witness.
      .filter(
        (k) =>
          c.source !== "polnear" ||
          !quote ||
          sameTeller(extractions[c.articleIndex] as Extraction, quote, extractions[j], k.span),
      )
      .map((k) => ({ articleId: (articles[j] as Article).id as string, at: k.span.start })),
  );
  if (held.length === 0) return "witness statement not read";
  const editedId = (articles[c.articleIndex] as Article).id as string;
  const sides = {
    isEdited: (s: Placed) => s.articleId === editedId && covers(s.span, c.start),
    isWitness: (s: Placed) => held.some((h) => h.articleId === s.articleId && covers(s.span, h.at)),
  };
  seen?.(sides);
  const aligned = setSideBySide(comparison, sides.isEdited, sides.isWitness);
  return aligned ? "aligned, no conflict" : "not aligned";
}
