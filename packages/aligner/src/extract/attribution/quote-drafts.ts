// Attribution layer, step 1: quotations and cues become quote drafts (one per quotation or
// reported clause, with its speaker's entity index), then `Quote`s with ids and spans.

import type { Quote } from "@parallax/core";
import type { ArticleText } from "../article-text.ts";
import type { EntityRegistry } from "../entities/entity-registry.ts";
import type { Quotation } from "../quotation-marks.ts";
import { matchesAt, sticky, wordQuery } from "../word-index.ts";
import { CLAUSE_VERB_WORDS } from "./cues/clause-verbs.ts";
import { colonBefore } from "./cues/colon-introduced.ts";
import { type Cue, findCues } from "./cues/cue-reader.ts";
import { otherSubjectClauseBefore } from "./cues/subordinate-subject-quote.ts";
import { trailingCue } from "./sieves/trailing-cue.ts";
import { countQuotedWords, countWords, firstAndLastWordChar, verbOffsets } from "./text-scan.ts";

/** A quote before ids are assigned; `speaker` is an entity index of the registry. */
export type QuoteDraft = {
  start: number;
  end: number;
  direct: boolean;
  speaker: number | "ambiguous" | null;
  cue: { start: number; end: number } | null;
  occasion: string | null;
  sentence: number;
  /** The outer report the words are passed on through (corrections/outer-report.ts); null when first-hand. */
  via?: { speaker: number | null; start: number; end: number; nameStart: number } | null;
  /**
   * The entity a correction refused as this quote's speaker ("Critics of Ada Lund said": not
   * Lund), so that the speaker ranker does not hand the quote back to it.
   */
  refused?: number;
  /** The quotation this one continues, when that had no speaker yet as quotes were read. */
  continues?: QuoteDraft;
  /**
   * The cue closing the next paragraph's own quotation, which this closed quotation paragraph
   * takes only when no sieve or continuation finds it a speaker (corrections/later-lead-cue.ts).
   */
  laterLead?: { speaker: number | "ambiguous" | null; cue: { start: number; end: number } };
};

/**
 * Direct and indirect quotes with speakers. Cues are speech verbs outside quotation marks; the
 * speaker is the subject before the verb ("Kim told reporters"), the phrase after an inverted verb
 * (`," said Han Seo-yun`), the antecedent of "who", the person of "According to X", or the earlier
 * speaker for "and noted", ", adding" and continuation quotes. A paragraph that is only a quotation
 * takes the previous quote's speaker, or — for a lead quote — the next sentence's speaker.
 */
