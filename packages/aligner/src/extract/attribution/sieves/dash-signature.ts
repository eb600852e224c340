// Attribution layer, a sieve for round-ups of quotations: a quotation that makes up its paragraph,
// signed by a dash and a name on the next line, as in a fact-check or a "quotable" list.

import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { titleBefore } from "../../titles.ts";
import { nameEntity } from "./possessed-message.ts";
import { isTitle } from "./quoted-title.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/**
 * `“We will not yield.”` / `- Ada Lund.` or `—Sen. Ada Lund, tweeting after the vote.`: the
 * quotation makes up its paragraph (nothing else there could speak), and the next paragraph
 * opens with a dash and a name the registry knows as a person, then ends or goes on after a
 * comma, or is that name alone. A line naming no one known (`- Harbour Ledger.`) abstains.
 * The same signature may close the quotation's own paragraph (`“We will not yield.” ― Ada Lund.`).
 */
export function dashSignature(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const paragraph = text.paragraphs[quotation.paragraphIndex];
  if (paragraph === undefined) return null;
  const run = paragraphRun(text, quotation, paragraph);
  if (!run.leadingBlank) return null;
  // `“Harbour Lights” ― Ivo Vint`: a work and its author in a list, not words and their speaker.
  if (run.signature !== null && !isTitle(body.slice(quotation.start, quotation.end)))
    return signer(text, registry, run.signature);
  const next = text.paragraphs[quotation.paragraphIndex + 1];
  if (next === undefined) return null;
  // The paragraph ends with this quotation (its last sentence may hold earlier ones too).
  if (!/^[\s.,!?]*$/.test(body.slice(quotation.close + 1, paragraph.end))) return null;
  const m = SIGNATURE.exec(body.slice(next.start, next.end));
  if (m === null) return null;
  const nameStart = next.start + m.index + m[0].length - m[1]!.length;
  return signer(text, registry, {
    start: next.start,
    nameStart,
    nameEnd: nameStart + m[1]!.length,
  });
}

/** Where a signature was read: the line or dash it starts at, and the name's bounds. */
type Signature = { start: number; nameStart: number; nameEnd: number };

/** The person a signature names, or null: a name the registry holds as no person abstains. */
function signer(text: ArticleText, registry: EntityRegistry, at: Signature): SieveFinding | null {
  // "-President Vint, tweeting …": a title and surname name the person as a full name does,
  // and sign the quotation even when the article names that person nowhere else.
  const speaker =
    nameEntity(registry, text.body, at.nameStart, at.nameEnd) ??
    titledName(text, registry, at.nameStart, at.nameEnd);
  if (speaker === null || registry.kindOf(speaker) !== "person") return null;
  return { speaker, start: at.start, end: at.nameEnd };
}

/**
 * A paragraph's quotations read once as a run (every quotation of the paragraph asks the same
 * questions of it, so per quotation the reading would grow with the square of a long paragraph):
 * whether only spaces lie before the first, and the signature closing the run, if any.
 */
type Run = { leadingBlank: boolean; signature: Signature | null };
const runs = new WeakMap<ArticleText, Map<number, Run>>();

function paragraphRun(
  text: ArticleText,
  quotation: Quotation,
  paragraph: { start: number; end: number },
): Run {
  let byParagraph = runs.get(text);
  if (byParagraph === undefined) {
    byParagraph = new Map();
    runs.set(text, byParagraph);
  }
  const known = byParagraph.get(quotation.paragraphIndex);
  if (known !== undefined) return known;
  const { body } = text;
  let i = text.quotationIndexAt(quotation.open);
  while (text.quotations[i - 1]?.paragraphIndex === quotation.paragraphIndex) i -= 1;
  const first = text.quotations[i] ?? quotation;
  const run: Run = {
    leadingBlank: /^\s*$/.test(body.slice(paragraph.start, Math.min(first.open, quotation.open))),
    signature: inlineSignature(text, i, paragraph.end),
  };
  byParagraph.set(quotation.paragraphIndex, run);
  return run;
}

/**
 * `“We won.” “We are tired.” ― Sen. Ada Lund, after the vote.`: the paragraph is a run of
 * quotations with nothing but spaces and stops between them, then a dash right after the last
 * closing mark, a name, and at most a short description after a comma. Words between the
 * quotations (`“We won,” said Ivo Vint. “We are tired.” ― Ada Lund`) make it prose, not a
 * signed round-up, and the rule abstains; so does a dash inside the marks, and (in the caller) a
 * quotation whose every long word is capitalised (a title). `i`: the run's first quotation.
 */
function inlineSignature(text: ArticleText, i: number, paragraphEnd: number): Signature | null {
  const { body } = text;
  let last = text.quotations[i];
  if (last === undefined) return null;
  const paragraphIndex = last.paragraphIndex;
  for (i += 1; text.quotations[i]?.paragraphIndex === paragraphIndex; i += 1) {
    const q = text.quotations[i]!;
    if (!/^[\s.,!?]*$/.test(body.slice(last.close + 1, q.open))) return null;
    last = q;
  }
  if (last.runsOn) return null;
  const after = body.slice(last.close + 1, paragraphEnd);
  const m = INLINE_SIGNATURE.exec(after);
  if (m === null) return null;
  const nameStart = last.close + 1 + m[0].length - m[2]!.length;
  return { start: last.close + 1 + m[1]!.length, nameStart, nameEnd: nameStart + m[2]!.length };
}

/**
 * After the closing mark: a dash (spaced or not), one to four capitalised words (titles with dots
 * among them), then the end, a stop, or a comma and a few words holding no quotation mark.
 */
const INLINE_SIGNATURE =
  /^([.,]?\s*)[-–—]\s*((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)(?=\s*[.!]?\s*$|,(?:\s+[^\s“”"]+){1,10}\s*$)/u;

/**
 * A dash, then one to four capitalised words (titles with dots among them), then "." or ","; or
 * the name alone on its line (a list marker "- " may have been read off the paragraph).
 */
const SIGNATURE =
  /^\s*(?:[-–—]\s*(?=(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*\s*(?:[.,]|$))|(?=(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*\.?\s*$))((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)/u;

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
