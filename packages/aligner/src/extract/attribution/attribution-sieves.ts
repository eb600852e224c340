import type { ArticleText } from "../article-text.ts";
import type { EntityRegistry } from "../entities/entity-registry.ts";
import { quotationAt } from "../quotation-marks.ts";
import { mainClauseCue } from "./cues/opening-clause-quotation.ts";
import type { QuoteDraft } from "./quote-drafts.ts";
import { accordingWorkBy } from "./sieves/according-work-by.ts";
import { asClauseOpensSentence, asPutIt } from "./sieves/as-put-it.ts";
import { asSaidBy } from "./sieves/as-said-by.ts";
import { clauseClosingCue } from "./sieves/clause-closing-cue.ts";
import { closingCueMates } from "./sieves/closing-cue-mates.ts";
import { colonCue } from "./sieves/colon-cue.ts";
import { colonParagraphSubject } from "./sieves/colon-paragraph.ts";
import { continuedParagraph } from "./sieves/continued-paragraph.ts";
import { conversation, followCarried } from "./sieves/conversation.ts";
import { conversationPastTitle } from "./sieves/conversation-past-title.ts";
import { coordinatedQuotations } from "./sieves/coordinated-quotations.ts";
import { dashSignature } from "./sieves/dash-signature.ts";
import { describedNameInfinitive } from "./sieves/described-name-infinitive.ts";
import { findingSubject } from "./sieves/finding-subject.ts";
import { givenMessageClause } from "./sieves/given-message-clause.ts";
import { inClauseCue } from "./sieves/in-clause-cue.ts";
import { interruptedQuoteCue } from "./sieves/interrupted-quote-cue.ts";
import { laterPredicateQuotation } from "./sieves/later-predicate-quotation.ts";
import { cueBeforeParagraph, leadingCue } from "./sieves/leading-cue.ts";
import { leadingNamedCue } from "./sieves/leading-named-cue.ts";
import { mainClauseSubject } from "./sieves/main-clause-subject.ts";
import { messageFrom } from "./sieves/message-from.ts";
import { nameBeforeColon } from "./sieves/name-before-colon.ts";
import { participleClause } from "./sieves/participle-clause.ts";
import { possessedClaim } from "./sieves/possessed-claim.ts";
import { possessedJudgment } from "./sieves/possessed-judgment.ts";
import { possessedMessage } from "./sieves/possessed-message.ts";
import { possessedRemark } from "./sieves/possessed-remark.ts";
import { previousAttribution, pronounConversation } from "./sieves/pronoun-conversation.ts";
import { purposeInfinitive } from "./sieves/purpose-infinitive.ts";
import { quoteAfterAccount } from "./sieves/quote-after-account.ts";
import { quoteAfterAnnouncement } from "./sieves/quote-after-announcement.ts";
import { quoteAfterReport } from "./sieves/quote-after-report.ts";
import { quoteParagraphAfterReport } from "./sieves/quote-paragraph-after-report.ts";
import { quotedTitleSubject } from "./sieves/quoted-title-subject.ts";
import { relativeClauseSpeaker } from "./sieves/relative-clause-speaker.ts";
import { repeatedQuotation } from "./sieves/repeated-quotation.ts";
import { type SentenceVerbs, sentenceCue } from "./sieves/sentence-cue.ts";
import { sentenceSubject } from "./sieves/sentence-subject.ts";
import { shortClauseLead } from "./sieves/short-clause-lead.ts";
import { speakerLabel } from "./sieves/speaker-label.ts";
import { subjectAside } from "./sieves/subject-aside.ts";
import { subordinateClauseSubject } from "./sieves/subordinate-clause-subject.ts";
import { trailingCue } from "./sieves/trailing-cue.ts";
import { trailingNamedCue } from "./sieves/trailing-named-cue.ts";
import { withAbsoluteClause } from "./sieves/with-absolute-clause.ts";

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
 * 4. pronoun conversation (sieves/pronoun-conversation.ts) — `“…,” he added` that the registry could not
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
      mainClauseCue(text, quotation, trailingCue(body, quotation.close, registry)) ??
      leadingCue(text, quotation.open, registry) ??
      cueBeforeParagraph(text, quotation, registry) ??
      asPutIt(text, quotation.open, registry) ??
      asClauseOpensSentence(text, quotation, registry) ??
      speakerLabel(text, quotation.open, registry) ??
      colonCue(text, registry, quotation) ??
      possessedMessage(text, registry, quotation) ??
      messageFrom(text, registry, quotation) ??
      possessedClaim(text, registry, quotation) ??
      possessedRemark(text, registry, quotation) ??
      possessedJudgment(text, registry, quotation) ??
      sentenceSubject(text, quotation.open, registry) ??
      subjectAside(text, registry, quotation) ??
      describedNameInfinitive(text, registry, quotation) ??
      sentenceCue(text, registry, quotation, sentenceVerbs) ??
      withAbsoluteClause(text, registry, quotation) ??
      mainClauseSubject(text, registry, quotation) ??
      relativeClauseSpeaker(text, registry, quotation) ??
      findingSubject(text, registry, quotation) ??
      purposeInfinitive(text, registry, quotation) ??
      participleClause(text, registry, quotation) ??
      givenMessageClause(text, registry, quotation) ??
      interruptedQuoteCue(text, quotation, registry) ??
      trailingNamedCue(text, registry, quotation) ??
      leadingNamedCue(text, registry, quotation) ??
      dashSignature(text, registry, quotation) ??
      inClauseCue(text, registry, quotation) ??
      clauseClosingCue(text, registry, quotation) ??
      accordingWorkBy(text, registry, quotation) ??
      asSaidBy(text, registry, quotation) ??
      subordinateClauseSubject(text, registry, quotation) ??
      quotedTitleSubject(text, registry, quotation) ??
      nameBeforeColon(text, registry, quotation) ??
      shortClauseLead(text, registry, quotation) ??
      colonParagraphSubject(text, registry, quotation);
    if (found === null) continue;
    draft.speaker = found.speaker;
    draft.cue = { start: found.start, end: found.end };
  }
  // `Lund backs “modest raises,” opposes “any freeze” …`: later predicates of the same subject.
  coordinatedQuotations(text, drafts);
  // `Lund lamented the “sorry” state of the yard and criticized the “cuts”`.
  laterPredicateQuotation(text, drafts);
  // `“Harbour Nights” was to be a “love letter,” said Ada Lund.`: the cue closes the sentence.
  closingCueMates(text, drafts);
  const carried = conversation(text, drafts, registry);
  // A quote credited to the earlier speaker can carry the conversation on to the ones after it.
  pronounConversation(text, registry, drafts);
  previousAttribution(text, registry, drafts);
  // `“…,” he continued. “…”`: when the passes above gave the first quotation another speaker, the
  // quotation that took its speaker along follows it.
  followCarried(carried);
  // `Roe added that the board wants out. “They don’t like to talk about it.”`
  quoteAfterReport(text, drafts);
  // `Lund added that the board wants out.` / `“They don’t like to talk about it.”`
  quoteParagraphAfterReport(text, registry, drafts);
  // `Lund agreed. “We will not back down.”`
  quoteAfterAnnouncement(text, registry, drafts);
  // `Lund recalled how the pier looked. “It was grim.”`
  quoteAfterAccount(text, registry, drafts);
  // `“…,” Vint added. He then had a question for the crowd.` ¶ `“Who will pay?”`; `The Board
  // issued a statement.` ¶ `“We apologise.”`: a quotation paragraph goes on its speaker's doing.
  continuedParagraph(text, registry, drafts);
  conversation(text, drafts, registry);
  // `“…,” Lund said on “The Late Hour” last month. “…”`: a quoted title between.
  conversationPastTitle(text, drafts);
  conversation(text, drafts, registry);
  // A pull quote: the same words printed again elsewhere in the article.
  repeatedQuotation(text, drafts);
}
