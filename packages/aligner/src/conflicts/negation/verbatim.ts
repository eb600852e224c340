import type { Span } from "@parallax/core";
import { FINITE_AUXILIARY_VERBS } from "../../../lexicons/function-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import { withBarsAsEmDashes } from "../../extract/dash-styles.ts";
import { HAS_NEGATION, type Negated, negatedWords } from "./negated-words.ts";
import { NEGATIVE_BEFORE, wordWith } from "./statements.ts";

/*
 * A denial worded word for word as another outlet's statement but for its "not": "it was not her
 * decision" / "it was her decision", "Ivo Vint was not staying at the inn" / "Ivo Vint was
 * staying at the inn, a lodge by the lake". The words before the negation (a subject and its
 * auxiliary), the words up to the negated one and any that follow it alike are the same words.
 */

/** The shortest run of the same words that tells one statement: subject, auxiliary, verb and one more. */
const MIN_WORDS = 4;

/**
 * Subjects the same words do not tie to one thing: a he, she or they of two outlets may be two
 * people, and a conjunction or relative word opens no subject of its own ("and was not followed").
 */
const UNTIED_SUBJECT =
  /^(?:he|she|they|we|i|you|and|or|but|nor|that|which|who|whom|there|here|what|where|when)$/i;

const WORDS = /[\p{L}\p{N}'’-]+/gu;
const NEGATION_OPENING = /^(?:not|never|no\s+longer|n['’]t)\s*/i;

type Wording = { lead: string[]; tail: string[] };

const wordingOf = new WeakMap<Negated, Wording | null>();

/** The denial's words as the other statement would write them without the negation. */
function wording(a: AlignUnit, item: Negated): Wording | null {
  if (wordingOf.has(item)) return wordingOf.get(item) ?? null;
  let found: Wording | null = null;
  const before = a.text.slice(0, item.span.start - a.span.start);
  const pair = /([\p{L}\p{N}'’-]+)\s+([\p{L}'’]+)\s*$/u.exec(before);
  const subject = pair?.[1];
  const auxiliary = pair?.[2]?.toLowerCase();
  if (
    subject !== undefined &&
    auxiliary !== undefined &&
    FINITE_AUXILIARY_VERBS.has(auxiliary) &&
    !UNTIED_SUBJECT.test(subject)
  ) {
    const middle = item.text.replace(NEGATION_OPENING, "").match(WORDS) ?? [];
    const after = a.text.slice(item.span.end - a.span.start);
    const clauseEnd = after.search(/[,;:.!?]/);
    const tail = after.slice(0, clauseEnd < 0 ? after.length : clauseEnd).match(WORDS) ?? [];
    if (middle.length > 0) found = { lead: [subject, auxiliary, ...middle], tail };
  }
  wordingOf.set(item, found);
  return found;
}

const lower = (words: readonly string[]) => words.map((w) => w.toLowerCase());

/**
 * Whether the other statement writes, at a position, the denial's words without its negation (see
 * above): the word there is the negated word as written, the words before it are the denial's
 * subject, auxiliary and any words between, the words after it match to the end of the denial's
 * clause or of the statement's own, and the run holds four words or more.
 */
export function writtenAlikeAt(
  a: AlignUnit,
  item: Negated,
): ((b: AlignUnit, start: number) => boolean) | null {
  const words = wording(a, item);
  if (words === null || item.modal !== null) return null;
  const lead = lower(words.lead);
  const tail = lower(words.tail);
  return (b, start) => {
    const offset = start - b.span.start;
    const before = lower(b.text.slice(0, offset).match(WORDS) ?? []);
    // A horizontal bar ends a clause as an em dash does (same length: offsets keep).
    const rest = withBarsAsEmDashes(b.text.slice(offset));
    const from = [...rest.matchAll(WORDS)];
    const last = lead.length - 1;
    if (from[0]?.[0].toLowerCase() !== lead[last]) return false;
    const preceding = lead.slice(0, last);
    const written = before.slice(before.length - preceding.length);
    if (written.length !== preceding.length || written.some((w, i) => w !== preceding[i]))
      return false;
    let matched = 0;
    while (matched < tail.length && from[matched + 1]?.[0].toLowerCase() === tail[matched])
      matched += 1;
    // The two part where a clause ends, not on another word: "paid the families" / "paid the
    // insurers" are two payments.
    const end = from[matched] as RegExpMatchArray;
    const after = rest.slice((end.index ?? 0) + end[0].length);
    if (matched < tail.length && !/^\s*(?:[,;:.!?"”’)\]–—]|-\s|$)/u.test(after)) return false;
    return lead.length + matched >= MIN_WORDS;
  };
}

/**
 * The word with which the other statement states, in the denial's words but for its "not", what
 * the denial denies: no denial of that word, and no negation before it in its own clause (after
 * the last comma, semicolon, colon or dash) — "Though the agent would not say why, a friend said
 * that it was his choice" states it; "did not say that it was his choice" and "No gun has been
 * found" (of "the gun has not been found") do not.
 */
export function statedAlike(
  a: AlignUnit,
  item: Negated,
  b: AlignUnit,
): { text: string; span: Span } | null {
  const alikeAt = writtenAlikeAt(a, item);
  if (alikeAt === null || negatedWords(b).some((n) => n.lemma === item.lemma)) return null;
  const word = wordWith(b, item, (start) => alikeAt(b, start));
  if (!word) return null;
  const before = withBarsAsEmDashes(b.text.slice(0, word.span.start - b.span.start));
  const clause = before.slice(
    Math.max(...[",", ";", ":", " - ", "—", "–"].map((m) => before.lastIndexOf(m))) + 1,
  );
  // "No gun has been recovered" denies it with its determiner.
  return HAS_NEGATION.test(clause) || NEGATIVE_BEFORE.test(clause) || /\bno\b/i.test(clause)
    ? null
    : word;
}
