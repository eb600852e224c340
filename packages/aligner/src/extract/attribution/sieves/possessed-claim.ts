// Attribution sieve: a quoted fragment inside the clause of a possessor's claim noun.

import { DETERMINERS } from "../../../../lexicons/function-words.ts";
import { CLAIM_NOUNS } from "../../../../lexicons/reporting-verbs.ts";
import { RESEARCH_WORK_NOUNS } from "../../../../lexicons/survey-nouns.ts";
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
 * `the contention of former secretary Ada Lund that` / `a claim by Ivo Vint, the mayor, that`: a
 * claim noun, "of"/"by"/"from", at most five lowercase title words, the owner's name and an
 * optional appositive set off by commas, then "that" opening the content.
 */
const CLAIM_OF_NAME = new RegExp(
  String.raw`\b(?:${CLAIMS})\s+(?:of|by|from)\s+(?:[\p{Ll}-]+\s+){0,5}?(${NAME})(?:,[^,;“”"]{1,60},)?\s+that\s`,
  "dgu",
);

/**
 * `a report in the Castlebay Ledger this week about` / `a new report by the Harbour Trust that`: a
 * report published in or by a named outlet, an optional phrase of time, then "that"/"about"
 * opening what it reports — the outlet's words (only an organisation counts).
 */
const REPORT_IN_OUTLET = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he)\s+(?:(?:new|recent|latest)\s+)?(?:${[...RESEARCH_WORK_NOUNS].join("|")})\s+(?:in|by|from)\s+(?:the\s+)?(${NAME})(?:${PLACED})?\s+(?:that|about)\s`,
  "dgu",
);

/**
 * The speaker of a quotation inside the content of a claim its sentence credits to a named
 * possessor, before the mark: `Lund blamed the press for making an issue of Ivo Vint's claim that
 * the council “sold the port”` → Vint, as "Vint claimed that …" would make him. The last such
 * claim before the mark is read; the sentence holds no earlier quotation (`quotationLead`), and
 * no finite reporting verb, semicolon or relative "which"/"who" stands between the claim and the
 * mark (another speaker or clause may own the words). Only a person or organisation the registry
 * knows by the name counts; "his"/"her" (`her claim that she “never signed”`) is the person the
 * registry resolved the possessive to, and none when it could be either of two. The owner may
 * follow the noun: `the contention of Ada Lund that her emails were “over-classified”` → Lund.
 */
export function possessedClaim(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const sentence = quotationLead(text, quotation.open, 400, QUOTATION_MARK_OR_APOSTROPHES);
  if (sentence === null) return null;
  const claim = lastClaim(sentence.lead);
  if (claim === null) return null;
  const nameStart = sentence.start + claim.nameStart;
  const nameEnd = sentence.start + claim.nameEnd;
  const claimEnd = sentence.start + claim.end;
  if (/[;—–]/.test(body.slice(claimEnd, quotation.open))) return null;
  for (const { word } of unquotedWords(text, claimEnd, quotation.open)) {
    const lower = word.toLowerCase();
    if (lower === "which" || lower === "who" || lower === "whom") return null;
    if (VERBS.has(lower) && !lower.endsWith("ing")) return null;
  }
  // "his"/"her": the person the registry resolved the possessive to, none when it could not.
  const speaker = claim.pronoun
    ? possessorOf(registry, nameStart)
    : claim.outlet
      ? soleEntity(registry, nameStart, nameEnd)
      : nameEntity(registry, body, nameStart, nameEnd);
  if (speaker === null || !registry.canSpeak(speaker)) return null;
  if (claim.outlet && registry.kindOf(speaker) !== "organization") return null;
  return { speaker, start: Math.min(nameStart, sentence.start + claim.start), end: claimEnd };
}

/** A claim read in a lead: its span, its owner's name (or his/her) and where its content opens. */
type LeadClaim = {
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  pronoun: boolean;
  outlet: boolean;
};

/**
 * The last claim in `lead` whose owner is named: a possessed one (`Vint's claim that`) or one
 * whose owner follows the noun (`the contention of Ada Lund that`); null when none, or when a
 * possessed claim's modifier is a determiner ("Vint's aide disputed the claim that …" is another
 * clause).
 */
function lastClaim(lead: string): LeadClaim | null {
  const owned = lastMatch(POSSESSED_CLAIM, lead);
  const ofName = lastMatch(CLAIM_OF_NAME, lead);
  const inOutlet = lastMatch(REPORT_IN_OUTLET, lead);
  if (
    inOutlet !== null &&
    (owned === null || inOutlet.index > owned.index) &&
    (ofName === null || inOutlet.index > ofName.index)
  ) {
    const [nameStart, nameEnd] = inOutlet.indices![1]!;
    const end = inOutlet.index + inOutlet[0].length;
    return { start: inOutlet.index, end, nameStart, nameEnd, pronoun: false, outlet: true };
  }
  if (ofName !== null && (owned === null || ofName.index > owned.index)) {
    const [nameStart, nameEnd] = ofName.indices![1]!;
    const end = ofName.index + ofName[0].length;
    return { start: ofName.index, end, nameStart, nameEnd, pronoun: false, outlet: false };
  }
  if (owned === null) return null;
  if (owned[3]!.split(/\s+/).some((w) => DETERMINERS.has(w))) return null;
  const owner = owned[1] ?? owned[2]!;
  const end = owned.index + owned[0].length;
  const nameEnd = owned.index + owner.length;
  return {
    start: owned.index,
    end,
    nameStart: owned.index,
    nameEnd,
    pronoun: owned[2] !== undefined,
    outlet: false,
  };
}

function lastMatch(pattern: RegExp, lead: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lead); m !== null; m = pattern.exec(lead)) last = m;
  return last;
}

/** The person a possessive "his"/"her" at `start` was resolved to (entityAt skips possessives). */
export function possessorOf(registry: EntityRegistry, start: number): number | null {
  const m = registry.mentions[registry.firstFrom(start)];
  if (m === undefined || m.start !== start || !m.possessive || m.ambiguous) return null;
  return m.entity;
}

/** The one entity named from `start` to `end` (an outlet's whole name), none when not one. */
function soleEntity(registry: EntityRegistry, start: number, end: number): number | null {
  const named = registry.entitiesIn(start, end);
  return named.length === 1 ? named[0]! : null;
}
