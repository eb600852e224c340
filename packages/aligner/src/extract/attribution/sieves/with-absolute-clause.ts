// Attribution layer, a sieve after the participle clause: a quotation inside an absolute clause
// opened by "with" after a comma ("The board split on the plan, with Ada Lund calling it “a slow
// disaster.”", "…, with Lund reportedly shouting: “Out!”") is the words of the name that "with"
// introduces — the participle's own subject, not the main clause's.

import { DETERMINERS } from "../../../../lexicons/function-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { quotationLead } from "../quotation-lead.ts";
import { SPEECH_VERBS, VERBS } from "../sieve-words.ts";
import { unquotedWords } from "../unquoted-words.ts";
import { laterCue } from "./main-clause-subject.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/** The -ing forms of the verbs of saying and of judging in words ("tweeting", "calling"). */
const PARTICIPLES: ReadonlySet<string> = new Set(
  [...SPEECH_VERBS].filter((w) => w.endsWith("ing")),
);

/**
 * `, with Roe [adverb] saying …` / `— with Sen. Roe calling it …`: "with" after a comma or a dash,
 * then a capitalised name of one to four words (a title's dot allowed), an optional -ly adverb and
 * a participle of speaking or judging. The name's words are read by the registry as a phrase.
 */
const WITH_CLAUSE =
  /[,—–]\s*with\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+ing)\b/gu;

/**
 * The speaker of a quotation inside a "with" absolute clause of its sentence: the last such clause
 * before the quotation whose participle is a verb of saying or judging, read through one
 * coordinated participle ("with Roe tweeting that it was a “mess” and asking, “Why?”"). Abstains
 * when a finite reporting verb, "according to" or a semicolon stands between the clause and the
 * quotation (another speaker may own it), when a reporting verb follows the quotation in its
 * sentence, or when the name is no known person or organisation.
 */
export function withAbsoluteClause(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const open = quotation.open;
  // The lead may hold quotations: the clause's participle may come after one.
  const sentence = quotationLead(text, open, 400);
  if (sentence === null) return null;
  const sStart = sentence.start;
  let clause: RegExpExecArray | null = null;
  WITH_CLAUSE.lastIndex = sStart;
  for (let m = WITH_CLAUSE.exec(body); m !== null && m.index < open; m = WITH_CLAUSE.exec(body)) {
    if (PARTICIPLES.has(m[2]!) && m.index + m[0].length <= open) clause = m;
  }
  if (clause === null) return null;
  const clauseEnd = clause.index + clause[0].length;
  if (betweenHoldsCue(text, clauseEnd, open)) return null;
  if (laterCue(text, quotation.close, sentence.end)) return null;
  const nameStart = clause.index + clause[0].indexOf(clause[1]!);
  const nameEnd = nameStart + clause[1]!.length;
  const speaker = registry.speakerFromPhrase(nameStart, nameEnd, false);
  if (typeof speaker !== "number" || !registry.canSpeak(speaker)) return null;
  return { speaker, start: nameStart, end: clauseEnd };
}

/**
 * Whether a finite reporting verb (not after a determiner: "the call"), "according to" or a
 * semicolon stands outside quotation marks between `from` and `open`.
 */
function betweenHoldsCue(text: ArticleText, from: number, open: number): boolean {
  const { body } = text;
  if (body.slice(from, open).includes(";")) return true;
  for (const { word, before } of unquotedWords(text, from, open)) {
    if (before === "according" && word.toLowerCase() === "to") return true;
    if (VERBS.has(word) && !word.endsWith("ing") && !DETERMINERS.has(before)) return true;
  }
  return false;
}
