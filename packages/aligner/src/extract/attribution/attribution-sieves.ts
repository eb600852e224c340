import { CLAUSE_STARTERS } from "../../../lexicons/clause-starters.ts";
import { AUXILIARY_VERBS, DETERMINERS, FORMS_OF_BE } from "../../../lexicons/function-words.ts";
import { TELLING_LISTENERS } from "../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../article-text.ts";
import type { EntityRegistry } from "../entities/entity-registry.ts";
import { speaksAsPerson } from "../entities/group-or-body-name.ts";
import { quotationAt } from "../quotation-marks.ts";
import { accordingWorkBy } from "./according-work-by.ts";
import { asClauseOpensSentence, asPutIt } from "./as-put-it.ts";
import { clauseClosingCue } from "./clause-closing-cue.ts";
import { colonCue } from "./colon-cue.ts";
import { conversation, followCarried } from "./conversation.ts";
import { coordinatedPredicate } from "./coordinated-predicate.ts";
import { coordinatedQuotations } from "./coordinated-quotations.ts";
import { invertedNameEnd, phraseAfter, plausibleSubject, resolve } from "./cue-phrase.ts";
import { opensNameList } from "./cue-subject.ts";
import { dashSignature } from "./dash-signature.ts";
import { personAfterEpithet } from "./epithet.ts";
import { inClauseCue } from "./in-clause-cue.ts";
import { interruptedQuoteCue } from "./interrupted-quote-cue.ts";
import { invertedColonParagraph } from "./inverted-colon-paragraph.ts";
import { contentAfterVerb } from "./inverted-content.ts";
import { leadingNamedCue } from "./leading-named-cue.ts";
import { mainClauseSubject } from "./main-clause-subject.ts";
import { nameAfterDescription } from "./name-after-description.ts";
import { closesSentence, opensNextReport } from "./next-sentence-report.ts";
import { participleClause } from "./participle-clause.ts";
import { possessedClaim } from "./possessed-claim.ts";
import { possessedMessage } from "./possessed-message.ts";
import { possessorNotSpeaker } from "./possessor-subject.ts";
import { previousAttribution, pronounConversation } from "./pronoun-conversation.ts";
import { quoteAfterAnnouncement } from "./quote-after-announcement.ts";
import { quoteAfterReport } from "./quote-after-report.ts";
import type { QuoteDraft } from "./quote-drafts.ts";
import { quotedTitleSubject } from "./quoted-title-subject.ts";
import { relativeClauseSpeaker } from "./relative-clause-speaker.ts";
import { opensSecondClause } from "./second-clause.ts";
import { type SentenceVerbs, sentenceCue } from "./sentence-cue.ts";
import type { SieveFinding } from "./sieve-finding.ts";
import { ADVERBS, lineEnd, VERBS, type Word, wordsFrom } from "./sieve-words.ts";
import { speakerLabel } from "./speaker-label.ts";
import { subordinateClauseSubject } from "./subordinate-clause-subject.ts";
import { trailingNamedCue } from "./trailing-named-cue.ts";
import { withAbsoluteClause } from "./with-absolute-clause.ts";

/**
 * Attribution sieves for direct quotes the cue reader (quotes.ts) left without a speaker. Each
 * sieve reads only the words next to a quotation's marks and may abstain; a later sieve fills only
 * what the earlier ones left (after Muzny et al., EACL 2017):
 *
 * 1. trailing cue — `“…,” Roe wrote.` / `“…,” wrote Roe.` / `“…,” the senator added`;
 * 2. leading cue — `Roe tweeted: “…”` / `He told reporters, “…”` / `Roe said that “…”`, also
 *    ending the paragraph before one that opens with the quotation (`Roe continued:`);
 * 3. conversation — a quotation with no cue of its own in the paragraph of an attributed one
 *    (`“…,” Roe said. “…”`) is the same speaker's, as is a paragraph made only of a quotation
 *    right after one;
 * 4. pronoun conversation (pronoun-conversation.ts) — `“…,” he added` that the registry could not
 *    resolve takes the previous quotation's speaker when nothing between names anyone else.
 *
 * The cue's subject is resolved by the registry: a name (known or not), "he"/"she" as resolved to
 * the nearest compatible person, a description; "I", "we", "they" and "it" stay unknown.
 */
