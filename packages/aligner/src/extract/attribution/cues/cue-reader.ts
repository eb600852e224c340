// Attribution layer: the reporting-verb cues of one sentence — the verb, who speaks (subject,
// inverted "said X", participle clause, appositive) and the reported content it introduces.
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { hasTitleHead, titleWords } from "../../titles.ts";
import { matchesAt } from "../../word-index.ts";
import { clauseSubjectBeforeVerb } from "../sieves/sentence-cue.ts";
import {
  adverbsBack,
  closesQuotation,
  endsWithClauseComma,
  endsWithComma,
  insideQuotation,
  isAndOrBut,
  REPORT_REACH,
  spaceStartBack,
  verbOffsets,
  wordStartBack,
} from "../text-scan.ts";
import { accordingCues } from "./according-cues.ts";
import { affiliatedSubject } from "./affiliated-subject.ts";
import { clauseSubject } from "./clause-subject.ts";
import { CLAUSE_VERB_AT } from "./clause-verbs.ts";
import { clipAtLaterCues } from "./content-clip.ts";
import { nameIsObjectBeforeCoordinatedVerb } from "./coordinated-object.ts";
import { namedAfterClauseWord } from "./coordinated-subject.ts";
import { readCueContent } from "./cue-content.ts";
import { INVERTED_AFTER_CLAUSE, PARTICIPLE, PARTICIPLE_AFTER } from "./cue-patterns.ts";
import { invertedNameEnd } from "./cue-phrase.ts";
import {
  antecedent,
  appositiveSpeaker,
  nameAfterPreposition,
  nearestMention,
  OBJECT_OF_PREPOSITION,
  opensNameList,
  parentheticalSubject,
  phraseEndAfter,
  subjectBefore,
} from "./cue-subject.ts";
import { dashAppositiveSubject } from "./dash-appositive-subject.ts";
import { interposedClauseSubject } from "./interposed-clause.ts";
import { interposedInvertedSpeaker } from "./interposed-inverted-cue.ts";
import { modifierNameSpeaker } from "./modifier-name-subject.ts";
import { nameAfterDescription } from "./name-after-description.ts";
import { notAReport } from "./not-a-report.ts";
import { titleChainSubject } from "./title-chain-subject.ts";
import {
  invertedAfterClause,
  knownPerson,
  newReportingOutlet,
  reportingOutletName,
} from "./trailing-attribution.ts";

export type Cue = {
  verbStart: number;
  verbEnd: number;
  speaker: number | "ambiguous" | null;
  /** Attribution words, for the quote's `cue` span. */
  cueStart: number;
  cueEnd: number;
  /** Reported content (indirect speech), if any. */
  content: { start: number; end: number } | null;
  /** The quotation this cue introduces or closes. */
  target: number;
  after: boolean;
};

