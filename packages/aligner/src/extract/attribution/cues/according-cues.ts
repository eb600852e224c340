import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { appendedToAccording } from "./according-appositive.ts";
import { accordingOutlet } from "./according-outlet.ts";
import { ANY_CLAUSE_VERB } from "./clause-verbs.ts";
import type { Cue } from "./cue-reader.ts";
import { trimContent } from "./reported-clause.ts";
import {
  isUnnamedSource,
  labelEnd,
  outletSpeaker,
  trailingAccording,
} from "./trailing-attribution.ts";

/**
 * `As reported by X, …` opening a sentence reads as `According to X, …` (the same guards apply:
 * X speaks for the rest unless that holds a reporting verb of its own and X is no person).
 */
const AS_REPORTED_BY = /^\s*As reported by ([^,“”"]+),\s*/;

/** `According to X: “…”`: the name before a colon that a quotation follows. */
const ACCORDING_COLON = /\b[Aa]ccording to ([^,:“”"]+):(?=\s*[“"])\s*/;

/**
 * The "according to" cues of one sentence: a leading `According to X, …` (the rest of the sentence
 * is X's, unless it holds a reporting verb of its own and X is no person) or a trailing
 * `…, according to X.` (the clause before the comma is X's).
 */
export function accordingCues(
  text: ArticleText,
  registry: EntityRegistry,
  sStart: number,
  sentenceEnd: number,
): Cue[] {
  const { body } = text;
  const sentence = body.slice(sStart, sentenceEnd);
  const cues: Cue[] = [];
  const hasAccording = sentence.includes("ccording to");
  // "According to the Gazette: “…”": a colon right before a quotation ends the name too.
  const according = hasAccording
    ? (ACCORDING_COLON.exec(sentence) ?? /\b[Aa]ccording to ([^,]+),\s*/.exec(sentence))
    : AS_REPORTED_BY.exec(sentence);
  if (according) {
    const nameStart = sStart + according.index + according[0].indexOf(according[1]!);
    const nameEnd = nameStart + (according[1] ?? "").length;
    // "According to two EU officials familiar with the talks, …": an unnamed source speaks; a
    // capitalised phrase ("According to the report", "According to Chosun") only when known.
    const unnamed = isUnnamedSource(body, nameStart, nameEnd);
    const speaker =
      registry.speakerFromPhrase(nameStart, nameEnd, unnamed) ??
      (unnamed ? null : accordingOutlet(registry, nameStart, nameEnd));
    const rest = sentence.slice(according.index + according[0].length);
    const innerCue = ANY_CLAUSE_VERB.test(rest);
    const isPerson = typeof speaker === "number" && registry.kindOf(speaker) === "person";
    if (speaker !== null && (isPerson || !innerCue)) {
      const cueStart = sStart + according.index;
      const contentStart = cueStart + according[0].length;
      // "…, according to Ada Lund, an analyst at the Harbour Fund.": the clause before is hers.
      const closes =
        body.startsWith(", according to ", cueStart - 2) &&
        appendedToAccording(body, contentStart, sentenceEnd);
      cues.push({
        verbStart: cueStart,
        verbEnd: nameEnd,
        speaker,
        cueStart,
        cueEnd: nameEnd,
        content: closes
          ? trimContent(body, labelEnd(body, sStart, cueStart), cueStart)
          : trimContent(body, contentStart, sentenceEnd),
        target: -1,
        after: false,
      });
    }
  }
  // "…, according to Continental Wire.": the clause before the comma is attributed to the name.
  const trailing = hasAccording && !according ? trailingAccording(body, sStart, sentenceEnd) : null;
  if (trailing) {
    cues.push({
      verbStart: trailing.cueStart,
      verbEnd: trailing.nameEnd,
      speaker: outletSpeaker(registry, body, trailing.nameStart, trailing.nameEnd),
      cueStart: trailing.cueStart,
      cueEnd: trailing.nameEnd,
      content: trimContent(
        body,
        trailing.contentStart ?? labelEnd(body, sStart, trailing.cueStart),
        trailing.cueStart,
      ),
      target: -1,
      after: false,
    });
  }
  return cues;
}
