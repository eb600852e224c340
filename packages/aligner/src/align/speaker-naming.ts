// How a quote's speaker is credited: named at the attribution itself, or read back through "he
// said" to the last person named before it. Only such speakers can disagree about who said words.

import type { Extraction, Quote, Span } from "@parallax/core";
import { genderOfName } from "../extract/entities/name-rules.ts";
import { cueBesideQuote, subjectOfCue } from "./cue-beside-quote.ts";

/** Mention forms that name a person ("Dora Pell", "Ms. Pell", "Pell"), not "he" or "the mayor". */
const NAMING_FORMS = new Set(["name", "title-surname", "surname"]);

/**
 * Whether the quote's speaker is named, unambiguously, in the words of its attribution, and that
 * attribution stands beside the quote (align/cue-beside-quote.ts).
 */
export function namedAtCue(quote: Quote, extraction: Extraction, body: string): boolean {
  const cue = quote.cue;
  if (!cue || !quote.speakerId) return false;
  const speaker = extraction.entities.find((e) => e.id === quote.speakerId);
  if (!speaker || speaker.unnamed) return false;
  if (!cueBesideQuote(body, quote.span, cue)) return false;
  return speaker.mentions.some(
    (m) =>
      !m.ambiguous &&
      NAMING_FORMS.has(m.form) &&
      (overlaps(m.span, cue) || subjectOfCue(body, m.span, cue)),
  );
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A he/she in the attribution words. */
const PRONOUN = /\b(he|she)\b/i;

/** How far back the last named person may stand: the quote's paragraph and the one or two before. */
const READ_BACK_REACH = 500;

/**
 * Whether a quote credited through a pronoun or an earlier attribution ("…," he said; a quotation
 * running on from the one before) goes to the last person the article names before it: with
 * nobody else named in between, "he" can be no one else. "Omar Pell said the vote was close.¶ "We
 * lost by a hair," he said." credits Pell; with "Ada Lund" named between the two, it credits no one
 * for sure; nor does "she said" after a man's given name.
 */
export function creditedToLastNamed(quote: Quote, extraction: Extraction, body: string): boolean {
  const speaker = extraction.entities.find((e) => e.id === quote.speakerId);
  // "he said" cannot be a woman's words, whoever was named last ("Dana Reid" / "he").
  if (!speaker || !genderAllows(cuePronoun(quote, body), speaker.name)) return false;
  const cue = quote.cue;
  if (!quote.direct || quote.speakerStatus !== "resolved" || !quote.speakerId || !cue) return false;
  // The attribution beside the quote ("…," he said), or one before it that the quotation runs on
  // from; never a cue after it in a later paragraph (extraction may credit one, nothing says so).
  if (cue.start >= quote.span.end && !cueBesideQuote(body, quote.span, cue)) return false;
  if (speaker.kind !== "person" || speaker.unnamed) return false;
  const limit = Math.min(quote.span.start, cue.start);
  let last: { end: number; id: string } | null = null;
  for (const entity of extraction.entities) {
    if (entity.kind !== "person") continue;
    for (const m of entity.mentions) {
      if (m.ambiguous || !NAMING_FORMS.has(m.form) || m.span.end > limit) continue;
      if (!last || m.span.end > last.end) last = { end: m.span.end, id: entity.id };
    }
  }
  return last !== null && last.id === speaker.id && limit - last.end <= READ_BACK_REACH;
}

/** The he/she of a quote's attribution words ("he said"), lower case; null when none. */
export function cuePronoun(quote: Quote, body: string): "he" | "she" | null {
  if (!quote.cue) return null;
  const found = PRONOUN.exec(body.slice(quote.cue.start, quote.cue.end))?.[1]?.toLowerCase();
  return found === "he" || found === "she" ? found : null;
}

/**
 * Whether a he/she may stand for a person of that name: not when the given name says otherwise
 * (an article may know only "Reid"; the story's fuller "Dana Reid" tells).
 */
export function genderAllows(pronoun: "he" | "she" | null, name: string): boolean {
  const gender = genderOfName(name);
  return pronoun === null || gender === null || gender === pronoun;
}
