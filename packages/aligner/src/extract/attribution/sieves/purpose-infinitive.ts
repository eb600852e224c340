// Attribution layer, a sieve after the relative-clause speaker: a quotation in the content of a
// reporting verb that is an infinitive of purpose ("Lund used the hearing to demand dockers “pay
// their fair share”", "Lund took the stage to warn that the pier was “beyond repair”"): the
// infinitive has no subject of its own, so the main clause's subject reports.

import { PURPOSE_VERB_FORMS, REPORTING_VERB_FORMS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { QUOTATION_MARK_OR_APOSTROPHES, type Quotation } from "../../quotation-marks.ts";
import { clauseSubject } from "../cues/clause-subject.ts";
import { quotationLead } from "../quotation-lead.ts";
import { VERBS } from "../sieve-words.ts";
import type { SieveFinding } from "./sieve-finding.ts";

const PURPOSE_VERBS: ReadonlySet<string> = new Set(PURPOSE_VERB_FORMS.trim().split(/\s+/));

/** Base forms of the reporting verbs: the first form on each line of the lexicon. */
const REPORTING_BASES: ReadonlySet<string> = new Set(
  REPORTING_VERB_FORMS.trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/)[0]!),
);

/** A purpose verb, at most eight words of its object or medium, "to", a reporting verb's base. */
const PURPOSE = /(?:^|\s)(\p{Ll}+)\s+((?:[\p{L}\p{N}’'-]+\s+){0,8}?)to\s+(\p{Ll}+)\b([^“”"]*)$/u;

/** Words that open another clause or name another doer between the verb and "to". */
const CLAUSE_WORDS = /^(?:who|whom|which|that|and|but|or|when|while|because|if|by)$/;

/**
 * `Lund used the hearing to demand dockers “…”` / `Lund took to the radio to say that the pier is
 * “…”` → the main clause's subject (`clauseSubject`: a person or organisation the registry knows,
 * past an opening adverbial), when the main verb is a verb of taking an occasion or a medium
 * (`PURPOSE_VERB_FORMS`), nothing but its object or medium stands before "to" (`took to the
 * radio`; no comma, clause word or person), and no other reporting verb comes between the
 * infinitive and the mark.
 */
export function purposeInfinitive(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const sentence = quotationLead(text, quotation.open, 300, QUOTATION_MARK_OR_APOSTROPHES);
  if (sentence === null) return null;
  const m = PURPOSE.exec(sentence.lead);
  if (m === null || !PURPOSE_VERBS.has(m[1]!) || !REPORTING_BASES.has(m[3]!)) return null;
  const between = m[2]!
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (between.some((w) => CLAUSE_WORDS.test(w))) return null;
  if ((m[4]!.match(/[\p{L}’'-]+/gu) ?? []).some((w) => VERBS.has(w))) return null;
  const verbStart = sentence.start + m.index + m[0].indexOf(m[1]!);
  // A person named before "to" may be the one who reports ("used Vint's speech to argue").
  const objectStart = verbStart + m[1]!.length;
  const toAt = sentence.start + m.index + m[0].lastIndexOf(` to ${m[3]!}`);
  if (registry.entitiesIn(objectStart, toAt).some((e) => registry.kindOf(e) === "person"))
    return null;
  // Only the subject's words before the verb: a comma there is an aside or another clause.
  const speaker = clauseSubject(registry, body, sentence.start, verbStart);
  if (typeof speaker !== "number" || !registry.canSpeak(speaker)) return null;
  return { speaker, start: verbStart, end: quotation.open };
}
