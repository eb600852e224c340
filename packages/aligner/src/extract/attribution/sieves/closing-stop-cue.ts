// Attribution layer: another speaker's reporting verb closing the sentence after a quotation
// ("Lund rejected the “quay toll” on Monday, the porters argued."), for sieves that credit the
// subject opening the sentence.

import { DETERMINERS, VERB_COORDINATORS } from "../../../../lexicons/function-words.ts";
import type { ArticleText } from "../../article-text.ts";
import { withoutFullStop } from "../sentence-words.ts";
import { VERBS } from "../sieve-words.ts";
import { unquotedWords } from "../unquoted-words.ts";

/**
 * Whether the sentence's last word after `close` is a finite reporting verb read with its full
 * stop, after a comma ("…, the porters argued.", "…, Vint claimed."): not a participle, not a noun
 * after a determiner, not a verb coordinated with the subject's ("… and said.").
 */
export function closingStopCue(text: ArticleText, close: number, sEnd: number): boolean {
  let last: { word: string; before: string; at: number } | null = null;
  for (const w of unquotedWords(text, close + 1, sEnd)) last = w;
  if (last === null) return false;
  const bare = withoutFullStop(last.word);
  if (bare === last.word || !VERBS.has(bare) || bare.endsWith("ing")) return false;
  if (DETERMINERS.has(last.before) || VERB_COORDINATORS.has(last.before)) return false;
  return text.body.slice(close + 1, last.at).includes(",");
}
