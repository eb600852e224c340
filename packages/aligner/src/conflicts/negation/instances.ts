import { contentLemmas } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { Negated } from "./negated-words.ts";

/*
 * A denial of a verb done to one thing already told ("Lund had not answered the question") is no
 * answer to a report of the same verb done to one of its kind ("when Lund answered a question on
 * harbour fees"): the definite object is the one the denying article is about, the indefinite one
 * introduces another, so the two tell two occasions (issue 12: two debates, two questions). The
 * other way round ("has not made an offer" / "made the offer") the definite one may well be it.
 */

/** The words of a noun phrase opened by a determiner right after a verb: "the question, …". */
const PHRASE = /^\s+(the|a|an|another)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u;

/**
 * The determiner and head noun of the object right after a verb: the last of up to three
 * lower-case content words after "the", "a", "an" or "another", before a function word ("the
 * question, the candidate said" → "question"; "a question on harbour fees" → "question").
 */
function objectAfter(text: string): { determiner: string; noun: string } | null {
  const match = PHRASE.exec(text);
  if (!match) return null;
  let noun: string | undefined;
  for (const word of (match[2] as string).split(/\s+/)) {
    const [lemma] = contentLemmas(word);
    if (lemma === undefined) break;
    noun = lemma;
  }
  return noun === undefined ? null : { determiner: (match[1] as string).toLowerCase(), noun };
}

/**
 * Whether the denied verb's object is "the" thing and the stated verb's is "a" thing of the same
 * noun: two occasions, not one told both ways.
 */
export function anotherOfItsKind(
  denial: AlignUnit,
  item: Negated,
  statement: AlignUnit,
  word: { span: { end: number } },
): boolean {
  const denied = objectAfter(denial.text.slice(item.span.end - denial.span.start));
  if (denied?.determiner !== "the") return false;
  const stated = objectAfter(statement.text.slice(word.span.end - statement.span.start));
  return stated !== null && stated.determiner !== "the" && stated.noun === denied.noun;
}
