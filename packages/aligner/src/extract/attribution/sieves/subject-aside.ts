import { AUXILIARY_VERBS, FORMS_OF_BE } from "../../../../lexicons/function-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { registeredSpeaksAsSubject } from "../../entities/not-people/group-or-body-name.ts";
import { QUOTATION_MARK } from "../../quotation-marks.ts";
import { plausibleSubject, resolve } from "../cues/cue-phrase.ts";
import { possessorNotSpeaker } from "../possessor-subject.ts";
import { quotationLead } from "../quotation-lead.ts";
import { laterVerbHasOwnSubject, opensSecondClause } from "../second-clause.ts";
import { ADVERBS, VERBS, wordsFrom } from "../sieve-words.ts";
import { pastSubjectAsides } from "../subject-asides.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/**
 * The sentence-subject reading (sentence-subject.ts) past asides set off by commas between the
 * subject and its verb: `Ivo Vint, visibly delighted, chided Ada Lund for “…”`, `Harbour Watch,
 * a pickets' group, emailed a note with one line: “…”`, `Harbour Watch, which Ada Lund founded,
 * launched an ad titled “…”` (never Lund). The subject is capitalised words opening the sentence;
 * the asides are read by ../subject-asides.ts (lowercase or an age first, no reporting verb); the
 * verb follows the closing comma (auxiliaries and adverbs allowed).
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
  // The asides (../subject-asides.ts): a relative clause, an age, an appositive, an adverb; the
  // names inside them are never read as the subject.
  const verbFrom = pastSubjectAsides(body, subjectEnd, open);
  if (verbFrom === null || !/,\s*$/u.test(body.slice(subjectEnd, verbFrom))) return null;
  const words = wordsFrom(body, verbFrom, open, 60);
  if (words.length < 2) return null;
  let verb = 0;
  while (
    verb < words.length &&
    (AUXILIARY_VERBS.has(words[verb]!.text) ||
      ADVERBS.has(words[verb]!.text) ||
      /^\p{Ll}+ly$/u.test(words[verb]!.text))
  )
    verb += 1;
  const head = words[verb]?.text ?? "";
  // Two letters at least before the ending: "as", "is" are no verbs of the subject.
  if (!/^\p{Ll}{2,}(?:ed|s)$/u.test(head) && !VERBS.has(head)) return null;
  // "Roe, once again, was asked by the host, “…”", "Roe, who …, was being treated for a “…”":
  // the subject of a passive verb is spoken to or about.
  if (!head.endsWith("ing") && words.slice(0, verb).some((w) => FORMS_OF_BE.has(w.text)))
    return null;
  if (laterVerbHasOwnSubject(words, verb)) return null;
  if (opensSecondClause(body.slice(words[verb]!.end, open))) return null;
  const first = subjectWords[0]!.start;
  if (!plausibleSubject(body.slice(first, subjectEnd))) return null;
  const speaker = resolve(body, first, subjectEnd, registry);
  if (speaker === null || speaker === "ambiguous") return null;
  if (!registeredSpeaksAsSubject(registry, speaker)) return null;
  if (possessorNotSpeaker(registry, speaker, first, words[verb]!.end)) return null;
  return { speaker, start: first, end: words[verb]!.end };
}
