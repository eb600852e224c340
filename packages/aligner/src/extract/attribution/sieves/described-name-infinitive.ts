import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { resolve } from "../cues/cue-phrase.ts";
import { quotationLead } from "../quotation-lead.ts";
import { VERBS } from "../sieve-words.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/**
 * `My editor, Ivo Vint, interrupted me to announce, “…”`: a description and the name set off after
 * it open the sentence, and their predicate ends in "to" and a reporting verb right before the
 * quotation. The named person speaks. The words between hold no other name, no third person who
 * could be the one told to speak ("asked her to say"), and no clause of their own ("that", "and").
 */
const PATTERN =
  /^(?:My|Our|His|Her|Their|The|A|An) [^,;:“”"()]{1,50}, ((?:\p{Lu}[\p{L}’'.-]*\s){1,3}\p{Lu}[\p{L}’'-]*), ([\p{Ll}][\p{Ll}\s-]{0,60}?) to (\p{Ll}+)\s*[,:]?\s*$/u;
const OTHER_SUBJECTS = /\b(?:him|her|them|his|their|its|it|you|that|who|which|and|but)\b/;

export function describedNameInfinitive(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: { open: number },
): SieveFinding | null {
  // No test for an earlier quotation: the pattern admits no double quotation mark.
  const sentence = quotationLead(text, quotation.open, 200);
  const m = sentence === null ? null : PATTERN.exec(sentence.lead);
  if (sentence === null || m === null) return null;
  const { body } = text;
  const { start } = sentence;
  const [, name, between, verb] = m as unknown as [string, string, string, string];
  if (!VERBS.has(verb) || OTHER_SUBJECTS.test(between)) return null;
  const nameStart = start + m[0].indexOf(`, ${name}, `) + 2;
  const speaker = resolve(body, nameStart, nameStart + name.length, registry);
  if (speaker === null || speaker === "ambiguous") return null;
  if (registry.kindOf(speaker) !== "person") return null;
  return { speaker, start: nameStart, end: start + m[0].trimEnd().length };
}
