// Attribution sieve: a quotation its sentence gives as a possessor's remark or message with no
// colon and no verb of saying — `Lund’s campaign slogan is “…”`, `Vint's statement read “…”`,
// `Lund’s “…” remark was …`, `his “…” pledge`.
// The colon form (`Vint's reply: “…”`) is possessed-message.ts's.
import { CLAIM_NOUNS, MESSAGE_NOUNS, REMARK_NOUNS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { leadMatch } from "../quotation-lead.ts";
import { NAME, possessorOf } from "./possessed-claim.ts";
import { nameEntity } from "./possessed-message.ts";
import type { SieveFinding } from "./sieve-finding.ts";

const NOUNS = `${REMARK_NOUNS} ${MESSAGE_NOUNS}`.trim().split(/\s+/).join("|");

/** The nouns a quotation may modify as the possessor's words: remarks, messages and claims. */
const QUOTED_NOUNS = `${REMARK_NOUNS} ${MESSAGE_NOUNS} ${CLAIM_NOUNS}`
  .trim()
  .split(/\s+/)
  .join("|");

/**
 * The lead ends on a possessive name, at most two lowercase modifiers, a remark or message noun
 * and "is"/"was"/"read"/"reads": `Ada Lund’s campaign slogan is `, `Vint's statement read `.
 */
const REMARK_IS = new RegExp(
  String.raw`(?<![\p{L}’'.-])(${NAME})[’']s\s+(?:[\p{Ll}-]+\s+){0,2}(?:${NOUNS})\s+(?:is|was|read|reads)\s+$`,
  "u",
);

/**
 * The lead ends on a possessive name or "his"/"her" right before the mark: `Ada Lund’s `,
 * `Mr. Vint's `, `his `.
 */
const POSSESSOR_BEFORE = new RegExp(
  String.raw`(?<![\p{L}’'.-])(?:(${NAME})[’']s|\b([Hh]is|[Hh]er))\s+$`,
  "u",
);

/** A remark, message or claim noun right after the closing mark: `“…” comment`. */
const NOUN_AFTER = new RegExp(String.raw`^\s+(?:${QUOTED_NOUNS})\b`, "u");

/**
 * The speaker of a quotation right after a possessor's remark or message and its verb "to be"
 * or "read" (`Ada Lund’s campaign slogan is “Lund for the port.”` → Lund): the person or
 * organisation the registry knows by the name; null when the sentence holds an earlier
 * quotation or the name is no one the registry knows (`Vint’s nickname is “…”` names no remark).
 * A quotation between a possessive name and a remark, message or claim noun is that remark
 * (`Ada Lund’s “47 berths” comment was …` → Lund), as it is after "his"/"her" (`asked whether she
 * would back his “open port” pledge` → the person the registry resolved "his" to; none when it
 * could be either of two).
 */
export function possessedRemark(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const found =
    leadMatch(text, quotation.open, REMARK_IS) ??
    quotedRemark(text, quotation.open, quotation.close);
  if (found === null) return null;
  const { sentenceStart, match } = found;
  const nameStart = sentenceStart + match.index;
  // "his"/"her": the person the registry resolved the possessive to, none when it could not.
  const speaker =
    match[1] === undefined
      ? possessorOf(registry, nameStart)
      : nameEntity(registry, text.body, nameStart, nameStart + match[1].length);
  if (speaker === null || !registry.canSpeak(speaker)) return null;
  const kind = registry.kindOf(speaker);
  if (kind !== "person" && kind !== "organization") return null;
  return { speaker, start: nameStart, end: quotation.open };
}

/**
 * The quotation modifies a remark, message or claim noun its possessor made: a possessive name
 * right before the mark and the noun right after the closing mark (`Lund’s “not one berth” pledge`);
 * a possessive alone before the mark is as often a nickname or a term (`Vint's “pivot”`).
 */
function quotedRemark(
  text: ArticleText,
  open: number,
  close: number,
): { sentenceStart: number; match: RegExpExecArray } | null {
  if (!NOUN_AFTER.test(text.body.slice(close + 1, close + 40))) return null;
  return leadMatch(text, open, POSSESSOR_BEFORE);
}
