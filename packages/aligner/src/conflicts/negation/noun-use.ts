import { contentLemmas, eventWords } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";
import { escapeRegExp } from "../../escape-regexp.ts";
import type { Negated } from "./negated-words.ts";

/*
 * A denied verb is not stated by the noun of the same form (issue 12): "Lund did not email the
 * plans" says nothing against "Lund used a private email account" — the first denies sending, the
 * second names a kind of mail.
 */

/** The word right after a stated word, past one space: "account" of "email account". */
const NEXT_WORD = /^\s([\p{Ll}-]+)/u;

/**
 * Whether the statement writes the word as a noun where the denial has it as a verb: the tagger
 * reads the denied lemma as a verb in the denial and only as a noun in the statement, and there it
 * modifies the noun right after it ("her email account", "a personal email account"): a thing of
 * that kind, no act. A noun of the act itself ("his arrest", "the cuts happened", "a life
 * sentence for …") still tells that the act was done, so it is no such noun.
 */
export function nounForVerb(
  denial: AlignUnit,
  item: Negated,
  statement: AlignUnit,
  start: number,
): boolean {
  if (!eventWords(denial.text).some((w) => w.verb && w.lemma === item.lemma)) return false;
  const words = eventWords(statement.text);
  if (
    !words.some((w) => w.lemma === item.lemma) ||
    words.some((w) => w.verb && w.lemma === item.lemma)
  )
    return false;
  // Any place the statement writes the word as it is written at the value ("her use of private
  // email broke …, her email account"): the tagger reads each one a noun, and one modifying the
  // noun after it tells that the statement means a thing of that kind throughout.
  const at = start - statement.span.start;
  const written = /^[\p{L}'’-]+/u.exec(statement.text.slice(at))?.[0] ?? "";
  if (written === "") return false;
  const escaped = escapeRegExp(written);
  for (const m of statement.text.matchAll(
    new RegExp(`(?<![\\p{L}'’-])${escaped}(?![\\p{L}'’-])`, "giu"),
  )) {
    const next = NEXT_WORD.exec(statement.text.slice((m.index ?? 0) + m[0].length))?.[1];
    if (next === undefined) continue;
    const nextLemma = contentLemmas(next)[0];
    if (
      words.some(
        (w, i) =>
          w.lemma === item.lemma && words[i + 1]?.lemma === nextLemma && !words[i + 1]?.verb,
      )
    )
      return true;
  }
  return false;
}
