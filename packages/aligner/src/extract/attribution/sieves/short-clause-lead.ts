// Attribution layer, a late sieve: a quoted sentence after a short clause of a person's name and
// its verb ("Ada Lund shot back, “Not on my watch.”", "Vint sings, “Tides turn.”") is that
// person's words, whatever the verb: the clause says nothing but who acts before the quotation.
// Sits after the sieves that read verbs of saying, and reads only a name that opens the clause.

import { FORMS_OF_BE } from "../../../../lexicons/function-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/** The words a short clause may hold after the name: one to seven lowercase words. */
const AFTER_NAME = /^((?:\s+\p{Ll}[\p{Ll}’'-]*){1,7})\s*[,:]\s*$/u;

/**
 * The speaker of a quotation opening with a capital letter after a comma or colon, when the
 * clause before it — from the sentence's start or the last comma, semicolon, dash, bracket or
 * quotation mark — is a name mention of one person the registry resolved (not a pronoun, not
 * ambiguous) and one to seven lowercase words: its verb and what goes with it ("shot back",
 * "tried to laugh it off by interjecting"). Abstains when those words hold a form of "be" ("Lund
 * was asked,"), or another capitalised word ("Lund turned to Vint,"), and when the name does not
 * open the clause ("the Lund supporter retorted:", where the name only modifies the subject).
 */
export function shortClauseLead(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const open = quotation.open;
  if (!/^\s?\p{Lu}/u.test(body.slice(open + 1, open + 3))) return null;
  const sentence = text.sentenceAt(open);
  if (sentence === undefined) return null;
  let punct = open;
  while (punct > 0 && body.charCodeAt(punct - 1) === 32) punct -= 1;
  if (!/[,:]/.test(body[punct - 1] ?? "")) return null;
  let from = punct - 1;
  const limit = Math.max(sentence.span.start, punct - 120);
  while (from > limit && !/[,;:—–()“”"\n]/.test(body[from - 1]!)) from -= 1;
  while (from < punct && /\s/.test(body[from]!)) from += 1;
  const mention = registry.mentions[registry.firstFrom(from)];
  if (mention === undefined || mention.start !== from || mention.form === "pronoun") return null;
  if (mention.entity === null || mention.ambiguous || mention.possessive) return null;
  if (registry.personEndingAt(mention.end, true) !== mention.entity) return null;
  const rest = AFTER_NAME.exec(body.slice(mention.end, punct));
  if (rest === null) return null;
  const words = rest[1]!.trim().split(/\s+/);
  if (words.some((w) => FORMS_OF_BE.has(w))) return null;
  return { speaker: mention.entity, start: mention.start, end: punct };
}
