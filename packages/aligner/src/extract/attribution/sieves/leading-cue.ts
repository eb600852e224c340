import { CLAUSE_STARTERS } from "../../../../lexicons/clause-starters.ts";
import { TELLING_LISTENERS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { plausibleSubject, resolve } from "../cues/cue-phrase.ts";
import { leadStart } from "../quotation-lead.ts";
import { ADVERBS, VERBS, wordsFrom } from "../sieve-words.ts";
import { coordinatedPredicate } from "./coordinated-predicate.ts";
import { personAfterEpithet } from "./epithet.ts";
import { invertedColonParagraph } from "./inverted-colon-paragraph.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/** `Roe said: “` / `He told reporters, “` / `said Roe, “`: the cue right before the opening mark. */
export function leadingCue(
  text: ArticleText,
  open: number,
  registry: EntityRegistry,
): SieveFinding | null {
  const { body } = text;
  const from = leadStart(text, open, 200);
  // The clause before the mark: back to the last sentence mark or closing quotation.
  let start = open;
  while (start > from && !/[.!?”"\n;]/.test(body[start - 1]!)) start -= 1;
  let words = wordsFrom(body, start, open, 16);
  // "On November 19, Roe tweeted, “…”": an opening adverbial set off by a comma is no subject;
  // the clause after it is read instead.
  // After it, asides that open lowercase ("Asked why …, in the same bill, that …, Roe replied,")
  // are read past too.
  for (let tries = 0; tries < 4 && words.length > 0; tries += 1) {
    const stop = words[words.length - 1]!.end;
    const first = words[0]!.text;
    const opening = CLAUSE_STARTERS.has(first) || OPENING_ADVERB.test(first);
    if (body[stop] !== "," || !(opening || (tries > 0 && /^\p{Ll}/u.test(first)))) break;
    if (/^\s*$/.test(body.slice(stop + 1, open))) break;
    words = wordsFrom(body, stop + 1, open, 16);
  }
  // "As Roe wrote, “…”" / "When Roe said: “…”": the subordinator is no part of the subject.
  if (words.length > 2 && SUBORDINATORS.has(words[0]!.text)) words = words.slice(1);
  if (words.length < 2) return null;
  const gap = body.slice(words[words.length - 1]!.end, open);
  if (!/^\s*[:,]?\s*$/.test(gap)) return null;
  // The verb is the last word, or the last but an object of one or two words ("told reporters").
  for (let back = 1; back <= 3 && back < words.length; back += 1) {
    const verbIndex = words.length - back;
    const verb = words[verbIndex]!;
    if (!VERBS.has(verb.text)) continue;
    const object = words.slice(verbIndex + 1).map((w) => w.text);
    // "wrote back:", "shot back,": a particle after the verb is no object.
    if (!object.every((w) => OBJECTS.has(w) || w === "that" || w === "back")) return null;
    let subjectEnd = verbIndex;
    while (subjectEnd > 0 && ADVERBS.has(words[subjectEnd - 1]!.text)) subjectEnd -= 1;
    if (subjectEnd === 0 || coordinatedPredicate(words, subjectEnd)) return null;
    // The subject: the words since the last conjunction, at most six.
    let subjectStart = subjectEnd - 1;
    while (
      subjectStart > 0 &&
      subjectEnd - subjectStart < 6 &&
      !BOUNDARY_WORDS.has(words[subjectStart - 1]!.text)
    )
      subjectStart -= 1;
    if (subjectStart > 0 && !BOUNDARY_WORDS.has(words[subjectStart - 1]!.text)) return null;
    const s = words[subjectStart]!.start;
    const e = words[subjectEnd - 1]!.end;
    if (/[,;:!?“”"()—–]/.test(body.slice(s, e))) return null;
    // "A flabbergasted Roe quipped, “…”": the person after the epithet speaks.
    const described = personAfterEpithet(
      registry,
      words.slice(subjectStart),
      subjectEnd - subjectStart,
    );
    if (described !== null) return { speaker: described, start: s, end: verb.end };
    if (!plausibleSubject(body.slice(s, e))) return null;
    const speaker = resolve(body, s, e, registry);
    return speaker === null ? null : { speaker, start: s, end: verb.end };
  }
  return null;
}

/**
 * `Roe continued:` ending a paragraph, then a paragraph opening with the quotation: the cue before
 * the colon speaks it, read as a leading cue at the colon.
 */
export function cueBeforeParagraph(
  text: ArticleText,
  quotation: { open: number; paragraphIndex: number },
  registry: EntityRegistry,
): SieveFinding | null {
  const paragraph = text.paragraphs[quotation.paragraphIndex];
  const previous = text.paragraphs[quotation.paragraphIndex - 1];
  if (paragraph === undefined || previous === undefined) return null;
  if (!/^\s*$/.test(text.body.slice(paragraph.start, quotation.open))) return null;
  const before = text.body.slice(previous.start, previous.end).trimEnd();
  if (!before.endsWith(":")) return null;
  return (
    leadingCue(text, previous.start + before.length, registry) ??
    invertedColonParagraph(text, registry, previous.start, previous.start + before.length)
  );
}

/** Objects of "told"/"asked" between the verb and the quotation. */
const OBJECTS = new Set(TELLING_LISTENERS.trim().split(/\s+/));
const BOUNDARY_WORDS = new Set("and but as while when after before so because".split(" "));

/** Adverbs that open a sentence before its subject: "Later, Roe wrote: “…”". */
const OPENING_ADVERB =
  /^(?:Later|Earlier|Afterwards|Previously|Separately|Instead|\p{Lu}\p{Ll}+ly)$/u;

/** Subordinators that may open a leading cue: "As Roe wrote, “…”". */
const SUBORDINATORS = new Set(["As", "When", "While", "After", "Before", "Since"]);
