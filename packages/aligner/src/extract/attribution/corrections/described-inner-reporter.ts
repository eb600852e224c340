// Attribution layer: a quotation that a reported speaker introduces inside someone's report —
// `Ada Roe said a docker had told her, “We will not pay.”`, `Roe recalled that her father would
// say, “Never sell the boat.”` — holds the docker's or the father's words, not Roe's. When that
// inner speaker is only a description (no name the rules could credit), the quote is left
// without a speaker; a named inner speaker (`Roe said Ivo Vint had told her, “…”`) is read by the
// cue reader already.
import {
  AUXILIARY_VERBS,
  DETERMINERS,
  SUBJECT_PRONOUNS,
} from "../../../../lexicons/function-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { quotationAt } from "../../quotation-marks.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { ADVERBS, VERBS } from "../sieve-words.ts";

/** Objects of the inner verb before the comma: `had told her,`, `asked them:`. */
const OBJECT_PRONOUNS = new Set("her him them me us".split(" "));

/** Most words a described inner speaker takes (`a retired docker from the yard` is too long). */
const MAX_SUBJECT_WORDS = 4;

/** Characters read back from the quotation: far more than the reporting verb and its subject need. */
const READ_BACK = 1000;

/**
 * Whether the quotation opening at `open` is introduced, within its sentence, by a reporting verb
 * (then at most an object pronoun, then a comma or colon) whose subject is a description — a
 * determiner or possessive and lowercase words — itself opening the content of an earlier
 * reporting verb or "that": `… said a docker had told her, “`. No mention of `speaker` but a
 * possessor (`her father`) stands in that description.
 */
export function describedInnerReporter(
  text: ArticleText,
  registry: EntityRegistry,
  open: number,
  speaker: number,
): boolean {
  const { body } = text;
  const sentence = text.sentenceAt(open);
  if (sentence === undefined) return false;
  // The verb, its subject and the "that" before it stand in the last words before the quotation:
  // reading the lead from the sentence start made a run-on text quadratic. The reach starts at a
  // space, so no word is cut.
  let from = Math.max(sentence.span.start, open - READ_BACK);
  const space = from > sentence.span.start ? body.slice(from, open).search(/\s/) : -1;
  if (space > 0) from += space;
  const lead = body.slice(from, open);
  if (!/[,:]\s*$/.test(lead)) return false;
  const tokens = [...lead.matchAll(/[\p{L}’'-]+|[^\s\p{L}’'-]/gu)];
  let i = tokens.length - 2;
  const word = (k: number): string => (k >= 0 ? tokens[k]![0] : "");
  if (OBJECT_PRONOUNS.has(word(i))) i -= 1;
  if (!VERBS.has(word(i))) return false;
  i -= 1;
  // `would say`, `had once told`, `used to say`.
  while (i >= 0 && (AUXILIARY_VERBS.has(word(i)) || ADVERBS.has(word(i)))) i -= 1;
  if (word(i) === "to" && word(i - 1) === "used") i -= 2;
  const end = i;
  while (
    i >= 0 &&
    /^\p{Ll}[\p{Ll}’'-]*$/u.test(word(i)) &&
    word(i) !== "that" &&
    !VERBS.has(word(i))
  )
    i -= 1;
  const start = i + 1;
  const count = end - start + 1;
  if (count < 2 || count > MAX_SUBJECT_WORDS) return false;
  if (!DETERMINERS.has(word(start)) || SUBJECT_PRONOUNS.has(word(end))) return false;
  // The description opens a reported clause: right after "that" or a reporting verb.
  if (word(i) !== "that" && !VERBS.has(word(i))) return false;
  const subjectStart = from + tokens[start]!.index!;
  const subjectEnd = from + tokens[end]!.index! + word(end).length;
  return !registry.mentions.some(
    (m) => m.entity === speaker && !m.possessive && m.start < subjectEnd && m.end > subjectStart,
  );
}

/**
 * Leaves without a speaker each direct quote whose words a described inner speaker says inside
 * the report of the speaker it was given; the speaker ranker may not hand it back to the reporter.
 */
export function dropReportersOfDescribedSpeech(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  let cleared: { speaker: number; close: number; cue: QuoteDraft["cue"] } | null = null;
  for (const draft of drafts) {
    if (!draft.direct || typeof draft.speaker !== "number") continue;
    const quotation = text.quotations[quotationAt(text.quotations, draft.start)];
    if (quotation === undefined) continue;
    // `… told her, “We will not pay.” “Not a cent.”`: the quotation right after, carried on
    // from the cleared one (its speaker and cue), is the inner speaker's too.
    const carried =
      cleared !== null &&
      cleared.speaker === draft.speaker &&
      cleared.cue?.start === draft.cue?.start &&
      /^\s*$/.test(text.body.slice(cleared.close + 1, quotation.open));
    if (!carried && !describedInnerReporter(text, registry, quotation.open, draft.speaker))
      continue;
    cleared = { speaker: draft.speaker, close: quotation.close, cue: draft.cue };
    draft.refused = draft.speaker;
    draft.speaker = null;
    draft.cue = null;
  }
}
