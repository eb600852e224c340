// Attribution layer, last sieve: the candidates a quote left without a speaker may have, each with
// the features the speaker ranker (rank-speakers.ts) weighs. Deterministic and cheap: one pass over
// the registry's mentions of the quote's paragraph and the two before it.

import { AUXILIARY_VERBS } from "../../../../lexicons/function-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { ADVERBS, VERBS, wordsFrom } from "../sieve-words.ts";

/** Paragraphs before the quote's own whose mentions are candidates. */
export const PARAGRAPHS_BACK = 2;
/** Characters before the opening mark the candidates' mentions may stand. */
const WINDOW = 4000;
/** Characters from the marks the sentence- and paragraph-level features read. */
const REACH = 600;

/**
 * Feature names, in the order of every candidate's vector (the weights file keeps the same order).
 * Each is 0/1 or a number in [0, 1]; the bias is the constant 1.
 */
export const FEATURES = [
  "bias",
  /** A mention outside quotation marks in the quote's sentence, before the opening mark. */
  "sentenceBefore",
  /** A mention in the quote's sentence after the closing mark ("…,” the Roe campaign added). */
  "sentenceAfter",
  /** The first candidate mentioned in the quote's sentence (its likely subject). */
  "firstInSentence",
  /** A mention opens the quote's sentence. */
  "opensSentence",
  /** A mention followed by a reporting verb ("Roe said", "Roe has argued"). */
  "beforeReportingVerb",
  /** A mention followed by any finite-looking verb ("Roe blasted", "Roe calls"). */
  "beforeVerb",
  /** 1 / (1 + sentences back to the nearest mention before the quote); 0 when none before. */
  "nearness",
  /** A mention in the quote's paragraph. */
  "sameParagraph",
  /** A he/she pronoun the registry resolved to this candidate in the quote's sentence. */
  "pronounInSentence",
  /** The speaker of the latest attributed quote before this one. */
  "lastSpeaker",
  /** The last speaker spoke in this paragraph or the one before. */
  "lastSpeakerNear",
  /** A person (else an organisation). */
  "person",
  /** An unnamed source ("a spokesman"). */
  "unnamed",
  /** A he/she outside the quotation in its sentence and this candidate's gender matches it. */
  "genderAgrees",
  /** …and this candidate cannot be that pronoun (another gender, or not a person). */
  "genderClashes",
  /** Every mention in the window is inside quotation marks (someone talked about). */
  "onlyQuoted",
  /** 1 / number of candidates. */
  "alone",
  /** Share of the window's mentions that are this candidate's. */
  "share",
  /** The candidate is the article's most mentioned person or organisation. */
  "mostMentioned",
  /** The quotation is its paragraph (quote-level: shifts every candidate alike). */
  "wholeParagraph",
  /** The quotation is at most three words (a scare quote, a title). */
  "shortQuote",
  /** The quotation sits inside a sentence with words before it (not a lead quote). */
  "insideSentence",
  /** A mention before the opening mark in the quote's sentence, followed by a verb. */
  "subjectInSentence",
  /** A mention in the quote's sentence next to a reporting verb ("Roe said", "said Roe"). */
  "reportingInSentence",
  /** The nearest mention before the opening mark in the quote's sentence. */
  "nearestBefore",
  /** The quote's sentence has a reporting verb outside quotation marks. */
  "sentenceReports",
  /** A determiner right before the opening mark: the quotation is part of a noun phrase. */
  "afterDeterminer",
  /** "called it “…”", "dubbed him a “…”", "described as “…”": a naming verb just before. */
  "afterNamingVerb",
  /** A colon right before the opening mark. */
  "afterColon",
  /** Another recent speaker (not the last) of the window. */
  "earlierSpeaker",
  /** The most recent speaker whose gender fits the sentence's he/she (the gold's own reading). */
  "lastFittingSpeaker",
  /** The quotation holds more than one sentence. */
  "severalSentences",
  /** The quotation has eight words or more. */
  "longQuote",
  /** A he/she outside the quotation in its sentence (quote-level). */
  "heOrShe",
  /** "they", "it", "we" or "I" before a reporting verb outside the quotation: a speaker that is
   *  no candidate (quote-level). */
  "otherPronounReports",
  /** The quotation opens with a capital and ends with a sentence mark or comma: a whole clause. */
  "wholeClause",
] as const;

