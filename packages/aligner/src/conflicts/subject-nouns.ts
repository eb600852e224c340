import { eventWords } from "../align/lemmas.ts";
import type { AlignUnit } from "../align/units.ts";
import { statesLemma } from "./negation-guards.ts";

/* The subject a verb is said of, as its common nouns: two conflicting values must be of one. */

/** Words that open a relative clause: its subject is the noun before it. */
const RELATIVE = /^\s*(?:who|which|that|whose)\b/i;

/**
 * The nouns of the subject a verb at a position is said of: the words of its clause before it, or,
 * for a relative clause ("The driver, who was not wearing a belt"), of the clause before that.
 */
export function subjectNouns(unit: AlignUnit, at: number): string[] {
  const before = unit.text.slice(0, Math.max(0, at - unit.span.start));
  const cuts = [...before.matchAll(/[,;:]|\bthat\b/gi)].map((m) => (m.index ?? 0) + m[0].length);
  const from = cuts.at(-1) ?? 0;
  let clause = before.slice(from);
  if (RELATIVE.test(clause) || /^\s*$/.test(clause)) {
    const previous = cuts.at(-2) ?? 0;
    clause = before.slice(previous, Math.max(previous, from - 1));
  }
  // Names are compared as entities, not as words; the subject stands before the clause's verb
  // ("the quake struck the coast at 4:10": "coast" is what it struck).
  const words = eventWords(clause.replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " "));
  const verb = words.findIndex((w) => w.verb);
  const subject = verb < 0 ? words : words.slice(0, verb);
  return subject.map((w) => w.lemma).slice(-2);
}

/**
 * Whether two verbs can be said of one subject: when each clause names its subject with common
 * nouns ("the driver was not injured" / "the passenger was injured", "the quake struck at 4:10" /
 * "an aftershock struck at 5:20"), one of them is in the other statement. A pronoun or a name
 * says nothing here (names are compared as entities).
 */
export function sameSubjectNouns(a: AlignUnit, at: number, b: AlignUnit, bAt: number): boolean {
  const left = subjectNouns(a, at);
  const right = subjectNouns(b, bAt);
  if (left.length === 0 || right.length === 0) return true;
  // One side's subject may be the other's object ("the suspect was arrested" / "police arrested
  // the suspect"): a subject noun anywhere in the other statement ties them.
  return left.some((w) => statesLemma(b, w)) || right.some((w) => statesLemma(a, w));
}