export function findCues(
  text: ArticleText,
  registry: EntityRegistry,
  sStart: number,
  sentenceEnd: number,
  inSentence: readonly number[],
  verbStarts: readonly number[],
  speakers: ReadonlySet<number>,
): Cue[] {
  const { body, quotations } = text;
  let sEnd = sentenceEnd;
  const sentence = body.slice(sStart, sEnd);
  const cues: Cue[] = [];

  cues.push(...accordingCues(text, registry, sStart, sEnd));

  for (const m of matchesAt(
    sentence,
    CLAUSE_VERB_AT,
    verbOffsets(body, sStart, sentenceEnd, verbStarts),
  )) {
    const verbStart = sStart + m.index;
    const verbEnd = verbStart + m[0].length;
    // What a verb reports lies within a sentence's length after it: reading a run-on "sentence"
    // of a megabyte to its end for every verb was quadratic (and made quotes of that size).
    sEnd = Math.min(sentenceEnd, verbEnd + REPORT_REACH);
    if (insideQuotation(quotations, inSentence, verbStart)) continue;
    const verb = m[0];
    // Only the words just before the verb matter (at most 40 characters back, within the
    // sentence); they are read backwards by character instead of cut out for end-anchored tests.
    const lo = Math.max(sStart, verbStart - 40);
    const wordEnd = spaceStartBack(body, lo, verbStart);
    const wordStart = wordEnd < verbStart ? wordStartBack(body, lo, wordEnd) : wordEnd;
    const lastWord = body.slice(wordStart, wordEnd);
    if (notAReport(body, lo, verbStart, verbEnd, sEnd, lastWord)) continue;
    const cue: Cue = {
      verbStart,
      verbEnd,
      speaker: null,
      cueStart: verbStart,
      cueEnd: verbEnd,
      content: null,
      target: -1,
      after: false,
    };
    // Who speaks.
    const previousCue = cues.length > 0 ? cues[cues.length - 1]! : null;
    const afterQuote = closesQuotation(body, lo, verbStart);
    let inverted = false;
    let unknownOutlet = false;
    const participle = PARTICIPLE.test(verb);
    const afterComma = endsWithComma(body, lo, verbStart);
    // `…, but now said` / `…, recently telling`: the adverbs before the verb are read past.
    const lead = adverbsBack(body, lo, verbStart);
    // `…on "Morning Show," adding`: the comma inside the closing mark ends the clause all the same.
    const participleAfterComma = participle && endsWithClauseComma(body, lo, lead);
    const coordinated =
      lastWord === "and" ||
      lastWord === "but" ||
      isAndOrBut(body, lo, lead) ||
      participleAfterComma ||
      (participle && lastWord === "and" && endsWithComma(body, lo, wordStart));
    // "…, said Olaf Kessler, a spokesman for the Commission.": fills the cue when the form holds
    // (only where no branch below applies: no earlier cue, no quotation just before).
    const invertedAfterText =
      previousCue === null &&
      afterComma &&
      !afterQuote &&
      INVERTED_AFTER_CLAUSE.has(verb) &&
      invertedAfterClause(registry, body, sStart, sEnd, verbStart, verbEnd, cue);
    if (participleAfterComma && previousCue) {
      cue.speaker = previousCue.speaker;
    } else if (coordinated && previousCue) {
      cue.speaker = previousCue.speaker;
    } else if (
      afterQuote &&
      /^\s+(?:a|an|the|[A-Z])/.test(body.slice(verbEnd, verbEnd + 3)) &&
      /^(?:said|says|added|replied|explained|noted|asked)$/.test(verb)
    ) {
      // Inverted: `,” said a high-ranking ruling party official.` / `,” said Han Seo-yun, a professor`
      // `,” said Lund after meeting Vint.`: the person named before the clause that follows.
      const phraseEnd = invertedNameEnd(
        body,
        verbEnd + 1,
        phraseEndAfter(body, verbEnd + 1, sEnd),
        registry,
      );
      // `,” said the nominee, Ivo Vint.`: the name after the description speaks.
      cue.speaker =
        nameAfterDescription(body, verbEnd + 1, phraseEnd, registry) ??
        (opensNameList(body, phraseEnd)
          ? null
          : registry.speakerFromPhrase(verbEnd + 1, phraseEnd));
      cue.cueEnd = phraseEnd;
      inverted = true;
    } else if (invertedAfterText) {
      inverted = true;
    } else if (
      !afterQuote &&
      previousCue === null &&
      INVERTED_AFTER_CLAUSE.has(verb) &&
      interposedInvertedSpeaker(registry, body, verbStart, verbEnd) !== null
    ) {
      // "The paradox of Vint, says Karl Moe, a historian, is that …": the name after the verb.
      cue.speaker = interposedInvertedSpeaker(registry, body, verbStart, verbEnd);
    } else if (participle && PARTICIPLE_AFTER.has(lastWord)) {
      // "Lund deflected questions about Vint before saying, …": the participle hangs on the
      // sentence's subject, never on the person nearest it.
      cue.speaker = clauseSubject(registry, body, sStart, verbStart);
    } else {
      const subject = subjectBefore(body, sStart, quantifierBack(body, lo, lead));
      const appositive =
        subject.end > subject.start &&
        endsWithComma(body, sStart, subject.start) &&
        /^(?:a|an|the)\s/i.test(body.slice(subject.start, subject.end)) &&
        hasTitleHead(titleWords(body.slice(subject.start, subject.end)));
      const comma = appositive ? body.lastIndexOf(",", subject.start) : -1;
      const named =
        comma > sStart
          ? ((!OBJECT_OF_PREPOSITION.test(body.slice(Math.max(sStart, comma - 80), comma))
              ? registry.personEndingAt(comma)
              : null) ?? affiliatedSubject(registry, body, sStart, comma))
          : null;
      if (named !== null) {
        // "Park Ji-won, a senior economist at Hana Institute of Finance, said": the name speaks.
        cue.speaker = named;
        cue.cueStart = subject.start;
      } else if (subject.relative && subject.start === subject.end) {
        cue.speaker = antecedent(registry, body, sStart, subject.start);
      } else if (
        subject.end > subject.start &&
        titleChainSubject(registry, body, sStart, subject.start, subject.end) !== null
      ) {
        // "Tomas Rand, president and CEO of the Harbour Guild stated": the name before the chain.
        cue.speaker = titleChainSubject(registry, body, sStart, subject.start, subject.end);
        cue.cueStart = subject.start;
      } else if (subject.end > subject.start) {
        // "…, Continental Wire reported.": an outlet nobody listed is not made a person; what it
        // reported is kept with an unknown speaker.
        const outlet =
          verb === "reported" || verb === "reports"
            ? reportingOutletName(body, subject.start, subject.end)
            : null;
        unknownOutlet = outlet !== null;
        cue.speaker = modifierNameSpeaker(
          registry,
          body,
          sStart,
          verbStart,
          registry.speakerFromPhrase(subject.start, subject.end, !unknownOutlet),
        );
        // "Jane Roe reported that …": a correspondent the article names as a person elsewhere;
        // "the Lakeside Ledger reported": an outlet nobody named before.
        if (outlet !== null && cue.speaker === null)
          cue.speaker =
            knownPerson(registry, speakers, body.slice(outlet.start, outlet.end)) ??
            newReportingOutlet(registry, body, outlet);
        cue.cueStart = subject.start;
      } else if (coordinated && clauseSubject(registry, body, sStart, verbStart) !== null) {
        // "Pell downplayed Weller’s attack and said …" with no cue before: the sentence's
        // subject speaks, not the person named nearest the verb.
        cue.speaker = clauseSubject(registry, body, sStart, verbStart);
      } else if (participleAfterComma) {
        // ", calling it …" / ", saying …": the sentence's subject speaks, not the person nearest
        // the verb (often the object: "Vint went after Pell on Wednesday, calling it …").
        cue.speaker =
          appositiveSpeaker(registry, body, sStart, verbStart, afterComma) ??
          clauseSubject(registry, body, sStart, verbStart);
      } else {
        // "Roe, who has backed Vint, said": a name inside the interposed clause never speaks.
        const interposed = interposedClauseSubject(registry, body, sStart, verbStart);
        const appositive =
          dashAppositiveSubject(registry, body, sStart, verbStart) ??
          appositiveSpeaker(registry, body, sStart, verbStart, afterComma);
        cue.speaker =
          appositive ??
          (interposed !== undefined
            ? interposed
            : // "Ostrow, a pollster who works with the Lakeside Group, a charity, said": the
              // person before the appositive chain, not the organisation nearest the verb inside it.
              ((afterComma ? clauseSubjectBeforeVerb(text, registry, verbStart, verbEnd) : null) ??
              (nameAfterPreposition(body, sStart, verbStart) ||
              ((coordinated || participle) &&
                nameIsObjectBeforeCoordinatedVerb(
                  registry,
                  body,
                  sStart,
                  outsideQuotation(text, lo, verbStart),
                ))
                ? null
                : nearestSubject(
                    registry,
                    body,
                    sStart,
                    outsideQuotation(text, lo, verbStart),
                    coordinated,
                  )) ??
              parentheticalSubject(registry, body, sStart, verbStart, afterComma)));
        // "The Oregon senator emailed supporters saying": the description, never Oregon.
        cue.speaker = modifierNameSpeaker(registry, body, sStart, verbStart, cue.speaker);
      }
      if (cue.speaker === null && PARTICIPLE.test(verb) && previousCue)
        cue.speaker = previousCue.speaker;
    }
    if (cue.speaker === null && !unknownOutlet) continue;
    readCueContent(text, cue, cues, {
      verb,
      verbStart,
      verbEnd,
      sStart,
      sEnd,
      sentenceEnd,
      inSentence,
      afterQuote,
      inverted,
    });
    if (cue.content !== null && freeRelativeReport(body, sStart, cue)) cue.content = null;
    cues.push(cue);
  }
  clipAtLaterCues(registry, cues);
  return cues;
}

