import type { Conflict, Span } from "@parallax/core";
import { contentLemmas } from "../align/lemmas.ts";
import type { AlignUnit } from "../align/units.ts";
import {
  alignedAsOne,
  type ConflictContext,
  conflictEvidence,
  sameSubject,
  statesSomething,
} from "./guards.ts";

/** Wording at which two statements tell one thing, so that a "not" in one of them denies it. */
const NEGATION_WORDING = 0.6;
/** How many words after the negation its verb may stand ("did not immediately say"). */
const REACH = 3;

const NEGATION = /\b(?:not|never|no longer|n['’]t)\b|n['’]t\b/gi;
const WORD = /[\p{L}\p{N}'’-]+/gu;
/** A determiner right after the negation: what is negated is a noun phrase, not a predicate. */
const CONTRAST_OPENER = /^\s+(?:a|an|the|this|that|these|those|one|only|just)\b/i;

/**
 * When the statements are not worded nearly alike as wholes (stock words of a story weigh little:
 * in a story about a prisoner's suicide "hanged himself in his prison cell" is in every article),
 * the other statement must state the negated predicate itself — the negated word and most of the
 * content words after it to the clause end ("had not suffered from heart disease" / "had suffered
 * from heart disease") — and share half of the shorter statement's content words.
 */
const PREDICATE_SHARE = 0.75;
/** How many content words of the predicate are compared: the verb and its object, not the clause's tail. */
const PREDICATE_WORDS = 5;
/** Share of the shorter statement's content words the two must share besides the predicate. */
const STATEMENT_SHARE = 0.5;

type Negated = { lemma: string; span: Span; text: string; predicate: readonly string[] };

/**
 * The content words a statement negates: the first content word within a few words after each
 * "not", "never", "no longer" or "n't" ("did not attend" negates "attend").
 */
function negatedWords(unit: AlignUnit): Negated[] {
  const found: Negated[] = [];
  for (const match of unit.text.matchAll(NEGATION)) {
    const from = (match.index ?? 0) + match[0].length;
    // "not the first time", "a .32-caliber revolver, not a .45": a thing set against another, no
    // denial that something happened.
    if (CONTRAST_OPENER.test(unit.text.slice(from))) continue;
    let count = 0;
    for (const word of unit.text.slice(from).matchAll(WORD)) {
      count += 1;
      if (count > REACH) break;
      const [lemma] = contentLemmas(word[0]);
      if (!lemma) continue;
      // "was not Deep Throat" denies who someone is, not what happened: a name is no predicate.
      if (/^\p{Lu}/u.test(word[0])) break;
      const start = unit.span.start + (match.index ?? 0);
      const end = unit.span.start + from + (word.index ?? 0) + word[0].length;
      // The predicate runs from the negated word to the end of its clause.
      const rest = unit.text.slice(from + (word.index ?? 0));
      const clauseEnd = rest.search(/[,;:.!?]/);
      const predicate = contentLemmas(rest.slice(0, clauseEnd < 0 ? rest.length : clauseEnd));
      found.push({
        lemma,
        text: unit.text.slice(start - unit.span.start, end - unit.span.start),
        span: { articleId: unit.span.articleId, start, end },
        predicate: predicate.slice(0, PREDICATE_WORDS),
      });
      break;
    }
  }
  return found;
}

/**
 * The same words without the global flag: `test` on a global expression leaves `lastIndex` behind,
 * and `matchAll` starts its copy there, so a statement read after another could lose its "not".
 */
const HAS_NEGATION = new RegExp(NEGATION.source, "i");

function hasNegation(unit: AlignUnit): boolean {
  return HAS_NEGATION.test(unit.text);
}

/**
 * Words before a verb that keep it from being stated as so: "working to determine the cause" and
 * "will decide" say nothing about whether it was determined or decided, so "has not been
 * determined" does not deny them.
 */
const NOT_ASSERTED = /\b(?:to|will|would|could|can|may|might|must|should|shall)\s+$/i;

/** A question left open before the word: what follows "whether" or "if" is not stated as so. */
const OPEN_QUESTION = /\b(?:whether|if)\b/i;

/** The word of a statement that carries a lemma and states it as so, with its span. */
function wordWith(unit: AlignUnit, lemma: string): { text: string; span: Span } | null {
  for (const word of unit.text.matchAll(WORD)) {
    if (contentLemmas(word[0])[0] !== lemma) continue;
    const before = unit.text.slice(Math.max(0, (word.index ?? 0) - 12), word.index ?? 0);
    if (NOT_ASSERTED.test(before)) continue;
    // "declined to say whether the church had received threats" asks, it does not state.
    if (OPEN_QUESTION.test(unit.text.slice(0, word.index ?? 0))) continue;
    const start = unit.span.start + (word.index ?? 0);
    return {
      text: word[0],
      span: { articleId: unit.span.articleId, start, end: start + word[0].length },
    };
  }
  return null;
}

/**
 * Whether the other statement tells what the negation denies: worded nearly alike as a whole, or
 * stating most of the negated predicate ("not placed on injured reserve" / "placed … on injured
 * reserve Wednesday") with half of its content words in common.
 */
function toldAlike(a: AlignUnit, b: AlignUnit, item: Negated, context: ConflictContext): boolean {
  if (context.similarity(a, b) >= NEGATION_WORDING) return true;
  if (item.predicate.length < 2) return false;
  const stated = new Set(b.lemmas);
  const shared = item.predicate.filter((lemma) => stated.has(lemma)).length;
  if (shared / item.predicate.length < PREDICATE_SHARE) return false;
  const left = new Set(a.lemmas);
  const common = [...left].filter((lemma) => stated.has(lemma)).length;
  return common / Math.min(left.size, stated.size) >= STATEMENT_SHARE;
}

/**
 * Whether the other statement is about whom the negation is: the people the negated clause names
 * before its "not" ("Unlike stars A and B, Ross is not signed" is about Ross) must include one the
 * other statement names, when that clause names anyone.
 */
function sameDenied(a: AlignUnit, b: AlignUnit, item: Negated, context: ConflictContext): boolean {
  const before = a.text.slice(0, item.span.start - a.span.start);
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
  const named = [...a.entities].filter((id) => {
    if (context.isPlace?.(id)) return false;
    const surname = context.entityName(id).split(/\s+/).at(-1) ?? "";
    return surname.length > 1 && clause.includes(surname);
  });
  return named.length === 0 || named.some((id) => b.entities.has(id));
}

/**
 * One outlet reports as not so what another reports as so: two statements aligned as one fact and
 * worded nearly alike, one of which negates a word the other states without any negation ("the
 * talks had not made progress" / "the talks had made progress"). Every statement of the group that
 * states the word, with or without the negation, is in the row.
 */
export function negationConflicts(
  units: readonly AlignUnit[],
  context: ConflictContext,
): Conflict[] {
  const negating = units.map((unit) => ({ unit, negated: negatedWords(unit) }));
  for (const { unit: a, negated } of negating) {
    for (const item of negated) {
      for (const b of units) {
        if (b.articleIndex === a.articleIndex || hasNegation(b)) continue;
        if (!statesSomething(a) || !statesSomething(b)) continue;
        if (!b.lemmas.includes(item.lemma)) continue;
        if (!toldAlike(a, b, item, context)) continue;
        if (!sameDenied(a, b, item, context)) continue;
        if (!alignedAsOne(a, b, context) || !sameSubject(a, b, context)) continue;
        const word = wordWith(b, item.lemma);
        if (!word) continue;
        const row: Conflict["values"] = [{ articleId: a.articleId, ...item }];
        const seen = new Set([a.articleId]);
        const positive: Conflict["values"] = [];
        for (const other of units) {
          if (seen.has(other.articleId)) continue;
          const denies = negatedWords(other).find((n) => n.lemma === item.lemma);
          if (denies) {
            row.push({ articleId: other.articleId, text: denies.text, span: denies.span });
            seen.add(other.articleId);
            continue;
          }
          if (hasNegation(other) || !other.lemmas.includes(item.lemma)) continue;
          const states = wordWith(other, item.lemma);
          if (!states) continue;
          positive.push({ articleId: other.articleId, ...states });
          seen.add(other.articleId);
        }
        return [
          {
            kind: "negation",
            subject: `whether: ${item.lemma}`,
            values: [...row, ...positive],
            evidence: conflictEvidence(a, b, context, [
              { kind: "lexical", label: `"${item.text}" against "${word.text}"`, weight: 1 },
            ]),
          },
        ];
      }
    }
  }
  return [];
}
