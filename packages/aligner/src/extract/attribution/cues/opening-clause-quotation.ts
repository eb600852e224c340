// Attribution layer: a quotation that closes the clause opening its sentence, before the main
// clause's subject ("After Ed Moss called the plan “a disgrace,” critics urged …", "In “Harbour
// Nights,” a pilot calls …"). The cue of the main clause after its comma did not say it.
import { OPENING_CLAUSE_WORDS } from "../../../../lexicons/function-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { VERBS } from "../sieve-words.ts";
import { markBeforeClose } from "../sieves/mark-before-close.ts";
import { labelEnd } from "./trailing-attribution.ts";

/**
 * Words opening an adverbial or a subordinate clause, and "of" ("Of “the plan,” …"). Not "to"
 * (`To “win back trust,” Roe said, …`) nor "as" (`As Lund put it “…”`).
 */
const OPENERS: ReadonlySet<string> = new Set([...OPENING_CLAUSE_WORDS, "of"]);

/**
 * Whether `quotation` closes on a comma the clause that opens its sentence: from the sentence's
 * start (past a kicker or dateline) to the opening mark, a preposition or subordinator first and
 * no other punctuation, and the mark not opening the sentence. A cue right after the comma then
 * opens the main clause and does not close the quotation, when the main clause goes on past it
 * (`critics urged the council …`); a cue set off by commas (`, Roe said, the party …`) or ending
 * the sentence may still speak the whole sentence, the caller keeps those.
 */
export function closesOpeningClause(text: ArticleText, quotation: Quotation): boolean {
  const { body } = text;
  const sentence = text.sentenceAt(quotation.open);
  if (sentence === undefined) return false;
  const start = labelEnd(body, sentence.span.start, quotation.open);
  const lead = body.slice(start, quotation.open);
  if (/[,;:“”"()—–\n]|\s-\s/.test(lead)) return false;
  const words = lead.trim().split(/\s+/);
  if (words.length < 1 || words[0] === "" || words.length > 20) return false;
  if (!OPENERS.has(words[0]!.toLowerCase())) return false;
  return markBeforeClose(body, quotation.close) === "," || body[quotation.close + 1] === ",";
}

/** `…” critics urged the council`: the cue ending at `end` is followed by more of its clause. */
export function clauseGoesOnAfter(body: string, end: number): boolean {
  return /^\s+[\p{L}\p{N}“"]/u.test(body.slice(end, end + 3));
}

/** `In “Harbour Nights,” a pilot calls the port …`: a trailing cue of the main clause reads as none. */
export function mainClauseCue<T extends { end: number }>(
  text: ArticleText,
  quotation: Quotation,
  found: T | null,
): T | null {
  if (found === null || !closesOpeningClause(text, quotation)) return found;
  return clauseGoesOnAfter(text.body, found.end) ? null : found;
}

/**
 * `After Moss called the plan “a disgrace,” the council voted to “act now.”`: the quotation at
 * index `qi` follows, in its sentence, a quotation that closes the opening clause — it stands in
 * the main clause, whose subject is not the opening clause's speaker. A reporting verb between
 * (`In his “memo,” a draft he wrote, he said, “…”`) is the main clause's cue, left to the readers.
 */
export function inMainClauseAfterOpening(text: ArticleText, qi: number): boolean {
  const here = text.quotations[qi];
  const before = text.quotations[qi - 1];
  if (here === undefined || before === undefined) return false;
  return (
    text.sentenceIndexAt(here.open) === text.sentenceIndexAt(before.open) &&
    closesOpeningClause(text, before) &&
    !(text.body.slice(before.close + 1, here.open).match(/[\p{L}’']+/gu) ?? []).some((w) =>
      VERBS.has(w),
    )
  );
}
