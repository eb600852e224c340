// Attribution layer: an epithet before a speaker's name ("an angry Roe", "A flabbergasted Vint",
// "warm-and-fuzzy Roe") describes the person; the name after it is the subject of the cue.

import { CLAUSE_STARTERS } from "../../../../lexicons/clause-starters.ts";
import { DETERMINERS, PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import { PRONOUNS } from "../../../../lexicons/pronouns.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { ADVERBS, VERBS, type Word } from "../sieve-words.ts";

/** Articles that may lead an epithet: "an angry Roe", "the embattled Roe". */
const ARTICLES = new Set(["a", "an", "the"]);

/**
 * The index of the first name word after an epithet at the start of `words`: an optional article,
 * then one or two lowercase words that are no function word, pronoun, reporting verb or adverb in
 * -ly, then a capitalised word. Returns 0 when there is no epithet (the subject is read whole).
 */
export function nameAfterEpithet(words: readonly Word[]): number {
  let i = 0;
  if (i < words.length && ARTICLES.has(words[i]!.text.toLowerCase())) i += 1;
  const first = i;
  while (i < words.length && i - first < 2 && adjective(words[i]!.text)) i += 1;
  if (i === first || i >= words.length) return 0;
  return /^\p{Lu}\p{Ll}/u.test(words[i]!.text) ? i : 0;
}

function adjective(word: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(word)) return false;
  if (DETERMINERS.has(word) || PREPOSITIONS.has(word) || PRONOUNS.has(word)) return false;
  // "and Roe said", "then Roe said": a conjunction or clause adverb is no epithet.
  const capitalised = word[0]!.toUpperCase() + word.slice(1);
  if (CLAUSE_STARTERS.has(capitalised) || ADVERBS.has(word)) return false;
  return !VERBS.has(word) && !word.endsWith("ly");
}

/**
 * The person named after an epithet opening `words[0, end)` ("an angry Roe"), when the registry
 * already knows that name as a person; null when there is no epithet or no such person.
 */
export function personAfterEpithet(
  registry: EntityRegistry,
  words: readonly Word[],
  end: number,
): number | null {
  const lead = nameAfterEpithet(words.slice(0, end));
  if (lead === 0) return null;
  // The name runs up to the verb: "star Roe opened up about being" is no subject.
  for (let i = lead; i < end; i += 1) if (!/^\p{Lu}/u.test(words[i]!.text)) return null;
  const known = registry.entities.length;
  const speaker = registry.speakerFromPhrase(words[lead]!.start, words[end - 1]!.end, false);
  if (typeof speaker !== "number" || speaker >= known) return null;
  return registry.kindOf(speaker) === "person" ? speaker : null;
}
