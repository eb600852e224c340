// Attribution sieve: a quotation its sentence gives as a possessor's remark or message with no
// colon and no verb of saying — `Lund’s campaign slogan is “…”`, `Vint's statement read “…”`.
// The colon form (`Vint's reply: “…”`) is possessed-message.ts's.
import { MESSAGE_NOUNS, REMARK_NOUNS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { leadMatch } from "../quotation-lead.ts";
import { NAME } from "./possessed-claim.ts";
import { nameEntity } from "./possessed-message.ts";
import type { SieveFinding } from "./sieve-finding.ts";

const NOUNS = `${REMARK_NOUNS} ${MESSAGE_NOUNS}`.trim().split(/\s+/).join("|");

/**
 * The lead ends on a possessive name, at most two lowercase modifiers, a remark or message noun
 * and "is"/"was"/"read"/"reads": `Ada Lund’s campaign slogan is `, `Vint's statement read `.
 */
const REMARK_IS = new RegExp(
  String.raw`(?<![\p{L}’'.-])(${NAME})[’']s\s+(?:[\p{Ll}-]+\s+){0,2}(?:${NOUNS})\s+(?:is|was|read|reads)\s+$`,
  "u",
);

/**
 * The speaker of a quotation right after a possessor's remark or message and its verb "to be"
 * or "read" (`Ada Lund’s campaign slogan is “Lund for the port.”` → Lund): the person or
 * organisation the registry knows by the name; null when the sentence holds an earlier
 * quotation or the name is no one the registry knows (`Vint’s nickname is “…”` names no remark).
 */
export function possessedRemark(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const found = leadMatch(text, quotation.open, REMARK_IS);
  if (found === null) return null;
  const { sentenceStart, match } = found;
  const nameStart = sentenceStart + match.index;
  const speaker = nameEntity(registry, text.body, nameStart, nameStart + match[1]!.length);
  if (speaker === null || !registry.canSpeak(speaker)) return null;
  const kind = registry.kindOf(speaker);
  if (kind !== "person" && kind !== "organization") return null;
  return { speaker, start: nameStart, end: quotation.open };
}
