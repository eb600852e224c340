// Attribution layer, a pass after the quote-after-report one: a quotation standing alone as its
// sentence right after a sentence that only announces one speaker's words, with no content of its
// own ("Ada Lund agreed. “We will not back down.”", "Vint said in a statement. “It is over.”"),
// goes on that speaker.

import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { VERBS, type Word } from "../sieve-words.ts";
import { loneQuotations } from "./lone-quotations.ts";
import { isPassiveVerb } from "./passive-verb.ts";
import { clauseSubjectBeforeVerb } from "./sentence-cue.ts";

const DETERMINERS = new Set(["a", "an", "the", "this", "his", "her", "its", "their"]);

/** Words after the verb an announcement allows: "said in a statement on Tuesday". */
const MAX_AFTER = 6;

/**
 * A direct quote still without a speaker whose quotation makes up its whole sentence takes the
 * subject of the sentence just before it, in its paragraph, when that sentence holds no quotation
 * mark and no quote, has one reporting verb (finite, not "-ing") and at most six words after it,
 * none of them "that" or another reporting verb, and its subject is a person or organisation the
 * registry knows (`Lund agreed.`). Abstains on a possessor or any other subject (`The crowd
 * agreed.`), on content after the verb (`Lund said the pier would close.` is a report, for the
 * quote-after-report pass), on a verb the subject does not govern, and on a passive (`Roe was
 * asked about the levy.`: the quotation after it is the asker's).
 */
export function quoteAfterAnnouncement(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  for (const { draft, sentenceIndex, paragraphIndex, previous } of loneQuotations(text, drafts)) {
    const { start, end } = previous;
    const opensParagraph = start < (text.paragraphs[paragraphIndex]?.start ?? 0);
    if (opensParagraph && !announcesParagraph(text, paragraphIndex, sentenceIndex)) continue;
    if (drafts.some((d) => d.start >= start && d.start < end)) continue;
    const speaker = announcer(text, registry, start, end);
    if (speaker === null) continue;
    draft.speaker = speaker.speaker;
    draft.cue = { start: speaker.start, end: speaker.end };
  }
}

/**
 * `Ada Lund agreed.` standing as a paragraph of its own, the quotation opening the next one:
 * the sentence before the quotation's is the whole previous paragraph.
 */
function announcesParagraph(text: ArticleText, paragraphIndex: number, s: number): boolean {
  const paragraph = text.paragraphs[paragraphIndex];
  const previousParagraph = text.paragraphs[paragraphIndex - 1];
  const previous = text.sentences[s - 1];
  const sentence = text.sentences[s];
  if (paragraph === undefined || previousParagraph === undefined) return false;
  if (previous === undefined || sentence === undefined) return false;
  if (sentence.span.start < paragraph.start || previous.span.start < previousParagraph.start)
    return false;
  return /^\s*$/.test(text.body.slice(previousParagraph.start, previous.span.start));
}

/** The known subject of a sentence that is only "<subject> <reporting verb> [a few words]." */
function announcer(
  text: ArticleText,
  registry: EntityRegistry,
  start: number,
  end: number,
): { speaker: number; start: number; end: number } | null {
  const words = wordsIn(text.body, start, end);
  if (words.length > 60) return null;
  // "posted a warning": a verb form after a determiner is a noun.
  const verbs = words.flatMap((w, i) =>
    VERBS.has(w.text) && !DETERMINERS.has(words[i - 1]?.text ?? "") ? [i] : [],
  );
  if (verbs.length !== 1) return null;
  const v = verbs[0]!;
  const verb = words[v]!;
  if (v === 0 || verb.text.endsWith("ing")) return null;
  // "Roe was asked about the levy." / "“Will you pay it?”": the one asked is not the asker.
  if (isPassiveVerb(text.body, start, verb.start, verb.end, end)) return null;
  const after = words.slice(v + 1);
  if (after.length > MAX_AFTER || after.some((w) => /^(?:that|whether|if)$/i.test(w.text)))
    return null;
  const speaker =
    clauseSubjectBeforeVerb(text, registry, verb.start, verb.end) ??
    personOpeningClause(text, registry, words, v);
  if (typeof speaker !== "number" || !registry.canSpeak(speaker)) return null;
  return { speaker, start: words[0]!.start, end: verb.end };
}

/**
 * `Kara Moss, the head of the Harbour Council said in a statement.` (the appositive left open) /
 * `On the pier, Sen. Kara Moss (D-Ore.), who chairs the panel, agreed.`: the one person named
 * before the verb, when that name opens the clause (after title words, or after an opening
 * phrase that ends in a comma) and a comma follows it before the verb.
 */
function personOpeningClause(
  text: ArticleText,
  registry: EntityRegistry,
  words: readonly Word[],
  verbIndex: number,
): number | null {
  const { body } = text;
  const verb = words[verbIndex]!;
  const people = registry
    .entitiesIn(words[0]!.start, verb.start)
    .filter((e) => registry.kindOf(e) === "person");
  if (people.length !== 1) return null;
  for (let i = 0; i < verbIndex; i += 1) {
    if (registry.entityAt(words[i]!.start) !== people[0]) continue;
    const before = body.slice(words[0]!.start, words[i]!.start);
    if (!OPENING.test(before)) return null;
    // `Lund's aide, a docker, agreed.`: a possessor is not the subject.
    let last = i;
    while (last + 1 < verbIndex && /^\p{Lu}/u.test(words[last + 1]!.text)) last += 1;
    if (words.slice(i, last + 1).some((w) => /['’]s$/.test(w.text))) return null;
    return body.slice(words[i]!.end, verb.start).includes(",") ? people[0]! : null;
  }
  return null;
}

/** The words of [start, end), punctuation between them skipped. */
function wordsIn(body: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  for (const m of body.slice(start, end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)) {
    const at = start + m.index;
    out.push({ text: m[0], start: at, end: at + m[0].length });
  }
  return out;
}

/** What may come before the subject's name: an opening phrase ending in a comma, title words. */
const OPENING = /^(?:[^,]*,\s*)?(?:\p{Lu}[\p{L}.]*\s+)*$/u;