export type FeatureName = (typeof FEATURES)[number];

export type Candidate = { entity: number; features: number[] };

/** A recent speaker and where its latest attributed quote starts. */
export type RecentSpeaker = { entity: number; start: number };

type Tally = {
  sentenceBefore: boolean;
  sentenceAfter: boolean;
  opensSentence: boolean;
  beforeReportingVerb: boolean;
  beforeVerb: boolean;
  nearestBack: number;
  sameParagraph: boolean;
  pronounInSentence: boolean;
  unquoted: number;
  mentions: number;
  subjectInSentence: boolean;
  reportingInSentence: boolean;
};

/**
 * The people and organisations the quotation's speaker may be: those mentioned (by name, surname,
 * title or a resolved he/she) from two paragraphs before it to the end of its paragraph, and the
 * recent attributed speakers; with their features. `speakers` are those speakers, most recent
 * first, each once; `mostMentioned` the article's most mentioned entity. A quotation whose every
 * word is capitalised has none.
 */
export function candidateFeatures(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
  speakers: readonly RecentSpeaker[],
  mostMentioned: number | null,
): Candidate[] {
  const { body, paragraphs } = text;
  const quoted = body.slice(quotation.start, quotation.end);
  // Every word capitalised: the title of a show, a book, a slogan or a name, seldom anyone's words
  // (PolNeAR train: 88 of 562 such quotes left unknown have their speaker among the candidates).
  if (!/(?:^|\s)(?!(?:of|the|and|a|an|in|on|for|to|or)\s)\p{Ll}/u.test(quoted)) return [];
  const p = quotation.paragraphIndex;
  const paragraph = paragraphs[p];
  if (paragraph === undefined) return [];
  // Every scan stays within a fixed reach of the quotation, so a run of quotations in one endless
  // sentence or paragraph costs linear time.
  const from = Math.max(
    paragraphs[Math.max(0, p - PARAGRAPHS_BACK)]!.start,
    quotation.open - WINDOW,
  );
  const to = Math.min(paragraph.end, quotation.close + REACH);
  const si = text.sentenceIndexAt(quotation.open);
  const sentence = text.sentences[si];
  if (sentence === undefined) return [];
  const tallies = new Map<number, Tally>();
  let first: number | null = null;
  let nearest: number | null = null;
  let total = 0;
  for (let i = registry.firstFrom(from); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= to) break;
    if (m.entity === null || m.ambiguous || m.possessive) continue;
    if (m.start >= quotation.open && m.start < quotation.close) continue;
    const kind = registry.kindOf(m.entity);
    if (kind === "place") continue;
    let t = tallies.get(m.entity);
    if (t === undefined) {
      t = newTally();
      tallies.set(m.entity, t);
    }
    t.mentions += 1;
    total += 1;
    if (m.start >= paragraph.start) t.sameParagraph = true;
    if (m.inQuote) continue;
    t.unquoted += 1;
    const verb = verbAfter(body, m.end);
    if (verb === 2) t.beforeReportingVerb = true;
    if (verb > 0) t.beforeVerb = true;
    if (m.sentence === si) {
      if (first === null) first = m.entity;
      if (m.start < quotation.open) {
        t.sentenceBefore = true;
        nearest = m.entity;
        if (verb > 0) t.subjectInSentence = true;
      } else t.sentenceAfter = true;
      if (verb === 2 || reportingVerbBefore(body, m.start)) t.reportingInSentence = true;
      if (registry.opensSentence(m)) t.opensSentence = true;
      if (m.form === "pronoun" || /^(?:he|she)$/i.test(body.slice(m.start, m.end)))
        t.pronounInSentence = true;
    }
    if (m.start < quotation.open) {
      const back = si - m.sentence;
      if (t.nearestBack < 0 || back < t.nearestBack) t.nearestBack = back;
    }
  }
  const lastSpeaker = speakers[0] ?? null;
  const recent = speakers.filter((s) => s.start >= from);
  for (const s of recent) {
    if (!tallies.has(s.entity) && registry.kindOf(s.entity) !== "place")
      tallies.set(s.entity, newTally());
  }
  if (tallies.size === 0) return [];
  // The quote-level features: read only when there is someone to rank.
  const sStart = Math.max(sentence.span.start, quotation.open - REACH);
  const sEnd = Math.min(sentence.span.end, quotation.close + REACH);
  const cue = pronounNear(body, sStart, sEnd, quotation);
  const words = quoted.split(/\s+/).length;
  const wholeParagraph =
    quotation.open - paragraph.start < REACH &&
    paragraph.end - quotation.close < REACH &&
    /^\s*$/.test(body.slice(paragraph.start, quotation.open)) &&
    /^[\s.,]*$/.test(body.slice(quotation.close + 1, paragraph.end));
  const insideSentence = /[\p{L}\p{N}]/u.test(body.slice(sStart, quotation.open));
  const reports = reportsOutsideQuotes(text, sStart, sEnd);
  const lead = body.slice(Math.max(0, quotation.open - 40), quotation.open);
  const afterDeterminer = DETERMINER_BEFORE.test(lead);
  const afterNamingVerb = NAMING_BEFORE.test(lead);
  const afterColon = /:\s*$/.test(lead);
  const wholeClause =
    /^\p{Lu}/u.test(quoted) && /[.!?,]\s*$/.test(body.slice(quotation.start, quotation.close));
  const severalSentences = /[.!?]\s+\p{Lu}/u.test(quoted);
  const longQuote = words >= 8;
  const otherPronoun = otherPronounReports(body, sStart, sEnd);
  const fitting =
    cue === null
      ? null
      : (recent.find((s) => registry.compatibleSpeaker(s.entity, cue))?.entity ?? null);
  const out: Candidate[] = [];
  for (const [entity, t] of tallies) {
    const record = registry.entityRecord(entity);
    const isLast = lastSpeaker !== null && lastSpeaker.entity === entity;
    let agrees = 0;
    let clashes = 0;
    if (cue !== null) {
      if (registry.compatibleSpeaker(entity, cue)) {
        const other = cue === "he" ? "she" : "he";
        if (!registry.compatibleSpeaker(entity, other)) agrees = 1;
      } else clashes = 1;
    }
    const features: Record<FeatureName, number> = {
      bias: 1,
      sentenceBefore: t.sentenceBefore ? 1 : 0,
      sentenceAfter: t.sentenceAfter ? 1 : 0,
      firstInSentence: first === entity ? 1 : 0,
      opensSentence: t.opensSentence ? 1 : 0,
      beforeReportingVerb: t.beforeReportingVerb ? 1 : 0,
      beforeVerb: t.beforeVerb ? 1 : 0,
      nearness: t.nearestBack < 0 ? 0 : 1 / (1 + t.nearestBack),
      sameParagraph: t.sameParagraph ? 1 : 0,
      pronounInSentence: t.pronounInSentence ? 1 : 0,
      lastSpeaker: isLast ? 1 : 0,
      lastSpeakerNear: isLast && lastSpeaker.start >= paragraphs[Math.max(0, p - 1)]!.start ? 1 : 0,
      person: record.kind === "person" ? 1 : 0,
      unnamed: record.unnamed ? 1 : 0,
      genderAgrees: agrees,
      genderClashes: clashes,
      onlyQuoted: t.mentions > 0 && t.unquoted === 0 ? 1 : 0,
      alone: 1 / tallies.size,
      share: total === 0 ? 0 : t.mentions / total,
      mostMentioned: mostMentioned === entity ? 1 : 0,
      wholeParagraph: wholeParagraph ? 1 : 0,
      shortQuote: words <= 3 ? 1 : 0,
      insideSentence: insideSentence ? 1 : 0,
      subjectInSentence: t.subjectInSentence ? 1 : 0,
      reportingInSentence: t.reportingInSentence ? 1 : 0,
      nearestBefore: nearest === entity ? 1 : 0,
      sentenceReports: reports ? 1 : 0,
      afterDeterminer: afterDeterminer ? 1 : 0,
      afterNamingVerb: afterNamingVerb ? 1 : 0,
      afterColon: afterColon ? 1 : 0,
      earlierSpeaker: !isLast && recent.some((s) => s.entity === entity) ? 1 : 0,
      lastFittingSpeaker: fitting === entity ? 1 : 0,
      severalSentences: severalSentences ? 1 : 0,
      longQuote: longQuote ? 1 : 0,
      heOrShe: cue === null ? 0 : 1,
      otherPronounReports: otherPronoun ? 1 : 0,
      wholeClause: wholeClause ? 1 : 0,
    };
    out.push({ entity, features: FEATURES.map((f) => features[f]) });
  }
  return out;
}

