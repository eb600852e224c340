// Attribution layer, a sieve after the others: a quoted title, slogan or name of a work in the
// predicate of a named subject ("Ivo Vint named “Night Harbour” as his favourite show", "Ada Lund
// released a memo titled “Where the Race Stands.”"). PolNeAR TRAIN credits the clause's subject
// with such quotations: it chose, named or wrote the words. The main-clause sieve leaves titles
// out (a title is no statement); this sieve reads them with the same clause rules, and only in
// the verb's own phrase.

import { DETERMINERS } from "../../../../lexicons/function-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { mainClauseSubject } from "./main-clause-subject.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/**
 * The subject of the main clause whose predicate holds `quotation`, when the quotation is a
 * title (every longer word capitalised) — the main-clause sieve's rules otherwise: a person or
 * an organisation the registry knows, no earlier quotation in the sentence, no later cue. Only
 * lowercase words stand between the verb and the title: a comma, a colon or a dash sets the
 * title apart as an aside or another clause ("spoke on this program, “Night Harbour,”"), and a
 * name brings another person who may own it ("sent it after Lund published “…”"), and a
 * determiner makes it the writer's label as often as the subject's.
 */
export function quotedTitleSubject(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const found = mainClauseSubject(text, registry, quotation, undefined, true);
  if (found === null) return null;
  const between = text.body.slice(found.end, quotation.open);
  if (/[,;:—–()[\]]|\p{Lu}/u.test(between)) return null;
  // "criticized the “Harbour Lights Parade”": after a determiner the title is as often the
  // writer's name for the thing as words the subject chose.
  const last = /(\p{L}+)\s*$/u.exec(between)?.[1]?.toLowerCase() ?? "";
  if (DETERMINERS.has(last)) return null;
  return found;
}