/**
 * "Roe and Vint both stressed that …": a floating quantifier after a capitalised name is no part
 * of the subject's name ("Vint both" is nobody); the subject ends before it. Lowercase before it
 * ("they both said", "and both said") is left alone: there the quantifier may be the subject.
 */
function quantifierBack(body: string, lo: number, end: number): number {
  const e = spaceStartBack(body, lo, end);
  const start = wordStartBack(body, lo, e);
  if (start === e || !FLOATING_QUANTIFIERS.has(body.slice(start, e))) return end;
  const before = spaceStartBack(body, lo, start);
  if (before === start) return end;
  const word = body.slice(wordStartBack(body, lo, before), before);
  return /^\p{Lu}/u.test(word) ? before : end;
}

const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(["both", "all", "each"]);

/**
 * The person named nearest before the verb, as its subject; for a verb joined by "and"/"but" to an
 * earlier predicate, not when that name follows a word of its clause (the earlier verb's object).
 */
function nearestSubject(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  to: number,
  coordinated: boolean,
): number | "ambiguous" | null {
  const nearest = nearestMention(registry, sStart, to);
  if (!coordinated || typeof nearest !== "number") return nearest;
  const from = Math.max(sStart, to - NEAREST_REACH);
  return namedAfterClauseWord(registry, body, from, to, nearest) ? null : nearest;
}

