// Attribution layer, a sieve after the relative-clause speaker: a quotation inside the "that"
// clause of "found that" — the verb a study, a pollster or a research body reports with ("In
// 2014, Orvant Labs found that “about twice as many …”") — is its named subject's. "found" is no
// reporting verb anywhere else: "Lund found comic relief in it", "the body was found" report nothing.

import { RESEARCH_WORK_NOUNS } from "../../../../lexicons/survey-nouns.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { QUOTATION_MARK_OR_APOSTROPHES, type Quotation } from "../../quotation-marks.ts";
import { isOpeningChain } from "../cues/opening-adverbial.ts";
import { quotationLead } from "../quotation-lead.ts";
import { VERBS } from "../sieve-words.ts";
import { newSubjectIsName } from "./new-subject-name.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/**
 * A research work and its maker before the name: `a recent survey by`, `the new study conducted
 * by`; the work's finding is its maker's.
 */
const WORK_BY = String.raw`(?:(?:[Aa]n?|[Tt]he)\s+(?:(?:new|recent|latest)\s+)?(?:${[...RESEARCH_WORK_NOUNS].join("|")})\s+(?:(?:conducted|released|published|commissioned)\s+)?by\s+)?`;

/**
 * A clause opening (the sentence's start, or an opening chain and its comma), a research work's
 * "by" or nothing, a name — capitalised words, "of"/"for"/"and" between them —, at most one adverb,
 * "found"/"finds"/"has found" and "that", then the clause's words up to the mark.
 */
const FOUND_THAT = new RegExp(
  String.raw`(?:^|,\s+)${WORK_BY}((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}\p{N}.&’'-]*)*)\s+(?:\p{Ll}+ly\s+)?(?:found|finds|(?:has|have)\s+found)\s+that\s+([^“”"]*)$`,
  "u",
);

/**
 * `Orvant Labs found that “…”` / `In 2014, Pew found that “…”` / `Lund has found that the pier
 * is “…”` → the subject: a person or organisation the registry knows whose name is the whole
 * subject, or a new one whose form is a name's (`newSubjectIsName`); never a description ("the
 * institute found"), a place, a name opening no clause, nor when the "that" clause holds a
 * reporting verb of its own (`found that Vint said “…”`).
 */
export function findingSubject(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const sentence = quotationLead(text, quotation.open, 300, QUOTATION_MARK_OR_APOSTROPHES);
  if (sentence === null) return null;
  const m = FOUND_THAT.exec(sentence.lead);
  if (m === null) return null;
  const opening = sentence.lead.slice(0, m.index);
  if (opening.trim() !== "" && !isOpeningChain(opening)) return null;
  if ((m[2]!.match(/[\p{L}’'-]+/gu) ?? []).some((w) => VERBS.has(w))) return null;
  const nameStart = sentence.start + m.index + m[0].indexOf(m[1]!);
  const nameEnd = nameStart + m[1]!.length;
  const known = registry.entities.length;
  const named = registry.entitiesIn(nameStart, nameEnd);
  let speaker: number | "ambiguous" | null = named.length === 1 ? named[0]! : null;
  if (named.length === 0) {
    speaker = registry.speakerFromPhrase(nameStart, nameEnd, true);
    if (typeof speaker === "number" && speaker < known) speaker = null;
  }
  if (typeof speaker !== "number" || !registry.canSpeak(speaker)) return null;
  if (speaker >= known && !newSubjectIsName(registry, speaker, body, sentence.start)) return null;
  return { speaker, start: nameStart, end: quotation.open };
}
