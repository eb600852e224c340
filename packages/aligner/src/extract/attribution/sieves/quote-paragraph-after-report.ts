// Attribution layer, a pass after quote-after-report: a paragraph made only of a quotation, right
// after a paragraph whose last sentence is one speaker's report ("Lund added that the board wants
// out before the vote." / "“They don’t like to talk about it.”"), carries that speaker's words on
// across the paragraph break, as a quotation paragraph after a direct quote does (conversation.ts).

import type { Sentence } from "@parallax/core";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { ParagraphRange } from "../../paragraph-ranges.ts";
import { QUOTATION_MARK_OR_APOSTROPHES, quotationAt } from "../../quotation-marks.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { SPEECH_VERBS } from "../sieve-words.ts";
import { opensOnLabel } from "../transcript-label.ts";
import { isPassiveVerb } from "./passive-verb.ts";
import { reportingFormIsNoVerb } from "./reporting-form-no-verb.ts";
import { clauseSubjectBeforeVerb } from "./sentence-cue.ts";

const WORD = /[\p{L}’']+/gu;

/**
 * A direct quote still without a speaker whose paragraph holds nothing but quotations (no word
 * outside the marks, so no cue and no other person) takes the speaker of the report that closes
 * the paragraph before. That last sentence holds no quotation mark and one finite verb of saying
 * or judging (an -ing form is no other speaker's), with no he/she just before it (`Also, Vint
 * isn't a conservative, he said.` carries no guessed person on); its speaker is the one speaker
 * of the reported statement read there, or else, when that sentence is the whole paragraph, the
 * person or organisation the registry knows opening the verb's clause (`Lund praised the crews.`). Abstains when the quotation names the
 * speaker (`“Lund will carry the day.”` is no report of Lund's), opens on a speaker label
 * (`“Vint: We never …”`) or is a heading in capitals, and when the report follows a quotation
 * (`“…?” Lund asked.` is that quotation's cue; the answer may be anyone's), and when the verb is a
 * passive (`Roe was asked about the levy:` — the question after it is the asker's).
 */
export function quoteParagraphAfterReport(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  for (const { draft, paragraph, before, last } of speakerlessQuotationParagraphs(text, drafts)) {
    const found = reporter(text, registry, drafts, last.span, before.start);
    if (found === null) continue;
    if (namesSpeaker(registry, found.speaker, body.slice(paragraph.start, paragraph.end))) continue;
    draft.speaker = found.speaker;
    draft.cue = found.cue;
  }
}

/** A quotation paragraph read by the passes that carry a speaker across a paragraph break. */
export interface QuotationParagraph {
  draft: QuoteDraft;
  paragraph: ParagraphRange;
  /** The paragraph before. */
  before: ParagraphRange;
  /** The last sentence of the paragraph before, wholly inside it, with no quotation mark. */
  last: Sentence;
}

/**
 * Each direct quote still without a speaker that opens a paragraph holding nothing but quotations
 * (no word outside the marks, so no cue and no other person), with the paragraph before and its
 * closing sentence, which holds no quotation mark. Only the quotation opening its paragraph: the conversation pass carries the
 * rest on. `“Vint: We never …”` labels its own speaker and `“VOTERS DECIDE”` is a heading: neither.
 */
export function* speakerlessQuotationParagraphs(
  text: ArticleText,
  drafts: readonly QuoteDraft[],
): Generator<QuotationParagraph> {
  const { body } = text;
  for (const draft of drafts) {
    if (!draft.direct || draft.speaker !== null) continue;
    const quotation = text.quotations[quotationAt(text.quotations, draft.start)];
    if (quotation === undefined) continue;
    const pi = quotation.paragraphIndex;
    const paragraph = text.paragraphs[pi];
    const before = text.paragraphs[pi - 1];
    if (paragraph === undefined || before === undefined) continue;
    if (text.quotations[text.firstQuotationFrom(paragraph.start)] !== quotation) continue;
    if (!/^\s*$/.test(body.slice(paragraph.start, quotation.open))) continue;
    if (!onlyQuotations(text, paragraph.start, paragraph.end)) continue;
    const inner = body.slice(quotation.start, quotation.end);
    if (opensOnLabel(inner) || !/\p{Ll}/u.test(inner)) continue;
    const last = text.sentenceAt(Math.max(before.start, before.end - 1));
    if (last === undefined || last.span.start < before.start) continue;
    // `“…?” Lund asked.` ends the paragraph: a cue of that quotation's, whose answer may follow;
    // a closing sentence holding a quotation mark is no speaker's doing after it either.
    const from = Math.max(before.start, last.span.start - 3);
    if (QUOTATION_MARK_OR_APOSTROPHES.test(body.slice(from, last.span.end))) continue;
    yield { draft, paragraph, before, last };
  }
}

/** The one speaker of the report in the sentence, with its cue; null when none. */
function reporter(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: readonly QuoteDraft[],
  { start, end }: { start: number; end: number },
  paragraphStart: number,
): { speaker: number; cue: { start: number; end: number } } | null {
  const { body } = text;
  const verbs: { text: string; start: number; end: number }[] = [];
  const all = [...body.slice(start, end).matchAll(WORD)];
  const words = all.map((m) => m[0]);
  for (const [i, m] of all.entries()) {
    if (!SPEECH_VERBS.has(m[0]) || m[0].endsWith("ing")) continue;
    // "Vint continued his scathing remarks.": a form used as a noun is no verb.
    if (reportingFormIsNoVerb(words, i)) continue;
    const at = start + m.index;
    verbs.push({ text: m[0], start: at, end: at + m[0].length });
  }
  if (verbs.length !== 1) return null;
  const verb = verbs[0]!;
  if (/\b(?:he|she)\s+(?:\p{Ll}+\s+)?$/iu.test(body.slice(start, verb.start))) return null;
  // "Roe was asked about the levy:" ¶ "“Will you pay it?”": the subject of a passive is the one
  // asked or told; the quotation after it is the asker's or teller's words, not hers.
  if (isPassiveVerb(body, start, verb.start, verb.end, end)) return null;
  const inSentence = drafts.filter((d) => d.start >= start && d.start < end);
  const reported = inSentence.find((d) => !d.direct && typeof d.speaker === "number");
  let speaker: number | "ambiguous" | null;
  let cue: { start: number; end: number } | null;
  if (reported !== undefined) {
    if (inSentence.some((d) => d.speaker !== reported.speaker)) return null;
    speaker = reported.speaker;
    cue = reported.cue;
  } else {
    // `The pier was closed. Vint agreed.`: a bare subject speaks only as its paragraph's one sentence.
    if (inSentence.length > 0 || /\S/.test(body.slice(paragraphStart, start))) return null;
    speaker = clauseSubjectBeforeVerb(text, registry, verb.start, verb.end);
    cue = { start: verb.start, end: verb.end };
  }
  if (typeof speaker !== "number" || cue === null || !registry.canSpeak(speaker)) return null;
  return { speaker, cue };
}

/** Whether the paragraph from `start` to `end` holds no letter outside quotation marks. */
export function onlyQuotations(text: ArticleText, start: number, end: number): boolean {
  const { body } = text;
  let at = start;
  for (let i = text.firstQuotationFrom(start); i < text.quotations.length; i += 1) {
    const q = text.quotations[i]!;
    if (q.open >= end) break;
    if (/\p{L}/u.test(body.slice(at, q.open))) return false;
    at = q.close + 1;
  }
  return !/\p{L}/u.test(body.slice(at, end));
}

/** Whether the quotation's paragraph names the speaker (the last word of its name). */
export function namesSpeaker(
  registry: EntityRegistry,
  speaker: number,
  paragraph: string,
): boolean {
  const last = (registry.entities[speaker]?.name ?? "").split(/\s+/).at(-1) ?? "";
  if (last.length < 2) return false;
  return paragraph.split(/[^\p{L}’'-]+/u).includes(last);
}
