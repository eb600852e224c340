// Attribution layer, last sieve: the candidates a quote left without a speaker may have, each with
// the features the speaker ranker (rank-speakers.ts) weighs. Deterministic and cheap: one pass over
// the registry's mentions of the quote's paragraph and the two before it.

import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { speaksAsPerson } from "../../entities/not-people/group-or-body-name.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { FEATURES, type FeatureName } from "./feature-names.ts";
import { judgingVerbAfter } from "./judging-subject.ts";
import {
  afterBy,
  DETERMINER_BEFORE,
  modifiesSpeaker,
  NAMING_BEFORE,
  nearestReportingVerb,
  otherPronounReports,
  PHRASE_BEFORE,
  pronounNear,
  reportingVerbAfterAt,
  reportingVerbBefore,
  reportingVerbBeforeAt,
  reportsOutsideQuotes,
  verbAfter,
} from "./quote-context.ts";

/** Paragraphs before the quote's own whose mentions are candidates. */
export const PARAGRAPHS_BACK = 2;
/** Characters before the opening mark the candidates' mentions may stand. */
const WINDOW = 4000;
/** Characters from the marks the sentence- and paragraph-level features read. */
const REACH = 600;

export { FEATURES, type FeatureName };

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
  nearestVerbSubject: boolean;
  verbObject: boolean;
  passiveSubject: boolean;
  modifier: boolean;
  nearestParagraphBack: number;
  afterBy: boolean;
  judgingSubject: boolean;
  beforeColon: boolean;
};

