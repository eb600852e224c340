// Attribution sieve: a passive "as" aside after a quoted fragment names whose words they are —
// `to being “extremely careless” with the files – as described by Ivo Vint – many believe …`.
// No cue stands next to the marks and the aside has no subject of its own, so the cue reader
// (which reads "as Vint described it") leaves it unread.
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { VERBS } from "../sieve-words.ts";
import { isRunOn } from "../text-scan.ts";
import { hasReportingVerb } from "./clause-closing-cue.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/**
 * After the closing mark: at most 80 characters of the same clause (no mark, colon or semicolon),
 * then a comma, dash or bracket opening "as <participle> by <agent>", the agent running to the
 * next comma, dash, bracket or the sentence's end.
 */
const AS_SAID_BY =
  /^([^“”"‘’;:]{0,80}?)(?:,|\s[-–—]{1,2}|\s?\()\s*as\s+(\p{Ll}+)\s+by\s+([^,;:()–—“”"]{1,60}?)\s*(?=[,;:).–—]|\s-|$)/u;

/**
 * The speaker of a quoted fragment an "as <verb of saying> by X" aside credits in its sentence:
 * `…, to being “extremely careless” – as described by Ivo Vint – …` → Vint. The participle is a
 * reporting verb's -ed form or "put"; no finite reporting verb stands between the mark and the
 * aside (another speaker's clause); X is a person or organisation the registry knows.
 */
export function asSaidBy(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  if (quotation.runsOn) return null;
  const sentence = text.sentenceAt(quotation.open);
  if (sentence === undefined || isRunOn(sentence.span)) return null;
  const after = quotation.close + 1;
  const m = AS_SAID_BY.exec(body.slice(after, sentence.span.end));
  if (m === null) return null;
  const participle = m[2]!;
  if (!VERBS.has(participle) || !(participle.endsWith("ed") || participle === "put")) return null;
  if (hasReportingVerb(body, after, after + m[1]!.length)) return null;
  const agentStart = after + m[0].lastIndexOf(m[3]!);
  const agentEnd = agentStart + m[3]!.length;
  const speaker = registry.speakerFromPhrase(agentStart, agentEnd, false);
  if (typeof speaker !== "number") return null;
  const kind = registry.kindOf(speaker);
  if (kind !== "person" && kind !== "organization") return null;
  return { speaker, start: after + m[1]!.length, end: agentEnd };
}
