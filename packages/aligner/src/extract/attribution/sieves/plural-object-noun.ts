// Attribution layer: a plural noun in a main clause's predicate that is spelt as a reporting verb
// ("remarks", "questions", "claims"), read as the noun wink's tagger makes of it, so it is no
// second speaker's verb (main-clause-subject.ts).
import { tagsAt } from "../../tagged-words.ts";

/**
 * Whether `word` at `at` (in the clause body[from, to)) is a plural noun after a modifier or a
 * verb: "accused her of making racist remarks by …", "chided Vint for raising questions about …".
 * After a noun or a name the word may be that subject's verb ("the board claims the port is …",
 * which wink tags a noun as well), so it stays a verb there.
 */
export function pluralObjectNoun(
  body: string,
  from: number,
  to: number,
  at: number,
  word: string,
): boolean {
  if (!/^\p{Ll}+[^s\W]s$/u.test(word)) return false;
  const tags = tagsAt(body, from, to, at);
  return tags?.tag === "NOUN" && (tags.before === "ADJ" || tags.before === "VERB");
}

/**
 * Whether the speech noun ending at `end` introduces the quotation at `open` as its own words: at
 * most two words between ("roused the crowd to chants of “…”", "questions like “…”"). The noun's
 * speaker is then whoever chanted or asked, not the clause's subject.
 */
export function nounIntroducesQuotation(body: string, end: number, open: number): boolean {
  return (body.slice(end, open).match(/\p{L}+/gu) ?? []).length <= 2;
}
