// Attribution sieve: a quoted phrase that a possessor's judging noun takes as its object — `But
// Vint’s broadside against “…” leaves room …`, `It was Lund's rejection of “…” that …` — is the
// possessor's words. The sentence's only verb is elsewhere (or a copula), so the main-clause
// sieve (main-clause-subject.ts) finds no verb of the possessor's to read.
import { JUDGMENT_NOUNS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { leadMatch } from "../quotation-lead.ts";
import { NAME } from "./possessed-claim.ts";
import { nameEntity } from "./possessed-message.ts";
import { isTitle } from "./quoted-title.ts";
import type { SieveFinding } from "./sieve-finding.ts";

const NOUNS = JUDGMENT_NOUNS.trim().split(/\s+/).join("|");

/**
 * The lead ends on a possessive name, at most two lowercase modifiers, a judging noun, the
 * preposition that names what it judges and at most a determiner: `Ada Lund’s broadside against `,
 * `Mr. Vint's lyrical rejection of the `. The quotation is then the thing judged.
 */
const POSSESSED_JUDGMENT = new RegExp(
  String.raw`(?<![\p{L}’'.-])(${NAME})[’']s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${NOUNS})\s+(?:of|against|on)\s+(?:(?:the|a|an)\s+)?$`,
  "u",
);

/**
 * The speaker of a quotation that a possessor's judging noun takes as its object (`Vint's attack
 * on “…”` → Vint): the person or organisation the registry knows by the name. Null when the
 * sentence holds an earlier quotation (`leadMatch`), when the quotation is a title (`Lund's attack
 * on “Harbour Nights”`: the work judged, not words said), or when the name is no one the registry
 * knows.
 */
export function possessedJudgment(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const found = leadMatch(text, quotation.open, POSSESSED_JUDGMENT);
  if (found === null) return null;
  if (isTitle(body.slice(quotation.open + 1, quotation.close))) return null;
  const { sentenceStart, match } = found;
  const nameStart = sentenceStart + match.index;
  const speaker = nameEntity(registry, body, nameStart, nameStart + match[1]!.length);
  if (speaker === null || !registry.canSpeak(speaker)) return null;
  const kind = registry.kindOf(speaker);
  if (kind !== "person" && kind !== "organization") return null;
  return { speaker, start: nameStart, end: sentenceStart + match.index + match[0].length };
}