function newTally(): Tally {
  return {
    sentenceBefore: false,
    sentenceAfter: false,
    opensSentence: false,
    beforeReportingVerb: false,
    beforeVerb: false,
    nearestBack: -1,
    sameParagraph: false,
    pronounInSentence: false,
    unquoted: 0,
    mentions: 0,
    subjectInSentence: false,
    reportingInSentence: false,
  };
}

/**
 * The word right after a mention (adverbs and auxiliaries skipped): 2 for a reporting verb, 1 for
 * another finite-looking verb ("blasted", "calls"), 0 otherwise.
 */
function verbAfter(body: string, end: number): number {
  const words = wordsFrom(body, end, Math.min(body.length, end + 60), 4);
  for (const w of words) {
    const word = w.text;
    if (ADVERBS.has(word) || AUXILIARY_VERBS.has(word)) continue;
    if (VERBS.has(word)) return 2;
    return /^\p{Ll}{3,}(?:ed|es|s)$/u.test(word) ? 1 : 0;
  }
  return 0;
}

/** `said Roe`: a reporting verb right before a mention. */
function reportingVerbBefore(body: string, start: number): boolean {
  const word = /(\p{Ll}+),?\s+$/u.exec(body.slice(Math.max(0, start - 20), start))?.[1];
  return word !== undefined && VERBS.has(word);
}