export function attributeBySieves(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  const sentenceVerbs: SentenceVerbs = new Map();
  for (const draft of drafts) {
    if (!draft.direct || draft.speaker !== null) continue;
    const qi = quotationAt(text.quotations, draft.start);
    const quotation = text.quotations[qi];
    if (quotation === undefined) continue;
    const found =
      trailingCue(body, quotation.close, registry) ??
      leadingCue(text, quotation.open, registry) ??
      cueBeforeParagraph(text, quotation, registry) ??
      asPutIt(text, quotation.open, registry) ??
      asClauseOpensSentence(text, quotation, registry) ??
      speakerLabel(text, quotation.open, registry) ??
      colonCue(text, registry, quotation) ??
      possessedMessage(text, registry, quotation) ??
      possessedClaim(text, registry, quotation) ??
      sentenceSubject(text, quotation.open, registry) ??
      sentenceCue(text, registry, quotation, sentenceVerbs) ??
      withAbsoluteClause(text, registry, quotation) ??
      mainClauseSubject(text, registry, quotation) ??
      relativeClauseSpeaker(text, registry, quotation) ??
      participleClause(text, registry, quotation) ??
      interruptedQuoteCue(text, quotation, registry) ??
      trailingNamedCue(text, registry, quotation) ??
      leadingNamedCue(text, registry, quotation) ??
      dashSignature(text, registry, quotation) ??
      inClauseCue(text, registry, quotation) ??
      clauseClosingCue(text, registry, quotation) ??
      accordingWorkBy(text, registry, quotation) ??
      subordinateClauseSubject(text, registry, quotation) ??
      quotedTitleSubject(text, registry, quotation);
    if (found === null) continue;
    draft.speaker = found.speaker;
    draft.cue = { start: found.start, end: found.end };
  }
  // `Lund backs “modest raises,” opposes “any freeze” …`: later predicates of the same subject.
  coordinatedQuotations(text, drafts);
  const carried = conversation(text, drafts);
  // A quote credited to the earlier speaker can carry the conversation on to the ones after it.
  pronounConversation(text, registry, drafts);
  previousAttribution(text, registry, drafts);
  // `“…,” he continued. “…”`: when the passes above gave the first quotation another speaker, the
  // quotation that took its speaker along follows it.
  followCarried(carried);
  // `Roe added that the board wants out. “They don’t like to talk about it.”`
  quoteAfterReport(text, drafts);
  // `Lund agreed. “We will not back down.”`
  quoteAfterAnnouncement(text, registry, drafts);
  conversation(text, drafts);
}

/**
 * `“Why now?” Roe writes back, “You look tired.”`: after a quotation that ends its sentence, a cue
 * that a colon or another quotation follows introduces that next quotation, not this one (the
 * cue reader's rule for a quotation alone in its sentence). A quote split by its cue (`“We
 * wait,” Roe said, “and see.”`) closes on a comma and keeps its cue.
 */
