import { OPINION_VERBS } from "../../../lexicons/event-words.ts";
import { AUXILIARY_VERBS } from "../../../lexicons/function-words.ts";
import { contentLemmas } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";

/*
 * A clause after a first- or second-person verb of opinion ("I know that what I saw at the pier is
 * true", "we believe the ferry has left") is that speaker's mind, as the verb itself is
 * (opinion.ts): each quotation's "I" is its own speaker, so what one quotation holds is no outlet's
 * report against another's (issue 12: "it's not true" of one speaker's description set against
 * another speaker's "I know that what I saw at the pier is true"). Only the same remark quoted by two
 * outlets, worded alike and held by the same verb, still stands against itself.
 */

/** Whoever speaks: a quotation's own "I", "we" or "you". */
const SPEAKERS: ReadonlySet<string> = new Set(["i", "we", "you"]);

/** Words and commas of a sentence's text, a contraction's ending left off ("I've" → "I"). */
const TOKEN = /[\p{L}'’]+|,/gu;

/**
 * The lemma of the first- or second-person verb of opinion whose clause holds the position: the
 * speaker, auxiliaries or adverbs in -ly, the verb, no comma after it ("You know, it's …" is a
 * filler, not a holder), all in the sentence before the position. Null when none.
 */
export function speakerHolding(unit: AlignUnit, at: number): string | null {
  const before = unit.text.slice(0, Math.max(0, at - unit.span.start));
  const sentence = before.slice(
    Math.max(...[".", "!", "?", ";"].map((s) => before.lastIndexOf(s))) + 1,
  );
  const tokens = (sentence.match(TOKEN) ?? []).map((t) =>
    t
      .toLowerCase()
      .replace(/^['’]+/u, "")
      .replace(/['’](?:ve|m|re|d|ll)$/u, ""),
  );
  let held: string | null = null;
  tokens.forEach((token, i) => {
    if (!SPEAKERS.has(token)) return;
    let j = i + 1;
    while (
      j < tokens.length &&
      (AUXILIARY_VERBS.has(tokens[j] as string) || /^\p{L}+ly$/u.test(tokens[j] as string))
    )
      j += 1;
    const verb = tokens[j];
    if (verb === undefined || j + 1 >= tokens.length || tokens[j + 1] === ",") return;
    const lemma = contentLemmas(verb)[0];
    if (lemma !== undefined && OPINION_VERBS.has(lemma)) held = lemma;
  });
  return held;
}

/**
 * Whether a denial and a statement may be set against each other as far as their holders go: neither
 * stands in a clause a speaker's verb of opinion holds, or both do, by one verb, worded alike (one
 * remark quoted by two outlets).
 */
export function sameClauseHolder(
  denial: AlignUnit,
  at: number,
  statement: AlignUnit,
  statedAt: number,
  wordedAlike: boolean,
): boolean {
  const denier = speakerHolding(denial, at);
  const stater = speakerHolding(statement, statedAt);
  if (denier === null && stater === null) return true;
  return wordedAlike && denier === stater;
}