/** "they said", "it added", "we argued" in [start, end) outside every quotation. */
function otherPronounReports(body: string, start: number, end: number): boolean {
  const outside = body.slice(start, end).replace(/[“"][^”"]*[”"]?/gu, " ");
  for (const m of outside.matchAll(/\b(?:[Tt]hey|[Ii]t|[Ww]e|I)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/gu))
    if (VERBS.has(m[1]!)) return true;
  return false;
}

/** A reporting verb in [start, end) outside every quotation. */
function reportsOutsideQuotes(text: ArticleText, start: number, end: number): boolean {
  const outside = text.body.slice(start, end).replace(/[“"][^”"]*[”"]?/gu, " ");
  for (const word of outside.match(/\p{Ll}+/gu) ?? []) if (VERBS.has(word)) return true;
  return false;
}

const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|their|its|this|our|my|your)\s*$/iu;
const NAMING_BEFORE =
  /\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|brand(?:s|ed|ing)?|label(?:s|led|ed|ing)?|term(?:s|ed)?|describ(?:es|ed|ing)|as)\s+(?:(?:him|her|it|them|itself|himself|herself|themselves|the|a|an)\s+)?$/u;

/** "he" or "she" outside the quotation in its sentence, nearest to the marks; null if none. */
function pronounNear(
  body: string,
  start: number,
  end: number,
  quotation: Quotation,
): "he" | "she" | null {
  const before = /\b([Hh]e|[Ss]he)\b[^“”"]*$/u.exec(body.slice(start, quotation.open));
  if (before !== null) return before[1]!.toLowerCase() as "he" | "she";
  const after = /^[^“”"]*?\b([Hh]e|[Ss]he)\b/u.exec(body.slice(quotation.close + 1, end));
  return after === null ? null : (after[1]!.toLowerCase() as "he" | "she");
}
