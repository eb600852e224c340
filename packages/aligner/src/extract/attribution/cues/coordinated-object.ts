// Attribution layer: a verb joined by "and"/"but" to an earlier predicate, or a participle hung on
// it (`… a memo to the Gazette explaining that …`), has that predicate's subject, never the name its
// object or a phrase after a preposition holds.
import { PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";

/** How far before the verb the earlier predicate's name may stand (as nearestMention reads). */
const REACH = 400;

/** Prepositions only: the relative and subordinating words of PREPOSITIONS open a clause. */
const CLAUSE_WORDS = new Set("that which who whom whose when while as since until".split(" "));

/** Words between a preposition and a name: "met with the Harbour Council", "to former Gov. Roe". */
const BETWEEN = new Set("the a an former late".split(" "));

/**
 * "Lund met with Vint in May and declared that …" / "Lund referred to Vint as “…” but described
 * it as …": the name nearest a coordinated verb is the object of a preposition in the predicate
 * before, so it is no subject of the verb (the caller then leaves the cue unread rather than guess
 * Vint). True when the last person or organisation mentioned in [sStart, verbStart) — `to` cut at
 * a quotation's opening mark as nearestMention is — follows a preposition.
 */
export function nameIsObjectBeforeCoordinatedVerb(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  to: number,
): boolean {
  const from = Math.max(sStart, to - REACH);
  let last: { start: number } | null = null;
  for (let i = registry.firstFrom(from); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= to) break;
    if (m.end > to || m.entity === null || m.ambiguous || m.possessive) continue;
    if (registry.kindOf(m.entity) === "place") continue;
    last = m;
  }
  if (last === null) return false;
  const words = body.slice(Math.max(from, last.start - 40), last.start).split(/\s+/);
  if (words[words.length - 1] === "") words.pop();
  while (words.length > 0 && BETWEEN.has(words[words.length - 1]!.toLowerCase())) words.pop();
  const word = words[words.length - 1] ?? "";
  return PREPOSITIONS.has(word) && !CLAUSE_WORDS.has(word);
}