export function readQuotes(text: ArticleText, registry: EntityRegistry): QuoteDraft[] {
  const { body, sentences, quotations } = text;
  const drafts: QuoteDraft[] = [];
  const quotationSpeaker = new Map<number, QuoteDraft>();
  const sentenceCues: Cue[][] = sentences.map(() => []);
  let q = 0;
  const verbStarts = text.words.starts(CLAUSE_VERB_WORDS);
  const occasionStarts = text.words.starts(OCCASION_WORDS);
  // Everyone who has spoken so far, names first met while quotes are read among them.
  const speakers = new Set<number>();

  sentences.forEach((sentence, si) => {
    const { start: sStart, end: sEnd } = sentence.span;
    const inSentence: number[] = [];
    while (q < quotations.length && quotations[q]!.open < sEnd) {
      if (quotations[q]!.open >= sStart) inSentence.push(q);
      q += 1;
    }
    const cues = findCues(text, registry, sStart, sEnd, inSentence, verbStarts, speakers);
    sentenceCues[si] = cues;
    for (const cue of cues) if (typeof cue.speaker === "number") speakers.add(cue.speaker);
    // Read at most once per sentence, and only when a quote there needs it (no closure: under
    // tsx each named closure made per sentence costs a defineProperty).
    let occasion: string | null | undefined;
    for (const cue of cues) {
      if (!cue.content) continue;
      const quoted = countQuotedWords(body, cue.content.start, cue.content.end);
      const all = countWords(body.slice(cue.content.start, cue.content.end));
      if (all - quoted < 4) continue;
      if (occasion === undefined) occasion = occasionIn(text, sStart, sEnd, cues, occasionStarts);
      drafts.push({
        start: cue.content.start,
        end: cue.content.end,
        direct: false,
        speaker: cue.speaker,
        cue: { start: cue.cueStart, end: cue.cueEnd },
        occasion: occasion ?? null,
        sentence: si,
      });
    }
    // The first cue targeting each quotation, read once: a search of the sentence's cues for
    // every quotation in it was quadratic on a run-on sentence of quotes and cues.
    const targeting = new Map<number, Cue>();
    for (const c of cues) if (!targeting.has(c.target)) targeting.set(c.target, c);
    for (const qi of inSentence) {
      const quotation = quotations[qi]!;
      let cue = targeting.get(qi) ?? null;
      if (!cue)
        cue =
          cues.find(
            (c) =>
              c.content &&
              c.content.start <= quotation.open &&
              quotation.close <= c.content.end + 1 &&
              !colonBefore(body, c.content.start, quotation.open) &&
              // "… in 2009, when Tom Moss demanded a “clean sweep”": Moss's words, not the cue's.
              !otherSubjectClauseBefore(registry, c.content.start, quotation.open, c.speaker),
          ) ?? null;
      // "“Seoul's offer,” Kim said, “has not changed.”": the cue between two parts of one quote.
      if (!cue)
        cue = cues.find((c) => c.after && onlyCommaBetween(body, c.cueEnd, quotation.open)) ?? null;
      if (cue && occasion === undefined)
        occasion = occasionIn(text, sStart, sEnd, cues, occasionStarts);
      const draft: QuoteDraft = {
        start: quotation.start,
        end: quotation.end,
        direct: true,
        speaker: cue ? cue.speaker : null,
        cue: cue ? { start: cue.cueStart, end: cue.cueEnd } : null,
        occasion: cue ? (occasion ?? null) : null,
        sentence: si,
      };
      drafts.push(draft);
      quotationSpeaker.set(qi, draft);
    }
  });

  // Quotations without a cue in their sentence: continuation, lead quote, run-on paragraphs.
  const boundsBySentence = new Map<number, [number, number]>();
  const wordBounds = (si: number, span: { start: number; end: number }): [number, number] => {
    let bounds = boundsBySentence.get(si);
    if (bounds === undefined) {
      bounds = firstAndLastWordChar(body, span.start, span.end);
      boundsBySentence.set(si, bounds);
    }
    return bounds;
  };
  quotations.forEach((quotation, qi) => {
    const draft = quotationSpeaker.get(qi);
    if (!draft || draft.cue) return;
    const sentence = sentences[draft.sentence];
    if (!sentence) return;
    const onlyQuote = isOnlyQuotation(wordBounds(draft.sentence, sentence.span), quotation);
    const runOn =
      qi > 0 &&
      quotations[qi - 1]!.runsOn &&
      quotations[qi - 1]!.paragraphIndex === quotation.paragraphIndex - 1;
    if (!onlyQuote && !runOn) return;
    // "“Why wait?” Roe asked.": a question or exclamation ends its sentence, and the next one
    // opens with the cue that closes it — its speaker, not the previous quotation's. A cue with
    // content of its own ("Roe said the vote was close.") is a new statement.
    if (onlyQuote) {
      const closing = trailingCue(body, quotation.close, registry);
      const content = sentenceCues[draft.sentence + 1]?.some(
        (c) => c.content !== null && closing !== null && c.cueStart <= closing.end,
      );
      // "“We wait.” Roe said: “…”": a cue that a colon or a quotation follows introduces the
      // next quotation, and does not close this one.
      const introduces =
        closing !== null && /^\s*:|^\s*[“"]/.test(body.slice(closing.end, closing.end + 4));
      if (closing && typeof closing.speaker === "number" && !content && !introduces) {
        draft.speaker = closing.speaker;
        draft.cue = { start: closing.start, end: closing.end };
        return;
      }
    }
    const previous = qi > 0 ? quotationSpeaker.get(qi - 1) : undefined;
    if (
      previous &&
      previous.speaker !== null &&
      (draft.sentence - previous.sentence <= 1 || runOn)
    ) {
      draft.speaker = previous.speaker;
      draft.cue = previous.cue;
      draft.occasion = previous.occasion;
      return;
    }
    // A quotation left open at its paragraph's end goes on in the next one, however many
    // sentences it held: a speaker found for it later is this one's too (corrections/speech-runs.ts).
    if (
      previous &&
      previous.speaker === null &&
      (draft.sentence - previous.sentence <= 1 || runOn)
    ) {
      draft.continues = previous;
    }
    // A lead quote takes the next sentence's speaker, but the next paragraph's only when it opens
    // its own paragraph: "“…,” Roe writes. “…”" ends with a quotation Roe's cue may not reach.
    const paragraph = text.paragraphs[quotation.paragraphIndex];
    const opensParagraph =
      paragraph === undefined || firstAndLastWordChar(body, paragraph.start, quotation.open)[0] < 0;
    // "As Weller reported:" / "“…”": a paragraph ending on a colon introduces the quotation
    // opening the next one, so a later paragraph's speaker is no lead cue for it (the sieves read
    // the introduction: sieves/leading-cue.ts, sieves/as-put-it.ts).
    const introduced =
      opensParagraph && paragraph !== undefined && colonBefore(body, 0, paragraph.start);
    if ((quotation.runsOn || onlyQuote) && !introduced) {
      for (
        let si = draft.sentence + 1;
        si < Math.min(sentences.length, draft.sentence + 2);
        si += 1
      ) {
        const lead = sentenceCues[si]?.find((c) => c.speaker !== null);
        const nextParagraph = paragraph !== undefined && sentences[si]!.span.start >= paragraph.end;
        // "“…” ¶ “…,” Roe said.": a cue closing the next paragraph's own quotation is that
        // quotation's. One left open runs on into it and takes its speaker below (when that
        // paragraph is its continuation); a closed one most often goes on with the speaker
        // before it, and takes this cue only if nothing else is found.
        if (lead && nextParagraph && lead.after && lead.target >= 0) {
          if (opensParagraph && !quotation.runsOn)
            draft.laterLead = {
              speaker: lead.speaker,
              cue: { start: lead.cueStart, end: lead.cueEnd },
            };
          return;
        }
        if (lead && (opensParagraph || !nextParagraph)) {
          draft.speaker = lead.speaker;
          draft.cue = { start: lead.cueStart, end: lead.cueEnd };
          return;
        }
      }
    }
  });
  // A run-on quotation takes the speaker of its continuation when it has none, but not when the
  // run began after a colon ("As the Courier reported:" ¶ "“…" ¶
  // "“…,” Vint said.": the run is the introduction's, the closing cue only its last quotation's).
  let introducedRun = false;
  quotations.forEach((quotation, qi) => {
    const continuesRun =
      qi > 0 &&
      quotations[qi - 1]!.runsOn &&
      quotations[qi - 1]!.paragraphIndex === quotation.paragraphIndex - 1;
    if (!continuesRun)
      introducedRun = colonIntroducesParagraph(text, quotation, quotations[qi - 1]);
    const draft = quotationSpeaker.get(qi);
    const next = quotationSpeaker.get(qi + 1);
    if (
      draft &&
      next &&
      quotation.runsOn &&
      !introducedRun &&
      draft.speaker === null &&
      next.speaker !== null
    ) {
      draft.speaker = next.speaker;
      draft.cue = next.cue;
    }
  });
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  return drafts;
}

const OCCASION = new RegExp(
  [
    String.raw`\b(?:[Ii]n|[Dd]uring) (?:an?|the|his|her|their) (?:(?:[A-Z][\w.]*|recent|exclusive|televised|joint|emergency|separate) )*(?:interview|briefing|press conference|news conference|speech|address|statement|meeting|hearing|podcast)(?: with [A-Z][\w.]*(?: [A-Z][\w.]*)*)?(?: that aired [A-Z][a-z]+| on [A-Z][a-z]{2,8}\.? \d{1,2})?`,
    String.raw`\bat (?:the )?(?:[A-Z][\w’'-]* )+(?:Airport|Office|House|Hall|Center|Centre|Assembly|Forum|Hotel|Building|Headquarters|Palace|Station)(?:’s Terminal \d)?(?: (?:upon|after) (?:returning|arriving)(?: (?:from|to|in) [A-Z]\w*)?)?`,
    String.raw`\bupon (?:his|her|their) (?:return|arrival)(?: (?:to|in|from) [A-Z]\w*)?`,
    String.raw`\bon the (?:morning|afternoon|evening|night) of the \d{1,2}(?:st|nd|rd|th)\b`,
    String.raw`\bon the \d{1,2}(?:st|nd|rd|th)\b`,
  ].join("|"),
  "g",
);

const OCCASION_AT = sticky(OCCASION);

const OCCASION_WORDS = wordQuery(["In", "in", "During", "during", "at", "upon", "on"]);

function occasionIn(
  text: ArticleText,
  sStart: number,
  sEnd: number,
  cues: readonly Cue[],
  occasionStarts: readonly number[],
): string | null {
  const { body, quotations } = text;
  const parts: string[] = [];
  const slice = body.slice(sStart, sEnd);
  const offsets = verbOffsets(body, sStart, sEnd, occasionStarts);
  for (const m of matchesAt(slice, OCCASION_AT, offsets)) {
    const at = sStart + m.index;
    if (text.quotationIndexAt(at) >= 0 && quotations.length > 0) continue;
    if (cues.some((c) => c.content && c.content.start <= at && at < c.content.end)) continue;
    parts.push(m[0]);
  }
  return parts.length > 0 ? parts.join(", ") : null;
}

/** Converts drafts to schema quotes with ids "q0", "q1", … in text order. */
export function toQuotes(
  text: ArticleText,
  drafts: readonly QuoteDraft[],
  idOf: (entity: number) => string,
): Quote[] {
  return drafts.map((d, i) => {
    // An entity left without mentions has no id: the quote's speaker is then unknown.
    const speakerId = typeof d.speaker === "number" ? idOf(d.speaker) || null : null;
    return {
      id: `q${i}`,
      span: text.span(d.start, d.end),
      text: text.body.slice(d.start, d.end),
      direct: d.direct,
      speakerId,
      speakerStatus:
        d.speaker === "ambiguous" ? "ambiguous" : speakerId !== null ? "resolved" : "unknown",
      cue: d.cue ? text.span(d.cue.start, d.cue.end) : null,
      occasion: d.occasion,
      via: d.via
        ? {
            entityId: d.via.speaker === null ? null : idOf(d.via.speaker) || null,
            text: text.body.slice(d.via.nameStart, d.via.end),
            span: text.span(d.via.start, d.via.end),
          }
        : null,
    };
  });
}

/**
 * Whether the quotation opens its paragraph and the paragraph before ends on a colon: the words
 * before that colon introduce it ("As Weller reported:" ¶ "“…”").
 */
function colonIntroducesParagraph(
  text: ArticleText,
  quotation: Quotation,
  previous: Quotation | undefined,
): boolean {
  // Only a paragraph's first quotation can open it: reading from the paragraph's start for every
  // quotation was quadratic in a long paragraph of quotations.
  if (previous !== undefined && previous.paragraphIndex === quotation.paragraphIndex) return false;
  const paragraph = text.paragraphs[quotation.paragraphIndex];
  if (paragraph === undefined) return false;
  const opens = firstAndLastWordChar(text.body, paragraph.start, quotation.open)[0] < 0;
  return opens && colonBefore(text.body, 0, paragraph.start);
}

/**
 * Whether a sentence holds no word outside this quotation: its first letter or digit comes no
 * earlier than the opening mark and its last no later than the closing one. (Counting the words
 * of the rest of the sentence for every quotation was quadratic in a long run of quotations.)
 */
function isOnlyQuotation(bounds: readonly [number, number], quotation: Quotation): boolean {
  const [first, last] = bounds;
  return first < 0 || (first >= quotation.open && last <= quotation.close);
}

/**
 * Whether `body` between `from` and `to` is one comma in optional white space, read from `from`
 * up to the first other character: slicing the whole gap from every cue to every quotation was
 * quadratic on a run-on sentence of quotes and cues.
 */
function onlyCommaBetween(body: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && /\s/u.test(body[i]!)) i += 1;
  if (i >= to || body[i] !== ",") return false;
  i += 1;
  while (i < to && /\s/u.test(body[i]!)) i += 1;
  return i === to;
}