function introducesNext(body: string, close: number, verbEnd: number): boolean {
  if (!closesSentence(body, close)) return false;
  return /^(?:\s+(?:back|again|later|then))?\s*(?::|,?\s*(?:[“"]|''))/.test(
    body.slice(verbEnd, verbEnd + 12),
  );
}

/** `,” Roe wrote` / `,” wrote Roe` / `,” he added`: the cue right after the closing mark. */
export function trailingCue(
  body: string,
  close: number,
  registry: EntityRegistry,
): SieveFinding | null {
  let at = close + 1;
  while (body.charCodeAt(at) === 32 || body.charCodeAt(at) === 44) at += 1;
  if (at === close + 1 && body.charCodeAt(at) !== 32) {
    // `”Roe said` without a space is a typo we read as well; letters glued to the mark are not.
  }
  const limit = lineEnd(body, at, 160);
  const words = wordsFrom(body, at, limit, 10);
  if (words.length === 0) return null;
  const appositive = appositiveCue(body, words, registry);
  if (appositive !== null) return opensNextReport(body, close, appositive.end) ? null : appositive;
  const first = words[0]!;
  if (VERBS.has(first.text)) {
    // `,” saying the city was …`: a participle is never inverted — what follows is its content.
    if (first.text.endsWith("ing")) return null;
    // Inverted: the phrase after the verb, up to its punctuation ("said Rep. Roe (D-N.C.)").
    const whole = phraseAfter(body, first.end, limit);
    if (whole === null || contentAfterVerb(body.slice(first.end, whole.end))) return null;
    // `,” said Lund after meeting Vint.`: the person named before the clause that follows it.
    const phrase = { ...whole, end: invertedNameEnd(body, whole.start, whole.end, registry) };
    // `,” said the nominee, Ivo Vint.`: the name after the description speaks.
    const named = nameAfterDescription(body, phrase.start, phrase.end, registry);
    if (named !== null) return { speaker: named, start: first.start, end: phrase.end };
    if (opensNameList(body, phrase.end)) return null;
    const speaker = resolve(body, phrase.start, phrase.end, registry);
    return speaker === null ? null : { speaker, start: first.start, end: phrase.end };
  }
  // Subject first: at most six words, then adverbs, then the verb.
  for (let i = 1; i < words.length && i <= 7; i += 1) {
    const w = words[i]!;
    if (!VERBS.has(w.text)) {
      if (ADVERBS.has(w.text)) continue;
      continue;
    }
    let subjectEnd = i;
    while (subjectEnd > 0 && ADVERBS.has(words[subjectEnd - 1]!.text)) subjectEnd -= 1;
    if (subjectEnd === 0) return null;
    const start = words[0]!.start;
    const end = words[subjectEnd - 1]!.end;
    // No punctuation inside the subject but the dots of abbreviations.
    if (/[,;:!?“”"()—–]/.test(body.slice(start, end))) return null;
    // "“…,” an angry Roe said.": the person after the epithet speaks.
    const described = personAfterEpithet(registry, words, subjectEnd);
    const nextReport = introducesNext(body, close, w.end) || opensNextReport(body, close, w.end);
    if (described !== null && !nextReport) return { speaker: described, start, end: w.end };
    if (!plausibleSubject(body.slice(start, end))) return null;
    if (nextReport) return null;
    const speaker = resolve(body, start, end, registry);
    return speaker === null ? null : { speaker, start, end: w.end };
  }
  return null;
}

/**
 * `,” Dora Pell, a small-business owner, said` / `,” Pell, 35, the head of X, tweeted`: a name of
 * capitalised words, an appositive set off by commas (opening with a lowercase word or a number,
 * so a list of names is none), then the reporting verb. The name speaks.
 */
function appositiveCue(
  body: string,
  words: readonly Word[],
  registry: EntityRegistry,
): SieveFinding | null {
  const last = words[words.length - 1]!;
  if (body[last.end] !== "," || words.length > 5) return null;
  if (!words.every((w) => /^\p{Lu}/u.test(w.text))) return describedName(body, last.end, registry);
  const opening = wordsFrom(body, last.end + 1, last.end + 40, 1)[0];
  if (opening === undefined || !/^[\p{Ll}\p{N}]/u.test(opening.text)) return null;
  let comma = last.end;
  for (let k = 0; k < 4; k += 1) {
    const next = body.indexOf(",", comma + 1);
    if (next < 0 || next - last.end > 200) return null;
    if (/[“”"\n;:!?]/.test(body.slice(comma + 1, next))) return null;
    const after = wordsFrom(body, next + 1, lineEnd(body, next + 1, 80), 4);
    let v = 0;
    while (v < after.length && ADVERBS.has(after[v]!.text)) v += 1;
    const verb = after[v];
    if (verb !== undefined && VERBS.has(verb.text.toLowerCase())) {
      const start = words[0]!.start;
      if (!plausibleSubject(body.slice(start, last.end))) return null;
      const speaker = resolve(body, start, last.end, registry);
      return speaker === null ? null : { speaker, start, end: verb.end };
    }
    comma = next;
  }
  return null;
}

/** `,” his partner, Ed Moss, said`: a description, then the name between commas, then the verb. */
function describedName(body: string, comma: number, registry: EntityRegistry): SieveFinding | null {
  const name = wordsFrom(body, comma + 1, comma + 60, 5);
  const last = name[name.length - 1];
  if (last === undefined || body[last.end] !== ",") return null;
  if (!name.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text)) || name.length < 2) return null;
  const after = wordsFrom(body, last.end + 1, lineEnd(body, last.end + 1, 80), 3);
  let v = 0;
  while (v < after.length && ADVERBS.has(after[v]!.text)) v += 1;
  const verb = after[v];
  if (verb === undefined || !VERBS.has(verb.text)) return null;
  const speaker = resolve(body, name[0]!.start, last.end, registry);
  return speaker === null ? null : { speaker, start: name[0]!.start, end: verb.end };
}

/** `Roe said: “` / `He told reporters, “` / `said Roe, “`: the cue right before the opening mark. */
function leadingCue(
  text: ArticleText,
  open: number,
  registry: EntityRegistry,
): SieveFinding | null {
  const { body } = text;
  const sentence = text.sentences[text.sentenceIndexAt(open)];
  const from = Math.max(sentence?.span.start ?? 0, open - 200);
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
function cueBeforeParagraph(
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

/**
 * A quotation inside a clause whose subject opens the sentence: `Roe blasted the plan as “a
 * disaster”`, `She called it “a crucial step.”` The subject is a person's name or he/she followed
 * straight by a finite verb (an auxiliary allowed: "Roe has called"); no quotation mark comes
 * before this one in the sentence, and no other reporting verb could bring another speaker.
 */
function sentenceSubject(
  text: ArticleText,
  open: number,
  registry: EntityRegistry,
): SieveFinding | null {
  const { body } = text;
  const sentence = text.sentences[text.sentenceIndexAt(open)];
  if (sentence === undefined) return null;
  const start = sentence.span.start;
  if (open - start > 300 || /[“”"]/.test(body.slice(start, open))) return null;
  const words = wordsFrom(body, start, open, 60);
  if (words.length < 3) return null;
  // The subject: "He", "She", or capitalised words (a name, with a title) before the verb.
  let v = 0;
  while (v < words.length && v < 5 && /^\p{Lu}/u.test(words[v]!.text)) v += 1;
  if (v === 0 || v >= words.length) return null;
  if (!finishesAtWord(body, words[v - 1]!.end, words[v]!.start)) return null;
  let verb = v;
  while (
    verb < words.length &&
    (AUXILIARY_VERBS.has(words[verb]!.text) || ADVERBS.has(words[verb]!.text))
  )
    verb += 1;
  const head = words[verb]?.text ?? "";
  if (!/^\p{Ll}+(?:ed|s)$/u.test(head) && !VERBS.has(head)) return null;
  // "Roe was asked by the host, “…”": the subject of a passive reporting verb is spoken to, not
  // the speaker ("was quoted as saying" excepted).
  const participle = (head.endsWith("ed") || head === "told") && VERBS.has(head);
  if (participle && head !== "quoted" && words.slice(v, verb).some((w) => FORMS_OF_BE.has(w.text)))
    return null;
  // Another reporting verb later in the clause ("…, who called it") may have its own subject; a
  // form after a determiner is a noun ("defended the remark as", "rejected her claim that").
  for (let k = verb + 1; k < words.length; k += 1) {
    const w = words[k]!.text;
    if (!VERBS.has(w) || /ing$/.test(w)) continue;
    const before = words[k - 1]!.text.toLowerCase();
    if (!DETERMINERS.has(before) || before === "that") return null;
  }
  // "Roe proposed a debate - but the Vint campaign rejected it as “…”": another clause's subject.
  if (opensSecondClause(body.slice(words[verb]!.end, open))) return null;
  const subject = body.slice(words[0]!.start, words[v - 1]!.end);
  if (!plausibleSubject(subject)) return null;
  const speaker = resolve(body, words[0]!.start, words[v - 1]!.end, registry);
  if (speaker === null || speaker === "ambiguous") return null;
  // A group of people ("Harbourlanders learned") speaks as a person does (group-or-body-name.ts).
  if (!speaksAsPerson(registry.kindOf(speaker), registry.entities[speaker]!.name)) return null;
  // "Vint's biographers wrote": the possessor owns the subject and does not speak.
  if (possessorNotSpeaker(registry, speaker, words[0]!.start, words[verb]!.end)) return null;
  return { speaker, start: words[0]!.start, end: words[verb]!.end };
}

/** Only spaces between two words: no comma, so the capitalised words run straight into the verb. */
function finishesAtWord(body: string, end: number, next: number): boolean {
  return /^ +$/.test(body.slice(end, next));
}

/** Objects of "told"/"asked" between the verb and the quotation. */
const OBJECTS = new Set(TELLING_LISTENERS.trim().split(/\s+/));
const BOUNDARY_WORDS = new Set("and but as while when after before so because".split(" "));

/** Adverbs that open a sentence before its subject: "Later, Roe wrote: “…”". */
const OPENING_ADVERB =
  /^(?:Later|Earlier|Afterwards|Previously|Separately|Instead|\p{Lu}\p{Ll}+ly)$/u;

/** Subordinators that may open a leading cue: "As Roe wrote, “…”". */
const SUBORDINATORS = new Set(["As", "When", "While", "After", "Before", "Since"]);
