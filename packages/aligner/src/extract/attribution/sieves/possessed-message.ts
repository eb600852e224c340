// Attribution layer, a colon sieve: a quotation introduced by its speaker's message as a noun
// phrase — `Vint's reply: “…”`, `Ada Lund’s response was: “…”` — or presented by "Here's" —
// `Here's Lund in May 1992: “…”`. No verb of saying stands before the colon, so the colon cue
// (colon-cue.ts) leaves these to this sieve.
import { MESSAGE_NOUNS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { colonRightBefore, leadInBefore } from "../cues/colon-introduced.ts";
import { possessiveSurnamePerson } from "./possessive-surname.ts";
import type { SieveFinding } from "./sieve-finding.ts";

const MESSAGES = MESSAGE_NOUNS.trim().split(/\s+/).join("|");

/** One to four capitalised words (initials and dotted titles allowed): a name. */
const NAME = String.raw`(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*`;

/**
 * `Vint's reply` / `Ada Lund’s first response was` / `the mayor's statement read`: the clause
 * before the colon is a possessive name, at most two modifiers, a message noun, an optional
 * phrase saying what it answers (`Lund’s response to the ruling`), then an optional
 * "was"/"is"/"read"/"reads".
 */
const POSSESSED = new RegExp(
  String.raw`^(?:(?:And|But|Then)\s+)?(${NAME})[’']s\s+(?:[\p{Ll}-]+\s+){0,2}(?:${MESSAGES})(?:\s+(?:to|on|about|after|at|in|for)\s[^,;:“”"]{1,40}?)?(?:\s+(?:was|is|read|reads))?$`,
  "u",
);

/** `Here's Lund in December 1992` / `Here is Ada Lund on the port`: a name, then one phrase. */
const PRESENTED = new RegExp(
  String.raw`^Here(?:[’']s|\s+is)\s+(${NAME})(?:\s+(?:in|on|at|from|during|after|before|last|this)\s[^,;:“”"]{1,40})?$`,
  "u",
);

/**
 * The speaker of a quotation right after a colon whose clause (the whole sentence up to the
 * colon) is a possessed message (`Vint's reply:`) or a "Here's" presentation (`Here's Lund in
 * 1992:`): the person or organisation the registry knows by that name; null otherwise.
 */
export function possessedMessage(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const colon = colonRightBefore(body, quotation.open);
  if (colon < 0) return null;
  const lead = leadInBefore(text, colon);
  if (lead === null) return null;
  const { start, clause } = lead;
  const possessed = POSSESSED.exec(clause);
  const match = possessed ?? PRESENTED.exec(clause);
  if (match === null) return null;
  const nameStart = start + clause.indexOf(match[1]!);
  const nameEnd = nameStart + match[1]!.length;
  const speaker = nameEntity(registry, body, nameStart, nameEnd);
  if (speaker === null) return null;
  const kind = registry.kindOf(speaker);
  if (kind !== "person" && (possessed === null || kind !== "organization")) return null;
  return { speaker, start, end: colon + 1 };
}

/**
 * The entity a name at [start, end) names: a full name or an honorific and surname ending there
 * ("Mr. Vint's claim that …"), else its last word's.
 */
export function nameEntity(
  registry: EntityRegistry,
  body: string,
  start: number,
  end: number,
): number | null {
  const person = registry.personEndingAt(end, true);
  if (person !== null && registry.entitiesIn(start, end).includes(person)) return person;
  const lastWord = Math.max(start, body.lastIndexOf(" ", end - 1) + 1);
  const found = registry.entityAt(lastWord);
  if (typeof found === "number") return found;
  // Nothing read at the name: a possessive surname of someone named only with a title.
  return found === null ? possessiveSurnamePerson(registry, body, start, end) : null;
}
