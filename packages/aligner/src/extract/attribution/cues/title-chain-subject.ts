// Attribution layer: a name, then a chain of titles joined by "and" that runs into the verb with
// no closing comma — `Tomas Rand, president and CEO of the Harbour Guild stated, “…”`. The
// subject reader stops at "and" and would make the last title (with its organisation) the
// speaker; the name before the chain speaks.
import { RANK_WORDS, TITLE_HEADS, TITLE_WORDS } from "../../../../lexicons/title-words.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";

/** `, president and ` / `, founder and chief ` right before the subject phrase. */
const CHAIN_BEFORE = /,\s+((?:[\p{L}-]+\s+){1,3})and\s+$/u;

/**
 * The person named before a title chain whose last title is the subject phrase at
 * [subjectStart, subjectEnd): the phrase opens with a title head (rank words before it allowed),
 * and between the name's comma and "and" stand only title words. Null otherwise.
 */
export function titleChainSubject(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  subjectStart: number,
  subjectEnd: number,
): number | null {
  const from = Math.max(sStart, subjectStart - 80);
  const chain = CHAIN_BEFORE.exec(body.slice(from, subjectStart));
  if (chain === null) return null;
  const titles = chain[1]!.trim().toLowerCase().split(/\s+/);
  if (!titles.some((w) => TITLE_HEADS.has(w))) return null;
  if (!titles.every((w) => TITLE_HEADS.has(w) || TITLE_WORDS.has(w) || RANK_WORDS.has(w)))
    return null;
  const phrase = body.slice(subjectStart, subjectEnd).toLowerCase().split(/\s+/);
  let k = 0;
  while (k < phrase.length - 1 && RANK_WORDS.has(phrase[k]!)) k += 1;
  if (!TITLE_HEADS.has(phrase[k]!)) return null;
  const comma = from + chain.index;
  const person = registry.personEndingAt(comma);
  return person !== null && registry.kindOf(person) === "person" ? person : null;
}
