// Attribution layer: a name that only modifies the person noun its subject ends on — "The Oregon
// senator emailed supporters saying: …", "A Vint adviser, who spoke on condition of anonymity,
// said …" — never speaks. When the cue reader's nearest-name fallback lands on such a name, the
// description speaks instead: the one person the article described so ("Sen. Ivo Vint of
// Oregon"), or an unnamed source ("A Vint adviser"), never the state or the person named inside it.

import { PERSON_NOUNS, SPEAKS_FOR_SOMEONE } from "../../../../lexicons/person-nouns.ts";
import { TITLE_HEADS } from "../../../../lexicons/title-words.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";

/** Nouns a description of someone ends on ("senator", "adviser", "candidate"). */
const PERSON_HEADS: ReadonlySet<string> = new Set([
  ...PERSON_NOUNS,
  ...SPEAKS_FOR_SOMEONE,
  ...TITLE_HEADS,
]);

/** How far before the verb the subject phrase may start, in characters. */
const REACH = 240;

/** Before the name: a determiner opening a phrase, at most two lowercase words or a year after it. */
const DETERMINER_LEAD =
  /(?:^|[\s,;:“"(—–-])((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:(?:[a-z-]+|\d{4})\s+){0,2})$/u;

/**
 * After the name: one to three lowercase words, the last a person noun, then a verb or the comma
 * of an interposed clause ("senator emailed", "adviser, who", "strategist said").
 */
const PERSON_NOUN_AFTER = /^((?:\s+[a-z-]+){0,2}?\s+([a-z-]+))(?=\s+[a-z]|\s*,)/u;

/**
 * The speaker to take instead of `speaker` when `speaker` is named, between `sentenceStart` and
 * `verbStart`, only as the modifier of a person noun ending a determiner phrase: the entity
 * that description names (`speakerFromPhrase`), or null when it names nobody. `speaker` itself
 * otherwise.
 */
export function modifierNameSpeaker(
  registry: EntityRegistry,
  body: string,
  sentenceStart: number,
  verbStart: number,
  speaker: number | "ambiguous" | null,
): number | "ambiguous" | null {
  if (typeof speaker !== "number") return speaker;
  // Read back from the verb, a bounded stretch: a subject phrase and its interposed clause are
  // short, and a run-on sentence with a cue every few words stays linear.
  const reach = Math.max(sentenceStart, verbStart - REACH);
  let last: { start: number; end: number } | null = null;
  let others = 0;
  for (let i = registry.firstFrom(verbStart) - 1; i >= 0; i -= 1) {
    const m = registry.mentions[i]!;
    if (m.start < reach) break;
    if (m.inQuote || m.possessive) continue;
    if (m.entity === speaker && (m.form === "name" || m.form === "surname")) {
      last = m;
      break;
    }
    others += 1;
  }
  if (last === null) return speaker;
  // A window of the sentence before the name; "x" stands for the cut-off words before it.
  const windowStart = Math.max(sentenceStart, last.start - 60);
  const cut = windowStart > sentenceStart ? "x" : "";
  const lead = DETERMINER_LEAD.exec(cut + body.slice(windowStart, last.start));
  if (lead === null) return speaker;
  const after = PERSON_NOUN_AFTER.exec(body.slice(last.end, verbStart));
  if (after === null || !PERSON_HEADS.has(after[2]!)) return speaker;
  // "The Oregon senator met Lee Varn, saying": another name between the phrase and the verb may
  // be the subject; only an interposed clause after the phrase's comma is read past.
  const comma = /^\s*,/.test(body.slice(last.end + after[1]!.length));
  if (others > 0 && !comma) return speaker;
  const phraseStart = last.start - lead[1]!.length;
  const phraseEnd = last.end + after[1]!.length;
  const described = registry.speakerFromPhrase(phraseStart, phraseEnd);
  return described === speaker ? null : described;
}