/** As far back as nearestMention reads. */
const NEAREST_REACH = 400;

/**
 * Where to stop looking back for the nearest name before a verb: at the opening mark of a
 * quotation that closes right before it (`“… Vint …,” said former Gov. Ed Roe` — a name the
 * quotation itself uses never speaks it), else at the verb.
 */
function outsideQuotation(text: ArticleText, lo: number, verbStart: number): number {
  if (!closesQuotation(text.body, lo, verbStart)) return verbStart;
  const quotation =
    text.quotations[text.quotationIndexAt(spaceStartBack(text.body, lo, verbStart) - 1)];
  return quotation === undefined ? verbStart : quotation.open;
}

/**
 * Whether the cue is a free relative ("what Vint said", "what many analysts say") and its unquoted
 * content no report: the relative is a noun phrase whose object is the "what", so the clause after
 * it is the sentence's own ("If you watch what Vint said this week, he talked about the port" —
 * Vint's words are not "he talked about the port"). A quotation after it is still the speaker's
 * ("what Vint said was a “disgrace”").
 */
function freeRelativeReport(body: string, sStart: number, cue: Cue): boolean {
  const before = body.slice(Math.max(sStart, cue.cueStart - 6), cue.cueStart);
  if (!/(?:^|[^\p{L}])[Ww]hat\s+$/u.test(before)) return false;
  return !/[“”"]|''/.test(body.slice(cue.content!.start, cue.content!.end));
}