/** What the ranker reads of the whole article: how often each entity is mentioned. */
export type ArticleCounts = { mostMentioned: number | null; mentions: ReadonlyMap<number, number> };

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
  counts: ArticleCounts,
): Candidate[] {
  const { body, paragraphs } = text;
  const quoted = body.slice(quotation.start, quotation.end);
  // Every word capitalised: the title of a show, a book, a slogan or a name, seldom anyone's words
  // (PolNeAR train: 88 of 562 such quotes left unknown have their speaker among the candidates).
  if (!/(?:^|\s)(?!(?:of|the|and|a|an|in|on|for|to|or|with|at|by|from)\s)\p{Ll}/u.test(quoted))
    return [];
  // A letter right before the opening mark: a closing mark typed the wrong way round ("word“"),
  // so the marks pair across what is no quotation.
  if (/[\p{L}\p{N}]/u.test(text.body.charAt(quotation.open - 1))) return [];
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
  const sStart = Math.max(sentence.span.start, quotation.open - REACH);
  const sEnd = Math.min(sentence.span.end, quotation.close + REACH);
  const verbAt = nearestReportingVerb(body, sStart, sEnd, quotation);
  let verbClaimed = false;
  let previousSubject: number | null = null;
  const previousParagraph = paragraphs[Math.max(0, p - 1)]!.start;
  let first: number | null = null;
  let nearest: number | null = null;
  let total = 0;
  for (let i = registry.firstFrom(from); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= to) break;
    if (m.start >= quotation.open && m.start < quotation.close) continue;
    // Any mention next to the nearest verb claims it, even one the ranker cannot name.
    // Its subject: "Roe said" (not "Roe was asked"), or "said Roe" after the quotation; a verb
    // before both the mention and the quotation has it as its object ("told Roe “…”").
    let nextToVerb = false;
    let verbObject = false;
    let passive = false;
    if (m.sentence === si && !m.inQuote) {
      const after = reportingVerbAfterAt(body, m.end);
      const before = reportingVerbBeforeAt(body, m.start);
      passive = after?.passive === true;
      verbObject = before !== null && (before.addresses || before.start < quotation.open);
      nextToVerb =
        verbAt >= 0 &&
        ((after !== null && after.start === verbAt && !after.passive) ||
          (before !== null && !verbObject && before.start === verbAt));
    }
    if (nextToVerb) verbClaimed = true;
    if (m.entity === null || m.ambiguous || m.possessive) continue;
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
    const paragraphBack = m.start >= paragraph.start ? 0 : m.start >= previousParagraph ? 1 : 2;
    if (t.nearestParagraphBack < 0 || paragraphBack < t.nearestParagraphBack)
      t.nearestParagraphBack = paragraphBack;
    if (m.inQuote) continue;
    // "Ada Lund and Ivo Vint: “…”": the name the colon introduces the quotation with.
    if (m.end < quotation.open && /^\s*:\s*$/u.test(body.slice(m.end, quotation.open)))
      t.beforeColon = true;
    if (nextToVerb) t.nearestVerbSubject = true;
    if (verbObject) t.verbObject = true;
    if (passive) t.passiveSubject = true;
    if (m.sentence === si && modifiesSpeaker(body, m.end)) t.modifier = true;
    t.unquoted += 1;
    const verb = verbAfter(body, m.end);
    if (verb === 2) t.beforeReportingVerb = true;
    if (verb > 0) t.beforeVerb = true;
    if (verb > 0 && previousSubject === null && m.sentence === si - 1) previousSubject = m.entity;
    if (m.sentence === si) {
      if (first === null) first = m.entity;
      if (m.start < quotation.open) {
        t.sentenceBefore = true;
        nearest = m.entity;
        if (verb > 0) t.subjectInSentence = true;
        if (judgingVerbAfter(body, m.end)) t.judgingSubject = true;
      } else t.sentenceAfter = true;
      if (verb === 2 || reportingVerbBefore(body, m.start)) t.reportingInSentence = true;
      if (registry.opensSentence(m)) t.opensSentence = true;
      if (afterBy(body, m.start)) t.afterBy = true;
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
  const cue = pronounNear(body, sStart, sEnd, quotation);
  const words = quoted.split(/\s+/).length;
  const opensParagraph =
    quotation.open - paragraph.start < REACH &&
    /^\s*$/.test(body.slice(paragraph.start, quotation.open));
  const endsParagraph =
    paragraph.end - quotation.close < REACH &&
    /^[\s.,]*$/.test(body.slice(quotation.close + 1, paragraph.end));
  const wholeParagraph = opensParagraph && endsParagraph;
  // "The remarks suggest …", "His campaign said …": a description is the sentence's subject.
  const descriptionOpens =
    sentence.span.start < quotation.open &&
    DESCRIPTION_OPENS.test(body.slice(sentence.span.start, sentence.span.start + 12));
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
  // How many candidates the sentence's he/she could be: with one, a resolved pronoun is safe.
  const fits =
    cue === null ? 0 : [...tallies.keys()].filter((e) => registry.compatibleSpeaker(e, cue)).length;
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
      lastSpeakerNear: isLast && lastSpeaker.start >= previousParagraph ? 1 : 0,
      // A group of people ("Harbourlanders") counts as the persons it was trained as.
      person: speaksAsPerson(record.kind, record.name) ? 1 : 0,
      unnamed: record.unnamed ? 1 : 0,
      genderAgrees: agrees,
      genderClashes: clashes,
      onlyQuoted: t.mentions > 0 && t.unquoted === 0 ? 1 : 0,
      alone: 1 / tallies.size,
      share: total === 0 ? 0 : t.mentions / total,
      mostMentioned: counts.mostMentioned === entity ? 1 : 0,
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
      nearestVerbSubject: t.nearestVerbSubject ? 1 : 0,
      verbUnclaimed: verbAt >= 0 && !verbClaimed ? 1 : 0,
      previousSubject: previousSubject === entity ? 1 : 0,
      paragraphNearness: t.nearestParagraphBack < 0 ? 0 : 1 / (1 + t.nearestParagraphBack),
      spokeInParagraph: recent.some((s) => s.entity === entity && s.start >= paragraph.start)
        ? 1
        : 0,
      articleMentions: Math.min(1, Math.log1p(counts.mentions.get(entity) ?? 0) / Math.log(31)),
      afterBy: t.afterBy ? 1 : 0,
      quoteLength: Math.min(words, 40) / 40,
      opensParagraph: opensParagraph ? 1 : 0,
      endsParagraph: endsParagraph ? 1 : 0,
      lowercaseStart: /^\p{Ll}/u.test(quoted) ? 1 : 0,
      verbObject: t.verbObject ? 1 : 0,
      passiveSubject: t.passiveSubject ? 1 : 0,
      modifier: t.modifier ? 1 : 0,
      descriptionOpens: descriptionOpens ? 1 : 0,
      afterPhraseNoun: PHRASE_BEFORE.test(lead) ? 1 : 0,
      judgingSubject: t.judgingSubject ? 1 : 0,
      beforeColon: t.beforeColon ? 1 : 0,
      soleFit: cue !== null && fits === 1 && registry.compatibleSpeaker(entity, cue) ? 1 : 0,
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
    nearestVerbSubject: false,
    verbObject: false,
    passiveSubject: false,
    modifier: false,
    nearestParagraphBack: -1,
    afterBy: false,
    judgingSubject: false,
    beforeColon: false,
  };
}

/** Determiners and possessives that open a sentence whose subject is a description. */
const DESCRIPTION_OPENS =
  /^(?:The|A|An|His|Her|Their|Its|This|These|Those|Some|Many|Several|Other|Critics|Aides|Officials)\s/u;
