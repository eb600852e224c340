// Attribution sieve: a quotation closed by `according to <a work> by <someone>` in its sentence.

import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { VERBS } from "../sieve-words.ts";
import { unquotedWords } from "../unquoted-words.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/**
 * `according to a court filing by state attorney Ivo Vint` / `according to calculations by Ada
 * Lund of the Harbour Institute` / `according to a report released by the Harbour Fund`: a
 * determiner (or none), at most four lowercase words naming a work, an optional participle of
 * making it, then "by" and its maker.
 */
const WORK_BY =
  /^according to (?:(?:a|an|the|new|recent)\s+)?(?:[\p{Ll}-]+\s+){1,4}?(?:(?:filed|issued|released|written|published|prepared|compiled|conducted|commissioned|signed)\s+)?by\s+/u;

/** How far past the quotation the cue and its name may reach. */
const REACH = 300;

/**
 * The speaker of a quotation whose sentence closes with `, according to <a work> by X` after it:
 * the maker of the work (a document, a filing, calculations) is the source, as a plain
 * `according to X` would make X. X is read by the registry as a speaker phrase (a title before
 * the name, "of …" after it), to the sentence's end; only a person or organisation it resolves
 * counts. Abstains when another quotation or a finite reporting verb stands between the
 * quotation and the cue (`“…,” Vint said, according to …` keeps its own cue).
 */
export function accordingWorkBy(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const sentence = text.sentenceAt(quotation.open);
  if (sentence === undefined) return null;
  const sEnd = sentence.span.end;
  // Only the next few hundred characters: a run-on sentence stays linear.
  const window = body.slice(quotation.close, Math.min(sEnd, quotation.close + REACH));
  const found = window.indexOf("according to ");
  if (found < 0) return null;
  const at = quotation.close + found;
  if (!/,\s*[”"]?\s*$/u.test(body.slice(Math.max(quotation.close - 1, at - 3), at))) return null;
  const between = body.slice(quotation.close + 1, at);
  if (/[“”"]/.test(between)) return null;
  for (const { word } of unquotedWords(text, quotation.close + 1, at)) {
    if (VERBS.has(word) && !word.endsWith("ing")) return null;
  }
  const m = WORK_BY.exec(body.slice(at, Math.min(sEnd, at + REACH)));
  if (m === null) return null;
  const nameStart = at + m[0].length;
  let nameEnd = Math.min(sEnd, at + REACH);
  while (nameEnd > nameStart && /[\s.!?”"]/.test(body[nameEnd - 1] ?? "")) nameEnd -= 1;
  if (nameEnd <= nameStart || /[,;:“”"()]/.test(body.slice(nameStart, nameEnd))) return null;
  const speaker = registry.speakerFromPhrase(nameStart, nameEnd, false);
  if (typeof speaker !== "number" || !registry.canSpeak(speaker)) return null;
  return { speaker, start: at, end: nameEnd };
}
