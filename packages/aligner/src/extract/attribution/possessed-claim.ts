// Attribution sieve: a quoted fragment inside the clause of a possessor's claim noun.

import { DETERMINERS } from "../../../lexicons/function-words.ts";
import { CLAIM_NOUNS } from "../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../article-text.ts";
import type { EntityRegistry } from "../entities/entity-registry.ts";
import { QUOTATION_MARK_OR_APOSTROPHES, type Quotation } from "../quotation-marks.ts";
import { nameEntity } from "./possessed-message.ts";
import { quotationLead } from "./quotation-lead.ts";
import type { SieveFinding } from "./sieve-finding.ts";
import { VERBS } from "./sieve-words.ts";
import { unquotedWords } from "./unquoted-words.ts";

const CLAIMS = CLAIM_NOUNS.trim().split(/\s+/).join("|");

/** One to four capitalised words (initials and dotted titles allowed): a name. */
const NAME = String.raw`(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*?`;

/**
 * `Ivo Vint's recent claim that` / `Lund’s pledge to` / `Vint's accusation of`: a possessive name,
 * at most three lowercase modifiers, a claim noun, then "that", "to" or "of" opening its content.
 */
const POSSESSED_CLAIM = new RegExp(
  String.raw`(?<![\p{L}’'.-])(${NAME})[’']s?\s+(?:[\p{Ll}-]+\s+){0,3}?(?:${CLAIMS})\s+(?:that|to|of)\s`,
  "gu",
);

/**
 * The speaker of a quotation inside the content of a claim its sentence credits to a named
 * possessor, before the mark: `Lund blamed the press for making an issue of Ivo Vint's claim that
 * the council “sold the port”` → Vint, as "Vint claimed that …" would make him. The last such
 * claim before the mark is read; the sentence holds no earlier quotation (`quotationLead`), and
 * no finite reporting verb, semicolon or relative "which"/"who" stands between the claim and the
 * mark (another speaker or clause may own the words). Only a person or organisation the registry
 * knows by the name counts.
 */
export function possessedClaim(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const sentence = quotationLead(text, quotation.open, 400, QUOTATION_MARK_OR_APOSTROPHES);
  if (sentence === null) return null;
  const { lead } = sentence;
  let last: RegExpExecArray | null = null;
  POSSESSED_CLAIM.lastIndex = 0;
  for (let m = POSSESSED_CLAIM.exec(lead); m !== null; m = POSSESSED_CLAIM.exec(lead)) last = m;
  if (last === null) return null;
  // "Vint's aide disputed the claim that …": a modifier is never a determiner (another clause).
  const modifiers = last[0].slice(last[1]!.length).split(/\s+/).slice(1, -3);
  if (modifiers.some((w) => DETERMINERS.has(w))) return null;
  const nameStart = sentence.start + last.index;
  const nameEnd = nameStart + last[1]!.length;
  const claimEnd = sentence.start + last.index + last[0].length;
  if (/[;—–]/.test(body.slice(claimEnd, quotation.open))) return null;
  for (const { word } of unquotedWords(text, claimEnd, quotation.open)) {
    const lower = word.toLowerCase();
    if (lower === "which" || lower === "who" || lower === "whom") return null;
    if (VERBS.has(lower) && !lower.endsWith("ing")) return null;
  }
  const speaker = nameEntity(registry, body, nameStart, nameEnd);
  if (speaker === null) return null;
  const kind = registry.kindOf(speaker);
  if (kind !== "person" && kind !== "organization") return null;
  return { speaker, start: nameStart, end: claimEnd };
}
