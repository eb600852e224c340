import type { Article } from "@parallax/core";
import { ArticleText } from "../article-text.ts";
import { EntityRegistry } from "../entities/entity-registry.ts";
import { linkSurnameEchoes } from "../entities/surnames/late-surname-echoes.ts";
import { attributeBySieves } from "./attribution-sieves.ts";
import { markAskedAnswers } from "./corrections/asked-person-answer.ts";
import { creditClosingCueOverDescription } from "./corrections/closing-cue-over-description.ts";
import { creditColonClauseSubjects } from "./corrections/colon-clause-speaker.ts";
import {
  creditDescribedAntecedents,
  creditDescribedAntecedentsOfUnknown,
} from "./corrections/described-antecedent-pronoun.ts";
import { dropReportersOfDescribedSpeech } from "./corrections/described-inner-reporter.ts";
import { creditDescribedSubjects } from "./corrections/described-subject-pronoun.ts";
import { dropSpeakersEmbeddedInSubject } from "./corrections/embedded-name-subject.ts";
import { creditInnerClauseReporters } from "./corrections/inner-clause-quote.ts";
import { creditLabelParagraphs } from "./corrections/label-paragraph-speaker.ts";
import { creditLaterClauseSubjects } from "./corrections/later-clause-subject.ts";
import { creditLaterLeadCues } from "./corrections/later-lead-cue.ts";
import { dropSpeakersModifyingGroup } from "./corrections/name-modifies-group.ts";
import { dropSpeakersNamedInQuote } from "./corrections/named-in-quote.ts";
import { creditNearerPossessedClaims } from "./corrections/nearer-possessed-claim.ts";
import { creditNestingReporters } from "./corrections/nested-report.ts";
import { creditOpeningNames } from "./corrections/opening-name-speaker.ts";
import { creditOuterReporters } from "./corrections/outer-report.ts";
import { dropSpeakersInSubjectParticiple } from "./corrections/participle-appositive-subject.ts";
import { dropSpeakersOfOtherGender } from "./corrections/pronoun-gender-guard.ts";
import { dropPronounsBindingNamedObject } from "./corrections/pronoun-named-object.ts";
import { creditReportsClosingContent } from "./corrections/report-closing-content.ts";
import { dropSpeakersReportedInQuote } from "./corrections/speaker-reported-in-quote.ts";
import { continueSpeechRuns } from "./corrections/speech-runs.ts";
import { clipContrastClauseContent } from "./corrections/subordinate-content-clip.ts";
import { creditMainClauseSubjects } from "./corrections/subordinate-opener-subject.ts";
import { dropSurveyShares } from "./corrections/survey-respondents.ts";
import { type QuoteDraft, readQuotes } from "./quote-drafts.ts";
import { dropQuotedCues } from "./quoted-cue.ts";
import { creditTranscriptLabels } from "./transcript-label.ts";
import { dropCreditedWorkTitles } from "./work-title-appositive.ts";

/**
 * An article read up to its rule sieves: its text, people and quotes, each quote with the speaker
 * the rules gave it (or none). Shared by extraction and by the speaker ranker's training rows, so
 * the ranker learns on exactly what it is later asked about.
 */
export function sievedQuotes(article: Article): {
  text: ArticleText;
  registry: EntityRegistry;
  drafts: QuoteDraft[];
} {
  const text = new ArticleText(article);
  const registry = new EntityRegistry(text);
  const drafts = readQuotes(text, registry);
  dropQuotedCues(text, drafts);
  // The other bare surnames of the people the cue reader named, before any sieve reads mentions.
  linkSurnameEchoes(registry);
  // `"LUND: We have a plan.`: a transcript's label names the speaker before any sieve guesses.
  creditTranscriptLabels(text, registry, drafts);
  attributeBySieves(text, registry, drafts);
  creditOpeningNames(text, registry, drafts);
  creditMainClauseSubjects(text, registry, drafts);
  creditColonClauseSubjects(text, registry, drafts);
  creditLabelParagraphs(text, registry, drafts);
  creditLaterClauseSubjects(text, registry, drafts);
  continueSpeechRuns(text.body, drafts);
  creditLaterLeadCues(drafts);
  creditOuterReporters(text, registry, drafts);
  creditReportsClosingContent(text, registry, drafts);
  creditClosingCueOverDescription(text, registry, drafts);
  creditNearerPossessedClaims(text, registry, drafts);
  creditInnerClauseReporters(text, registry, drafts);
  creditNestingReporters(text, registry, drafts);
  dropSpeakersNamedInQuote(text, registry, drafts);
  // `"Roe said the testimony differed …`: a report's account of Roe, not Roe's words.
  dropSpeakersReportedInQuote(text, registry, drafts);
  dropSpeakersOfOtherGender(text, registry, drafts);
  dropPronounsBindingNamedObject(text, registry, drafts);
  dropSpeakersModifyingGroup(text, registry, drafts);
  dropSurveyShares(text, registry, drafts);
  dropSpeakersEmbeddedInSubject(text, registry, drafts);
  dropSpeakersInSubjectParticiple(text, registry, drafts);
  creditDescribedSubjects(text, registry, drafts);
  creditDescribedAntecedents(text, registry, drafts);
  creditDescribedAntecedentsOfUnknown(text, registry, drafts);
  markAskedAnswers(text, registry, drafts);
  // `Roe said a docker had told her, “…”`: the docker's words, not Roe's.
  dropReportersOfDescribedSpeech(text, registry, drafts);
  clipContrastClauseContent(text, drafts);
  // "Ada Lund, host of “Harbour Hour,” said …": the show's name, not her words. Dropped last, so
  // that the sieves still read the title as the quotation it is ("…,” said Vint, the author of
  // “The Long Quay.” “…”": the next quotation goes on Vint's).
  dropCreditedWorkTitles(text, drafts);
  return { text, registry, drafts };
}
