// Attribution layer, a sieve after the main-clause subject: a quotation inside a participle clause
// of speaking or judging that hangs on its sentence's main clause ("Ada Lund hammered the plan on
// Tuesday, calling it “a slow disaster.”", "Lund clashed with Vint, chiding him, “Why now?”")
// is the words of that clause's subject.

import { DETERMINERS, PARTICIPLE_PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import { JUDGING_VERB_FORMS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { clauseSubject } from "../cues/clause-subject.ts";
import { opensOnPossessor, possessorNotSpeaker } from "../possessor-subject.ts";
import { sentenceWords } from "../sentence-words.ts";
import { VERBS } from "../sieve-words.ts";
import { quotationSentence } from "./after-dateline.ts";
import { laterCue } from "./main-clause-subject.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/** The -ing forms of the verbs of saying and of judging in words ("saying", "chiding"). */
const PARTICIPLES: ReadonlySet<string> = new Set(
  [...VERBS, ...JUDGING_VERB_FORMS.trim().split(/\s+/)].filter((w) => w.endsWith("ing")),
);

/**
 * `Roe went after Vint on Tuesday, calling it “…”` / `Roe shared the post, writing “…”` / `Roe
 * laughed it off by interjecting, “…”`: the last participle of speaking or judging before the
 * quotation in its sentence, after a comma or a preposition, opens a clause whose speaker is the
 * subject of the main clause (the first person or organisation of the sentence, past an opening
 * adverbial or a dateline: `clauseSubject`). Abstains when a finite reporting verb stands between
 * the participle and the quotation (`saying the agency had called it “…”` may quote the agency),
 * or one follows the quotation in its sentence (`“…,” Vint said`), or the subject is a place.
 */
export function participleClause(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const open = quotation.open;
  const sentence = quotationSentence(text, open);
  if (sentence === null) return null;
  const sStart = sentence.start;
  let participle: { start: number; end: number } | null = null;
  for (const { word, at, quoted, before } of sentenceWords(text, sStart, open)) {
    if (quoted) continue;
    if (PARTICIPLES.has(word)) {
      const gap = body.slice(Math.max(sStart, at - 3), at);
      if (/,\s*$/.test(gap) || PARTICIPLE_PREPOSITIONS.has(before))
        participle = { start: at, end: at + word.length };
      continue;
    }
    // A finite verb of saying after the participle may bring a speaker of its own.
    if (participle !== null && VERBS.has(word) && !DETERMINERS.has(before)) return null;
    if (participle !== null && before === "according" && word.toLowerCase() === "to") return null;
  }
  if (participle === null || /[;]/.test(body.slice(participle.end, open))) return null;
  if (laterCue(text, quotation.close, sentence.end)) return null;
  // "The party’s nominee, Roe, …": a possessor opening the sentence is not its subject.
  if (opensOnPossessor(body.slice(sStart, participle.start))) return null;
  const speaker = clauseSubject(registry, body, sStart, participle.start);
  if (typeof speaker !== "number" || registry.kindOf(speaker) === "place") return null;
  // "In May, Vint’s aide, Ada Lund, wrote back, adding …": nor is one after an opening adverbial.
  if (possessorNotSpeaker(registry, speaker, sStart, participle.start)) return null;
  return { speaker, start: participle.start, end: participle.end };
}
