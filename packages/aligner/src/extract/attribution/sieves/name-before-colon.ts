// Attribution layer, a late sieve: a quoted sentence right after a colon that closes on a person's
// name ("The slump does not surprise the harbour pilot Ada Lund: “Crews saw it coming.”") is that
// person's words, as a speaker label would be mid-sentence.

import { PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { MentionRecord } from "../../entities/entity-records.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { colonRightBefore } from "../cues/colon-introduced.ts";
import { SPEECH_VERBS } from "../sieve-words.ts";
import type { SieveFinding } from "./sieve-finding.ts";

const WORD = /\p{L}[\p{L}’'-]*/gu;

/**
 * The speaker of a quotation opening with a capital letter right after a colon, when a name
 * mention of one person the registry resolved (not a pronoun, not ambiguous) ends at the colon.
 * Abstains when the name is the object of a preposition ("wrote to Ivo Vint:") or when its clause,
 * from the sentence's start or the last comma, semicolon, dash or bracket, holds a verb of saying
 * ("Lund told Ivo Vint:", "Lund asked Vint:"), whose subject speaks to the name.
 */
export function nameBeforeColon(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  // Just past the colon.
  const colon = colonRightBefore(body, quotation.open) + 1;
  if (colon === 0) return null;
  if (!/^\s?\p{Lu}/u.test(body.slice(quotation.open + 1, quotation.open + 3))) return null;
  const end = colon - 1;
  const speaker = registry.personEndingAt(end, true);
  if (speaker === null || registry.kindOf(speaker) !== "person") return null;
  const mention = mentionEndingAt(registry, end, speaker);
  if (mention === null) return null;
  const sentence = text.sentenceAt(colon - 1);
  if (sentence === undefined) return null;
  let from = mention.start;
  const limit = Math.max(sentence.span.start, mention.start - 200);
  while (from > limit && !/[,;:—–()“”"]/.test(body[from - 1]!)) from -= 1;
  const words = body.slice(from, mention.start).match(WORD) ?? [];
  const last = words.at(-1)?.toLowerCase();
  if (last !== undefined && PREPOSITIONS.has(last)) return null;
  // "…," by the Harbour Wire's Ada Lund: “…”: a byline over a piece the quotation is from.
  if (words.some((w) => w === "by")) return null;
  if (words.some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return null;
  return { speaker, start: mention.start, end: colon };
}

/** The mention of `entity` ending at `end` (mentions are sorted by start; a name runs < 80). */
function mentionEndingAt(
  registry: EntityRegistry,
  end: number,
  entity: number,
): MentionRecord | null {
  for (let i = registry.firstFrom(Math.max(0, end - 80)); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= end) break;
    if (m.end === end && m.entity === entity) return m;
  }
  return null;
}
