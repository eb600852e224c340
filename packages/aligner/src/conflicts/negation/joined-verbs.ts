// A denial of two verbs joined right after the negation ("was not suspended and escorted from the
// depot") answered by another outlet writing the same two verbs joined the same way ("had been
// suspended and escorted from the building"): the pair of verbs tells one act in both, though the
// rest of the two clauses (where from, of whom) is worded apart.
import type { AlignUnit } from "../../align/units.ts";
import type { Negated } from "./negated-words.ts";

/**
 * The second verb joined right after a negated word: a past form in -ed or -en, lower case, after
 * "and" or "or" ("not shot and wounded", "not arrested or charged"); a name ("Ivo and Ada") or a
 * noun goes on with the clause and joins nothing.
 */
const JOINED_AFTER = /^\s+(and|or)\s+(\p{Ll}{3,}(?:ed|en))\b/u;

export type JoinedVerb = { conjunction: string; verb: string };

const joinedOf = new WeakMap<Negated, JoinedVerb | null>();

/** The verb joined right after a denial's negated word, read once per denial; null without one. */
export function joinedVerb(a: AlignUnit, item: Negated): JoinedVerb | null {
  if (joinedOf.has(item)) return joinedOf.get(item) ?? null;
  const match = JOINED_AFTER.exec(a.text.slice(item.span.end - a.span.start));
  const found = match ? { conjunction: match[1] as string, verb: match[2] as string } : null;
  joinedOf.set(item, found);
  return found;
}

/**
 * Whether a statement writes, right after its word at a position, the denial's joined verb with
 * the same conjunction ("suspended and escorted"): the two verbs tell the same act.
 */
export function joinedAlikeAt(joined: JoinedVerb, b: AlignUnit, start: number): boolean {
  const rest = b.text.slice(start - b.span.start);
  const word = /^[\p{L}'’-]+/u.exec(rest)?.[0] ?? "";
  const after = JOINED_AFTER.exec(rest.slice(word.length));
  return (
    after !== null &&
    after[1]?.toLowerCase() === joined.conjunction.toLowerCase() &&
    after[2]?.toLowerCase() === joined.verb.toLowerCase()
  );
}
