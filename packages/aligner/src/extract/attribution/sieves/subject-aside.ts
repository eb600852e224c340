import {
  AUXILIARY_VERBS,
  CLAUSE_OPENING_WORDS,
  FORMS_OF_BE,
} from "../../../../lexicons/function-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { speaksAsSubject } from "../../entities/not-people/group-or-body-name.ts";
import { QUOTATION_MARK } from "../../quotation-marks.ts";
import { plausibleSubject, resolve } from "../cues/cue-phrase.ts";
import { possessorNotSpeaker } from "../possessor-subject.ts";
import { quotationLead } from "../quotation-lead.ts";
import { laterVerbHasOwnSubject, opensSecondClause } from "../second-clause.ts";
import { ADVERBS, VERBS, type Word, wordsFrom } from "../sieve-words.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/**
 * The sentence-subject reading (sentence-subject.ts) past a short aside set off by commas between
 * the subject and its verb: `Ivo Vint, visibly delighted, chided Ada Lund for “…”`, `Harbour Watch,
 * a pickets' group, emailed a note with one line: “…”`. The subject is capitalised words opening
 * the sentence; the aside is at most eight words, opens lowercase, and holds no reporting verb and
 * no clause of its own; the verb follows the closing comma (auxiliaries and adverbs allowed).
 */
export function subjectAside(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: { open: number },
): SieveFinding | null {
  const { body } = text;
  const open = quotation.open;
  const sentence = quotationLead(text, open, 300, QUOTATION_MARK);
  if (sentence === null) return null;
  const { start } = sentence;
  const subjectWords = wordsFrom(body, start, open, 6);
  let v = 0;
  while (v < subjectWords.length && v < 5 && /^\p{Lu}/u.test(subjectWords[v]!.text)) v += 1;
  if (v === 0 || v !== subjectWords.length) return null;
  const subjectEnd = subjectWords[v - 1]!.end;
  const aside = afterComma(body, subjectEnd, open, 9);
  if (aside === null || aside.length === 0 || aside.length > 8) return null;
  if (!/^\p{Ll}/u.test(aside[0]!.text)) return null;
  if (aside.some((w) => VERBS.has(w.text) || CLAUSE_OPENING_WORDS.has(w.text.toLowerCase())))
    return null;
  const words = afterComma(body, aside[aside.length - 1]!.end, open, 60);
  if (words === null || words.length < 2) return null;
  let verb = 0;
  while (
    verb < words.length &&
    (AUXILIARY_VERBS.has(words[verb]!.text) ||
      ADVERBS.has(words[verb]!.text) ||
      /^\p{Ll}+ly$/u.test(words[verb]!.text))
  )
    verb += 1;
  const head = words[verb]?.text ?? "";
  if (!/^\p{Ll}+(?:ed|s)$/u.test(head) && !VERBS.has(head)) return null;
  // "Roe, once again, was asked by the host, “…”": the subject of a passive verb is spoken to.
  const participle = (head.endsWith("ed") || head === "told") && VERBS.has(head);
  if (participle && words.slice(0, verb).some((w) => FORMS_OF_BE.has(w.text))) return null;
  if (laterVerbHasOwnSubject(words, verb)) return null;
  if (opensSecondClause(body.slice(words[verb]!.end, open))) return null;
  const first = subjectWords[0]!.start;
  if (!plausibleSubject(body.slice(first, subjectEnd))) return null;
  const speaker = resolve(body, first, subjectEnd, registry);
  if (speaker === null || speaker === "ambiguous") return null;
  if (!speaksAsSubject(registry.kindOf(speaker), registry.entities[speaker]!.name)) return null;
  if (possessorNotSpeaker(registry, speaker, first, words[verb]!.end)) return null;
  return { speaker, start: first, end: words[verb]!.end };
}

/** The words after a comma that comes right at `end` (spaces aside); null when there is none. */
function afterComma(body: string, end: number, limit: number, max: number): Word[] | null {
  const m = /^ *, +/.exec(body.slice(end, limit));
  if (m === null) return null;
  return wordsFrom(body, end + m[0].length, limit, max);
}
