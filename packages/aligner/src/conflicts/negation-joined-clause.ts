import {
  FINITE_AUXILIARY_VERBS,
  PREPOSITIONS,
  VERB_COORDINATORS,
} from "../../lexicons/function-words.ts";
import { contentLemmas } from "../align/lemmas.ts";
import type { AlignUnit } from "../align/units.ts";
import { type Negated, WORD } from "./negated-words.ts";
import { lemmaSet, statesLemma } from "./negation-guards.ts";

/*
 * A denial in a verb phrase joined to the sentence's first one ("The quake struck at noon and was
 * not followed by four aftershocks") denies that phrase alone: what the first verb tells (when it
 * struck) is another fact, and its words weigh nothing in whether another statement tells the
 * denied one ("The main shock was followed by four strong aftershocks, with panic in the villages").
 */

/** Fewest content words of the joined clause for it to stand for the statement. */
const CLAUSE_WORDS = 3;
/** Share of the joined clause's content words the other statement must state. */
const CLAUSE_SHARE = 0.5;

/** The words right before a denial that join its verb phrase to the first: "and was", "but had". */
const JOINED_BEFORE = /\s(\p{L}+)\s+(\p{L}+)\s*$/u;

/**
 * The content words of the verb phrase a denial stands in, when that phrase is joined by "and" or
 * "but" and an auxiliary to the sentence's first verb ("… and was not followed by …"): from the
 * auxiliary to the clause's end. Null when the denial stands in no such phrase.
 */
export function joinedClauseLemmas(a: AlignUnit, item: Negated): string[] | null {
  const at = item.span.start - a.span.start;
  const joined = JOINED_BEFORE.exec(a.text.slice(0, at));
  const coordinator = joined?.[1]?.toLowerCase() ?? "";
  const auxiliary = joined?.[2]?.toLowerCase() ?? "";
  if (!VERB_COORDINATORS.has(coordinator) || !FINITE_AUXILIARY_VERBS.has(auxiliary)) return null;
  const rest = a.text.slice(at);
  const stop = rest.search(/[,;:.!?]/);
  const own = lemmaSet(a);
  // Figures and dates are masked out of a statement's lemmas: the words left are compared.
  return contentLemmas(`${auxiliary} ${rest.slice(0, stop < 0 ? rest.length : stop)}`).filter(
    (lemma) => own.has(lemma),
  );
}

/**
 * Whether the other statement tells the joined verb phrase a denial stands in, of three content
 * words or more: its verb and the head of what follows the verb ("aftershocks"
 * of "followed by four strong aftershocks") stated, and half of its words. A modifier may be worded
 * otherwise ("four major aftershocks"); the rest of the sentence is no part of the comparison.
 */
export function sharesJoinedClause(a: AlignUnit, b: AlignUnit, item: Negated): boolean {
  const lemmas = joinedClauseLemmas(a, item);
  if (lemmas === null) return false;
  const distinct = [...new Set(lemmas)];
  if (distinct.length < CLAUSE_WORDS) return false;
  const head = objectHead(a, item);
  if (head === null || !statesLemma(b, item.lemma) || !statesLemma(b, head)) return false;
  const stated = distinct.filter((lemma) => statesLemma(b, lemma)).length;
  return stated / distinct.length >= CLAUSE_SHARE;
}

/**
 * The head of the phrase after a denied verb, past the prepositions that open it: its last content
 * word before the next preposition or the clause end ("aftershocks" of "followed by four strong
 * aftershocks", "opponent" of "beaten an elite opponent in several years"). Null when none.
 */
function objectHead(a: AlignUnit, item: Negated): string | null {
  const rest = a.text.slice(item.span.end - a.span.start);
  const stop = rest.search(/[,;:.!?]/);
  let head: string | null = null;
  for (const match of rest.slice(0, stop < 0 ? rest.length : stop).matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (PREPOSITIONS.has(word)) {
      if (head !== null) break;
      continue;
    }
    head = contentLemmas(word)[0] ?? head;
  }
  return head;
}
