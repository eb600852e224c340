// Attribution layer, a sieve for round-ups of quotations: a quotation that makes up its paragraph,
// signed by a dash and a name on the next line, as in a fact-check or a "quotable" list.

import type { ArticleText } from "../article-text.ts";
import type { EntityRegistry } from "../entities/entity-registry.ts";
import type { Quotation } from "../quotation-marks.ts";
import { titleBefore } from "../titles.ts";
import { nameEntity } from "./possessed-message.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/**
 * `“We will not yield.”` / `- Ada Lund.` or `—Sen. Ada Lund, tweeting after the vote.`: the
 * quotation makes up its paragraph (nothing else there could speak), and the next paragraph
 * opens with a dash and a name the registry knows as a person, then ends or goes on after a
 * comma, or is that name alone. A line naming no one known (`- Harbour Ledger.`) abstains.
 */
export function dashSignature(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const paragraph = text.paragraphs[quotation.paragraphIndex];
  const next = text.paragraphs[quotation.paragraphIndex + 1];
  if (paragraph === undefined || next === undefined) return null;
  // The paragraph ends with this quotation (its last sentence may hold earlier ones too).
  if (!/^[\s.,!?]*$/.test(body.slice(quotation.close + 1, paragraph.end))) return null;
  if (!/^\s*$/.test(body.slice(paragraph.start, firstOpen(text, quotation, paragraph.start))))
    return null;
  const line = body.slice(next.start, next.end);
  const m = SIGNATURE.exec(line);
  if (m === null) return null;
  const nameStart = next.start + m.index + m[0].length - m[1]!.length;
  const nameEnd = nameStart + m[1]!.length;
  // "-President Vint, tweeting …": a title and surname name the person as a full name does,
  // and sign the quotation even when the article names that person nowhere else.
  const speaker =
    nameEntity(registry, body, nameStart, nameEnd) ??
    titledName(text, registry, nameStart, nameEnd);
  if (speaker === null || registry.kindOf(speaker) !== "person") return null;
  return { speaker, start: next.start, end: nameEnd };
}

/**
 * A dash, then one to four capitalised words (titles with dots among them), then "." or ","; or
 * the name alone on its line (a list marker "- " may have been read off the paragraph).
 */
const SIGNATURE =
  /^\s*(?:[-–—]\s*(?=(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*\s*(?:[.,]|$))|(?=(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*\.?\s*$))((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)/u;

/** Where the paragraph's first quotation opens (a run of quotations may make up the paragraph). */
function firstOpen(text: ArticleText, quotation: Quotation, paragraphStart: number): number {
  let open = quotation.open;
  for (const q of text.quotations) {
    if (q.paragraphIndex === quotation.paragraphIndex && q.open >= paragraphStart) {
      open = Math.min(open, q.open);
      break;
    }
  }
  return open;
}

/** A title and one capitalised word ("President Vint"): the person the registry makes of them. */
function titledName(
  text: ArticleText,
  registry: EntityRegistry,
  start: number,
  end: number,
): number | null {
  const surname = text.body.lastIndexOf(" ", end - 1) + 1;
  if (surname <= start || titleBefore(text.body, surname, start)?.start !== start) return null;
  const speaker = registry.speakerFromPhrase(start, end);
  return typeof speaker === "number" ? speaker : null;
}
