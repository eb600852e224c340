// Attribution sieve: a quoted fragment inside the clause of a possessor's claim noun.

import { DETERMINERS } from "../../../../lexicons/function-words.ts";
import { CLAIM_NOUNS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { QUOTATION_MARK_OR_APOSTROPHES, type Quotation } from "../../quotation-marks.ts";
import { quotationLead } from "../quotation-lead.ts";
import { VERBS } from "../sieve-words.ts";
import { unquotedWords } from "../unquoted-words.ts";
import { nameEntity } from "./possessed-message.ts";
import type { SieveFinding } from "./sieve-finding.ts";

const CLAIMS = CLAIM_NOUNS.trim().split(/\s+/).join("|");

/**
 * One to four capitalised words (initials and dotted titles allowed): a name, its last word read
 * as short as the possessive after it allows. Shared by the possessor sieves.
 */
export const NAME = String.raw`(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*?`;

/**
 * A short phrase of time or place between a claim noun and its "that" ("suggestion at a debate
 * that", "warning last week that"): a preposition or time word, then up to five lowercase words or
 * numbers, no comma.
 */
const PLACED = String.raw`\s+(?:at|in|on|during|last|this|earlier)(?:\s+[\p{Ll}\p{N}-]+){1,5}?`;

/**
 * `Ivo Vint's recent claim that` / `Lund’s pledge to` / `Vint's accusation of` / `his claim that`:
 * a possessive name or "his"/"her", at most three lowercase modifiers, a claim noun, then "that",
 * "to" or "of" opening its content (`Vint's suggestion at a debate that`: "that" after a short
 * phrase of time or place); or a call for something (`her call for “…”`), whose content a
 * "for" opens.
 */
const POSSESSED_CLAIM = new RegExp(
  String.raw`(?<![\p{L}’'.-])(?:(${NAME})[’']s?|\b([Hh]is|[Hh]er))\s+((?:[\p{Ll}-]+\s+){0,3}?)(?:(?:${CLAIMS})(?:\s+(?:that|to|of)|${PLACED}\s+that)|calls?\s+for)\s`,
  "gu",
);

/**
 * The speaker of a quotation inside the content of a claim its sentence credits to a named
 * possessor, before the mark: `Lund blamed the press for making an issue of Ivo Vint's claim that
 * the council “sold the port”` → Vint, as "Vint claimed that …" would make him. The last such
 * claim before the mark is read; the sentence holds no earlier quotation (`quotationLead`), and
 * no finite reporting verb, semicolon or relative "which"/"who" stands between the claim and the
 * mark (another speaker or clause may own the words). Only a person or organisation the registry
 * knows by the name counts; "his"/"her" (`her claim that she “never signed”`) is the person the
 * registry resolved the possessive to, and none when it could be either of two.
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
  const owner = last[1] ?? last[2]!;
  // "Vint's aide disputed the claim that …": a modifier is never a determiner (another clause).
  const modifiers = last[3]!.split(/\s+/);
  if (modifiers.some((w) => DETERMINERS.has(w))) return null;
  const nameStart = sentence.start + last.index;
  const nameEnd = nameStart + owner.length;
  const claimEnd = sentence.start + last.index + last[0].length;
  if (/[;—–]/.test(body.slice(claimEnd, quotation.open))) return null;
  for (const { word } of unquotedWords(text, claimEnd, quotation.open)) {
    const lower = word.toLowerCase();
    if (lower === "which" || lower === "who" || lower === "whom") return null;
    if (VERBS.has(lower) && !lower.endsWith("ing")) return null;
  }
  // "his"/"her": the person the registry resolved the possessive to, none when it could not.
  const speaker =
    last[2] === undefined
      ? nameEntity(registry, body, nameStart, nameEnd)
      : possessorOf(registry, nameStart);
  if (speaker === null || !registry.canSpeak(speaker)) return null;
  return { speaker, start: nameStart, end: claimEnd };
}

/** The person a possessive "his"/"her" at `start` was resolved to (entityAt skips possessives). */
function possessorOf(registry: EntityRegistry, start: number): number | null {
  const m = registry.mentions[registry.firstFrom(start)];
  if (m === undefined || m.start !== start || !m.possessive || m.ambiguous) return null;
  return m.entity;
}
