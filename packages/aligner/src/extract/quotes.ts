import type { Quote } from "@parallax/core";
import { CALENDAR_WORDS, WEEKDAYS } from "../../lexicons/calendar-words.ts";
import { PLACES } from "../../lexicons/places.ts";
import { CLAUSE_REPORTING_VERB_FORMS } from "../../lexicons/reporting-verbs.ts";
import { TITLE_ABBREVIATIONS } from "../../lexicons/title-abbreviations.ts";
import type { ArticleText } from "./article-text.ts";
import { clauseSubject } from "./clause-subject.ts";
import { type EntityRegistry, nameKey } from "./entities.ts";
import { labelStart } from "./parenthesised-label.ts";
import type { Quotation } from "./quotation-marks.ts";
import { hasTitleHead, titleWords } from "./titles.ts";
import { isRegexSpace, isWordChar, matchesAt, sticky, wordQuery } from "./word-index.ts";

/** A quote before ids are assigned; `speaker` is an entity index of the registry. */
export type QuoteDraft = {
  start: number;
  end: number;
  direct: boolean;
  speaker: number | "ambiguous" | null;
  cue: { start: number; end: number } | null;
  occasion: string | null;
  sentence: number;
};

/** The reporting verbs read anywhere in a sentence (lexicons/reporting-verbs.ts). */
const CLAUSE_VERB_FORMS = CLAUSE_REPORTING_VERB_FORMS.trim().split(/\s+/);
const SPEECH_VERB = new RegExp(`\\b(?:${CLAUSE_VERB_FORMS.join("|")})\\b`, "g");
const SPEECH_VERB_AT = sticky(SPEECH_VERB);
const SPEECH_VERBS = wordQuery(CLAUSE_VERB_FORMS);
const PARTICIPLE =
  /^(?:saying|adding|noting|indicating|insisting|arguing|warning|explaining|stressing|emphasizing|signaling|signalling|calling|telling|claiming)$/;
const CONTENT_BOUNDARY =
  /,?\s+(?:and|but)\s+(?:also\s+)?(?:noted|added|said|explained|stressed|emphasized|insisted|argued|warned|indicated)\b|,\s+(?:saying|adding|signaling|signalling|indicating|calling|explaining|noting|warning)\b|;/g;
const TOLD_OBJECT =
  /^\s+(?:(?:foreign|local|visiting|the) )?(?:reporters|journalists|correspondents|press|lawmakers|parliament|(?:[A-Z][\w.]*)(?: [A-Z][\w.]*){0,2})\b/;
/** Where a subject phrase before a speech verb starts: after the last of these. */
const SUBJECT_BOUNDARY_MARKS = ',;:—–“”"(';
const SUBJECT_BOUNDARY_WORDS = new Set(
  "that|what|which|who|whom|where|when|while|and|but|with|by|among|than".split("|"),
);
const TRAILING_AUXILIARY =
  /(?:\s+(?:has|have|had|also|reportedly|repeatedly|then|later|again|once|would|will|did|does|do|had|previously|earlier|recently|further|publicly|privately|separately|now|still|already|on\s+the\s+\d{1,2}(?:st|nd|rd|th)))+$/;
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

type Cue = {
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
  const verbStarts = text.words.starts(SPEECH_VERBS);
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
    for (const qi of inSentence) {
      const quotation = quotations[qi]!;
      let cue = cues.find((c) => c.target === qi) ?? null;
      if (!cue)
        cue =
          cues.find(
            (c) =>
              c.content &&
              c.content.start <= quotation.open &&
              quotation.close <= c.content.end + 1,
          ) ?? null;
      // "“Seoul's offer,” Kim said, “has not changed.”": the cue between two parts of one quote.
      if (!cue)
        cue =
          cues.find((c) => c.after && /^\s*,\s*$/.test(body.slice(c.cueEnd, quotation.open))) ??
          null;
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
    if (quotation.runsOn || onlyQuote) {
      for (
        let si = draft.sentence + 1;
        si < Math.min(sentences.length, draft.sentence + 2);
        si += 1
      ) {
        const lead = sentenceCues[si]?.find((c) => c.speaker !== null);
        if (lead) {
          draft.speaker = lead.speaker;
          draft.cue = { start: lead.cueStart, end: lead.cueEnd };
          return;
        }
      }
    }
  });
  // A run-on quotation takes the speaker of its continuation when it has none.
  quotations.forEach((quotation, qi) => {
    const draft = quotationSpeaker.get(qi);
    const next = quotationSpeaker.get(qi + 1);
    if (draft && next && quotation.runsOn && draft.speaker === null && next.speaker !== null) {
      draft.speaker = next.speaker;
      draft.cue = next.cue;
    }
  });
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  return drafts;
}

function findCues(
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

  const hasAccording = sentence.includes("ccording to");
  const according = hasAccording ? /\b[Aa]ccording to ([^,]+),\s*/.exec(sentence) : null;
  if (according) {
    const nameStart = sStart + according.index + "according to ".length;
    const nameEnd = nameStart + (according[1] ?? "").length;
    // "According to two EU officials familiar with the talks, …": an unnamed source speaks; a
    // capitalised phrase ("According to the report", "According to Chosun") only when known.
    const speaker = registry.speakerFromPhrase(
      nameStart,
      nameEnd,
      isUnnamedSource(body, nameStart, nameEnd),
    );
    const rest = sentence.slice(according.index + according[0].length);
    SPEECH_VERB.lastIndex = 0;
    const innerCue = SPEECH_VERB.test(rest);
    const isPerson = typeof speaker === "number" && registry.kindOf(speaker) === "person";
    if (speaker !== null && (isPerson || !innerCue)) {
      const contentStart = sStart + according.index + according[0].length;
      cues.push({
        verbStart: sStart + according.index,
        verbEnd: nameEnd,
        speaker,
        cueStart: sStart + according.index,
        cueEnd: nameEnd,
        content: trimContent(body, contentStart, sEnd),
        target: -1,
        after: false,
      });
    }
  }
  // "…, according to Continental Wire.": the clause before the comma is attributed to the name.
  const trailing = hasAccording && !according ? trailingAccording(body, sStart, sEnd) : null;
  if (trailing) {
    cues.push({
      verbStart: trailing.cueStart,
      verbEnd: trailing.nameEnd,
      speaker: outletSpeaker(registry, body, trailing.nameStart, trailing.nameEnd),
      cueStart: trailing.cueStart,
      cueEnd: trailing.nameEnd,
      content: trimContent(body, labelEnd(body, sStart, trailing.cueStart), trailing.cueStart),
      target: -1,
      after: false,
    });
  }

  for (const m of matchesAt(
    sentence,
    SPEECH_VERB_AT,
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
    if (PASSIVE_AUXILIARIES.has(lastWord)) continue; // passive: "is said to"
    // A noun or an infinitive, not a report: "a recent claim", "to note", "will tell".
    if (!/(?:ed|ing)$/.test(verb) && NOT_A_REPORT_BEFORE.has(lastWord.toLowerCase())) continue;
    if (
      verb === "called" &&
      !/^\s+(?:it|the|this|that|[A-Z])/.test(body.slice(verbEnd, verbEnd + 6))
    )
      continue;
    if ((verb === "calling" || verb === "described") && !/[“"]/.test(body.slice(verbEnd, sEnd)))
      continue;
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
    const coordinated =
      lastWord === "and" ||
      lastWord === "but" ||
      (lastWord === "also" && isAndOrBut(body, lo, wordStart)) ||
      (participle && (afterComma || (lastWord === "and" && endsWithComma(body, lo, wordStart))));
    // "…, said Olaf Kessler, a spokesman for the Commission.": fills the cue when the form holds
    // (only where no branch below applies: no earlier cue, no quotation just before).
    const invertedAfterText =
      previousCue === null &&
      afterComma &&
      !afterQuote &&
      INVERTED_AFTER_CLAUSE.has(verb) &&
      invertedAfterClause(registry, body, sStart, sEnd, verbStart, verbEnd, cue);
    if (participle && afterComma && previousCue) {
      cue.speaker = previousCue.speaker;
    } else if (coordinated && previousCue) {
      cue.speaker = previousCue.speaker;
    } else if (
      afterQuote &&
      /^\s+(?:a|an|the|[A-Z])/.test(body.slice(verbEnd, verbEnd + 3)) &&
      /^(?:said|says|added|replied|explained|noted|asked)$/.test(verb)
    ) {
      // Inverted: `,” said a high-ranking ruling party official.` / `,” said Han Seo-yun, a professor`
      const phraseEnd = phraseEndAfter(body, verbEnd + 1, sEnd);
      cue.speaker = registry.speakerFromPhrase(verbEnd + 1, phraseEnd);
      cue.cueEnd = phraseEnd;
      inverted = true;
    } else if (invertedAfterText) {
      inverted = true;
    } else {
      const subject = subjectBefore(body, sStart, verbStart);
      const appositive =
        subject.end > subject.start &&
        endsWithComma(body, sStart, subject.start) &&
        /^(?:a|an|the)\s/i.test(body.slice(subject.start, subject.end)) &&
        hasTitleHead(titleWords(body.slice(subject.start, subject.end)));
      const comma = appositive ? body.lastIndexOf(",", subject.start) : -1;
      const named =
        comma > sStart &&
        !OBJECT_OF_PREPOSITION.test(body.slice(Math.max(sStart, comma - 80), comma))
          ? registry.personEndingAt(comma)
          : null;
      if (named !== null) {
        // "Park Ji-won, a senior economist at Hana Institute of Finance, said": the name speaks.
        cue.speaker = named;
        cue.cueStart = subject.start;
      } else if (subject.relative && subject.start === subject.end) {
        cue.speaker = antecedent(registry, body, sStart, subject.start);
      } else if (subject.end > subject.start) {
        // "…, Continental Wire reported.": an outlet nobody listed is not made a person; what it
        // reported is kept with an unknown speaker.
        unknownOutlet =
          (verb === "reported" || verb === "reports") &&
          isCapitalisedName(body, subject.start, subject.end);
        cue.speaker = registry.speakerFromPhrase(subject.start, subject.end, !unknownOutlet);
        // "Jane Roe reported that …": a correspondent the article names as a person elsewhere.
        if (unknownOutlet && cue.speaker === null)
          cue.speaker = knownPerson(registry, speakers, body.slice(subject.start, subject.end));
        cue.cueStart = subject.start;
      } else if (participle && afterComma) {
        // ", calling it …" / ", saying …": the sentence's subject speaks, not the person nearest
        // the verb (often the object: "Vint went after Pell on Wednesday, calling it …").
        cue.speaker =
          appositiveSpeaker(registry, body, sStart, verbStart, afterComma) ??
          clauseSubject(registry, body, sStart, verbStart);
      } else {
        cue.speaker =
          appositiveSpeaker(registry, body, sStart, verbStart, afterComma) ??
          (nameAfterPreposition(body, sStart, verbStart)
            ? null
            : nearestMention(registry, sStart, verbStart)) ??
          parentheticalSubject(registry, body, sStart, verbStart, afterComma);
      }
      if (cue.speaker === null && PARTICIPLE.test(verb) && previousCue)
        cue.speaker = previousCue.speaker;
    }
    if (cue.speaker === null && !unknownOutlet) continue;
    if (verb === "told" || verb === "tells" || verb === "telling") {
      const object = TOLD_OBJECT.exec(body.slice(verbEnd, sEnd));
      if (object) cue.cueEnd = Math.max(cue.cueEnd, verbEnd + object[0].length);
    }
    // What it introduces or closes.
    const after = body.slice(verbEnd, sEnd);
    const closesQuote =
      afterQuote || /[”"],?\s*$/.test(body.slice(Math.max(sStart, cue.cueStart - 8), cue.cueStart));
    if (closesQuote) {
      const closing = inSentence.filter((qi) => quotations[qi]!.close < verbStart);
      const last = closing[closing.length - 1];
      if (last !== undefined && !cues.some((c) => c.target === last)) {
        const gap = body.slice(quotations[last]!.close + 1, cue.cueStart);
        if (/^[\s,.]*$/.test(gap)) {
          cue.target = last;
          cue.after = true;
        }
      }
    }
    let thatClause = inverted ? null : /^((?:[^“”";]*?))\bthat\b,?\s*/.exec(after);
    // "she said, referring to a 2013 arrangement that the EU scrapped": a relative "that" past a
    // participle clause is not the "that" of "said that" — unless a comma closes the participle
    // clause first ("said …, departing for the United States with Minister Kim, that …").
    if (
      thatClause &&
      PARTICIPLE_CLAUSE.test(thatClause[1] ?? "") &&
      !/,\s*$/.test(thatClause[1] ?? "")
    )
      thatClause = null;
    const next = inSentence.find((qi) => quotations[qi]!.open >= verbEnd);
    if (verb === "declined") {
      const end = contentEnd(body, verbEnd, sEnd);
      cue.content = trimContent(body, verbStart, end);
    } else if (
      thatClause &&
      countWords(thatClause[1] ?? "") <= 30 &&
      !SPEECH_VERB_SINGLE.test(thatClause[1] ?? "")
    ) {
      const contentStart = verbEnd + thatClause[0].length;
      const end = contentEnd(body, contentStart, sEnd);
      cue.content = trimContent(body, contentStart, end);
      cue.cueEnd = verbEnd + thatClause[0].replace(/\s+$/, "").length;
      if (next !== undefined && quotations[next]!.open === contentStart) cue.target = next;
    } else if (
      !inverted &&
      REPORTS_A_CLAUSE.has(verb) &&
      (cue.cueEnd > verbEnd || (verb !== "told" && verb !== "tells"))
    ) {
      // "said the talks had stalled", "told reporters in Seoul on Friday the plant would open";
      // "told" only past a known object ("told the delegation the story" is no clause).
      const contentStart = reportedClauseAt(body, Math.max(verbEnd, cue.cueEnd), sEnd);
      if (contentStart >= 0) {
        const end = contentEnd(body, contentStart, sEnd);
        cue.content = trimContent(body, contentStart, end);
      }
    }
    if (
      cue.content === null &&
      cue.target < 0 &&
      !cue.after &&
      !inverted &&
      next === undefined &&
      sEnd === sentenceEnd &&
      TRAILING_VERBS.has(verb)
    ) {
      // "…, officials on both sides said.", "…, Reuters reported on Wednesday.": the clause
      // before the subject's comma is what they said.
      cue.content = trailingContent(body, sStart, sEnd, cue.cueStart, verbEnd, cues);
    } else if (
      inverted &&
      cue.content === null &&
      next === undefined &&
      !afterQuote &&
      sEnd === sentenceEnd
    ) {
      cue.content = trailingContent(body, sStart, sEnd, verbStart, cue.cueEnd, cues, true);
    }
    if (cue.target < 0 && next !== undefined && !cue.after) {
      const gap = body.slice(verbEnd, quotations[next]!.open);
      if (
        countWords(gap) <= 14 &&
        !/[.;]/.test(gap.replace(/\b[A-Z][a-z]{0,3}\./g, "")) &&
        !SPEECH_VERB_SINGLE.test(gap)
      ) {
        if (!cues.some((c) => c.target === next)) cue.target = next;
      }
    }
    cues.push(cue);
  }
  return cues;
}

const SPEECH_VERB_SINGLE = new RegExp(SPEECH_VERB.source);
/** A comma and an "-ing" word between a speech verb and "that": a participle clause ("said, referring to"). */
const PARTICIPLE_CLAUSE = /,\s+(?!during\b)[a-z]+ing\b/;
/** Verbs that may close a sentence of reported content: "…, officials said." */
const TRAILING_VERBS = new Set(["said", "says", "reported", "reports", "added", "noted"]);
/** Participles that carry an attribution closing a clause on to more of its speaker's words. */
const CONTINUING_PARTICIPLES = new Set(["adding", "noting", "stressing", "insisting", "warning"]);
/** Verbs that may come before their speaker after unquoted content: "…, said Olaf Kessler." */
const INVERTED_AFTER_CLAUSE = new Set(["said", "says", "added", "noted"]);
/** Words that open an adverbial or subordinate clause, never a reported statement. */
const NOT_A_STATEMENT_OPENER = new Set(
  "if|when|while|as|after|before|although|though|because|since|unless|until|once|speaking|asked|asking|in|on|at|during|for|with|by|from|to|like|unlike|despite|without|upon|according".split(
    "|",
  ),
);
/** Head nouns of an unnamed source ("two EU officials familiar with the talks"). */
const SOURCE_NOUNS = new Set(
  "official|officials|source|sources|person|people|diplomat|diplomats|aide|aides|negotiator|negotiators|insider|insiders|executive|executives|analyst|analysts|lawmaker|lawmakers|spokesperson|spokesman|spokeswoman".split(
    "|",
  ),
);
const MONTH_OR_WEEKDAY = new RegExp(`^(?:${[...CALENDAR_WORDS].join("|")})\\b`);

/**
 * The reported content before a trailing attribution whose phrase starts at `phraseStart` right
 * after a comma ("<content>, officials on both sides said."), when the attribution closes the
 * sentence (past an adverbial: "reported on Wednesday", or before a prepositional phrase:
 * "said, after six hours of talks"). Null when the content is not a statement of its own: led by
 * a preposition or subordinator, or holding another cue.
 */
function trailingContent(
  body: string,
  sStart: number,
  sEnd: number,
  phraseStart: number,
  attributionEnd: number,
  cues: readonly Cue[],
  appositive = false,
): { start: number; end: number } | null {
  const comma = spaceStartBack(body, sStart, phraseStart);
  if (comma <= sStart || body.charCodeAt(comma - 1) !== 44) return null;
  if (cues.some((c) => c.verbStart < comma)) return null;
  if (!closesClause(body, attributionEnd, sEnd, appositive)) return null;
  const firstStart = spaceEnd(body, labelEnd(body, sStart, comma), comma);
  const first = body.slice(firstStart, wordEndAt(body, firstStart, comma)).toLowerCase();
  if (first.length === 0 || NOT_A_STATEMENT_OPENER.has(first)) return null;
  return trimContent(body, firstStart, comma - 1);
}

/**
 * End of a label opening a sentence — a kicker ("What Happened: ") or a dateline ("BRUSSELS
 * (Continental Wire) - "): capitalised words (and a parenthesis) before ": " or a dash within
 * the first 60 characters; `start` when there is none.
 */
function labelEnd(body: string, start: number, limit: number): number {
  const end = Math.min(limit, start + 60);
  let i = start;
  while (i < end) {
    const c = body.charCodeAt(i);
    if (c === 58 || ((c === 45 || c === 0x2013 || c === 0x2014) && body.charCodeAt(i - 1) === 32))
      return body.charCodeAt(i + 1) === 32 && i > start ? i + 1 : start;
    if (c === 32 || c === 40 || c === 41) i += 1;
    else if (c >= 65 && c <= 90) i = wordEndAt(body, i, end);
    else return start;
  }
  return start;
}

/**
 * Whether only an adverbial, a prepositional phrase after a comma, or nothing follows `at` (or an
 * appositive of the speaker's name: "said Olaf Kessler, a spokesman for the Commission.").
 */
function closesClause(body: string, at: number, sEnd: number, appositive: boolean): boolean {
  let i = at;
  for (let guard = 0; guard < 3; guard += 1) {
    ADVERBIAL_AT.lastIndex = i;
    const m = ADVERBIAL_AT.exec(body);
    if (m === null || i + m[0].length > sEnd) break;
    i += m[0].length;
  }
  const rest = spaceEnd(body, i, sEnd);
  if (rest >= sEnd) return true;
  const c = body.charCodeAt(rest);
  if (c === 46 || c === 33) return spaceEnd(body, rest + 1, sEnd) >= sEnd;
  if (c !== 44) return false;
  const nextStart = spaceEnd(body, rest + 1, sEnd);
  const next = body.slice(nextStart, wordEndAt(body, nextStart, sEnd));
  return (
    PREPOSITIONS.has(next) ||
    (appositive && (next === "a" || next === "an" || next === "the")) ||
    // "…, Kim said, adding that …": the participle's clause is the same speaker's second quote.
    (!appositive && CONTINUING_PARTICIPLES.has(next))
  );
}

/**
 * "…, said Olaf Kessler, a spokesman for the Commission." after a clause with no quotation: the
 * phrase after the verb speaks (a name nobody introduced is registered as "Jane Doe said" is) and
 * the clause before the comma is what they said. Fills `cue`; false when the form does not hold.
 */
function invertedAfterClause(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  sEnd: number,
  verbStart: number,
  verbEnd: number,
  cue: Cue,
): boolean {
  const phraseStart = spaceEnd(body, verbEnd, sEnd);
  if (phraseStart === verbEnd) return false;
  if (MONTH_OR_WEEKDAY.test(body.slice(phraseStart, phraseStart + 10))) return false;
  const phraseEnd = phraseEndAfter(body, phraseStart, sEnd);
  // A name, or an unnamed source without a verb of its own ("said a senior trade official").
  const described =
    isUnnamedSource(body, phraseStart, phraseEnd) && !hasFiniteVerb(body, phraseStart, phraseEnd);
  if (!described && !isCapitalisedName(body, phraseStart, phraseEnd)) return false;
  // The content must stand before the speaker is registered (no person from a non-quote).
  const probe = trailingContent(body, sStart, sEnd, verbStart, phraseEnd, [], true);
  if (probe === null) return false;
  const speaker = registry.speakerFromPhrase(phraseStart, phraseEnd);
  if (typeof speaker !== "number" || registry.kindOf(speaker) !== "person") return false;
  cue.speaker = speaker;
  cue.cueEnd = phraseEnd;
  return true;
}

/** Whether a word of body[start, end) is a finite verb or auxiliary ("the people would decide"). */
function hasFiniteVerb(body: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const wordEnd = wordEndAt(body, i, end);
    if (wordEnd === i) return true;
    if (FINITE.has(body.slice(i, wordEnd))) return true;
    i = spaceEnd(body, wordEnd, end);
  }
  return false;
}

/** Capitalised words only ("Olaf Kessler", "Continental Wire", "Politico Europe"), at most five. */
function isCapitalisedName(body: string, start: number, end: number): boolean {
  let i = start;
  let words = 0;
  while (i < end) {
    const c = body.charCodeAt(i);
    if (c < 65 || c > 90) return false;
    const wordEnd = wordEndAt(body, i, end);
    if (wordEnd === i) return false;
    words += 1;
    i = spaceEnd(body, wordEnd, end);
    if (i === wordEnd && i < end) return false;
  }
  return words > 0 && words <= 5;
}

/**
 * The trailing "…, according to X." of a sentence: X's span when it runs to the sentence's end
 * (only its final punctuation after it) and the cue's start (the comma's next word).
 */
function trailingAccording(
  body: string,
  sStart: number,
  sEnd: number,
): { cueStart: number; nameStart: number; nameEnd: number } | null {
  const at = body.lastIndexOf(", according to ", sEnd);
  if (at < sStart) return null;
  const nameStart = at + ", according to ".length;
  let nameEnd = sEnd;
  while (nameEnd > nameStart && /[\s.!?”"]/.test(body[nameEnd - 1] ?? "")) nameEnd -= 1;
  if (nameEnd <= nameStart) return null;
  for (let i = nameStart; i < nameEnd; i += 1) {
    const c = body.charCodeAt(i);
    if (c === 44 || c === 59 || c === 0x201c || c === 34) return null;
  }
  // "according to the Korea Customs Service.": the name without its article.
  const name = body.startsWith("the ", nameStart) ? nameStart + 4 : nameStart;
  if (!isCapitalisedName(body, name, nameEnd) && !isUnnamedSource(body, nameStart, nameEnd))
    return null;
  return { cueStart: at + 2, nameStart: name, nameEnd };
}

/**
 * The outlet or source of a trailing "according to": the entity the registry knows by the whole
 * name ("Reuters"), a person by their surname, an unnamed source, or null (unknown speaker) —
 * never a shorter name inside it ("Politico" for "Politico Europe") and never a person made of an
 * outlet's name.
 */
function outletSpeaker(
  registry: EntityRegistry,
  body: string,
  nameStart: number,
  nameEnd: number,
): number | "ambiguous" | null {
  const unnamed = isUnnamedSource(body, nameStart, nameEnd);
  const speaker = registry.speakerFromPhrase(nameStart, nameEnd, unnamed);
  if (typeof speaker !== "number" || unnamed) return speaker;
  if (nameKey(registry.nameOf(speaker)) === nameKey(body.slice(nameStart, nameEnd))) return speaker;
  // "…, according to Gonzalez.": the surname mention of a person the article named.
  return registry.kindOf(speaker) === "person" && registry.entityAt(nameStart) === speaker
    ? speaker
    : null;
}

/**
 * The person known by this whole name: named anywhere in the article, or met as an earlier
 * speaker ("Jane Roe said …"); else null. Read only at an "X reported" cue whose X the registry
 * did not resolve there.
 */
function knownPerson(
  registry: EntityRegistry,
  speakers: ReadonlySet<number>,
  name: string,
): number | null {
  const key = nameKey(name);
  const isNamed = (e: number) =>
    registry.kindOf(e) === "person" && nameKey(registry.nameOf(e)) === key;
  for (const e of registry.mentionedEntities()) if (isNamed(e)) return e;
  for (const e of speakers) if (isNamed(e)) return e;
  return null;
}

/** "two EU officials familiar with the talks": lowercase-led, a source noun among its first words. */
function isUnnamedSource(body: string, start: number, end: number): boolean {
  const c = body.charCodeAt(start);
  if (c < 97 || c > 122) return false;
  let i = start;
  for (let n = 0; n < 5 && i < end; n += 1) {
    const wordEnd = wordEndAt(body, i, end);
    if (wordEnd === i) return false;
    if (SOURCE_NOUNS.has(body.slice(i, wordEnd))) return true;
    i = spaceEnd(body, wordEnd, end);
  }
  return false;
}

/**
 * "Wang, for his part, said …": a parenthetical between commas (led by a lowercase preposition or
 * adverb, no title) right before the verb; the subject stands before it.
 */
function parentheticalSubject(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  verbStart: number,
  verbAfterComma: boolean,
): number | "ambiguous" | null {
  if (!verbAfterComma) return null;
  // An appositive and the name before it sit just before the verb: look back a bounded stretch
  // (a search to the body's start, per verb, was quadratic on long comma-free text).
  const from = Math.max(sStart, verbStart - APPOSITIVE_REACH);
  const comma = commaBefore(body, from, verbStart);
  const previousComma = comma > from ? commaBefore(body, from, comma) : -1;
  if (previousComma <= sStart) return null;
  const segmentStart = spaceEnd(body, previousComma + 1, comma);
  const first = body.slice(segmentStart, wordEndAt(body, segmentStart, comma));
  if (!PREPOSITIONS.has(first) && !PARENTHETICAL_ADVERBS.has(first)) return null;
  if (hasTitleHead(titleWords(body.slice(segmentStart, comma)))) return null;
  const subject = subjectBefore(body, sStart, previousComma);
  if (subject.end <= subject.start || !isCapitalisedName(body, subject.start, subject.end))
    return null;
  // Any kind: "Seoul, however, said" speaks for its government as "Seoul said" does.
  return registry.speakerFromPhrase(subject.start, subject.end);
}
const PARENTHETICAL_ADVERBS = new Set(
  "however|meanwhile|though|too|also|instead|separately|nonetheless|moreover|likewise".split("|"),
);

const PASSIVE_AUXILIARIES = new Set(["is", "was", "were", "are", "be", "been", "being"]);
const NOT_A_REPORT_BEFORE = new Set(
  "a|an|the|this|that|these|those|his|her|its|their|our|recent|latest|new|to|will|would|can|could|may|might|should|must".split(
    "|",
  ),
);

/** Start of the whitespace run ending at `end` (not before `lo`). */
function spaceStartBack(body: string, lo: number, end: number): number {
  let i = end;
  while (i > lo && isRegexSpace(body.charCodeAt(i - 1))) i -= 1;
  return i;
}

/** Start of the word-character run ending at `end` (not before `lo`). */
function wordStartBack(body: string, lo: number, end: number): number {
  let i = end;
  while (i > lo && isWordChar(body.charCodeAt(i - 1))) i -= 1;
  return i;
}

/** `/,\s*$/` on body[lo, end). */
function endsWithComma(body: string, lo: number, end: number): boolean {
  const e = spaceStartBack(body, lo, end);
  return e > lo && body.charCodeAt(e - 1) === 44;
}

/** `/[”"],?\s*$/` on body[lo, end): the verb comes right after a closing quotation mark. */
function closesQuotation(body: string, lo: number, end: number): boolean {
  let e = spaceStartBack(body, lo, end);
  if (e > lo && body.charCodeAt(e - 1) === 44) e -= 1;
  if (e <= lo) return false;
  const c = body.charCodeAt(e - 1);
  return c === 0x201d || c === 34;
}

/** `/\b(?:and|but)\s+$/` on body[lo, end). */
function isAndOrBut(body: string, lo: number, end: number): boolean {
  const e = spaceStartBack(body, lo, end);
  if (e === end) return false;
  const w = body.slice(wordStartBack(body, lo, e), e);
  return w === "and" || w === "but";
}

function insideQuotation(
  quotations: readonly Quotation[],
  inSentence: readonly number[],
  offset: number,
): boolean {
  for (const qi of inSentence) {
    const q = quotations[qi]!;
    if (q.open <= offset && offset < q.close) return true;
  }
  return false;
}

/**
 * Offsets in the sentence where a pattern led by one of the words at `verbStarts` can match
 * (SPEECH_VERB, OCCASION): those words of the body inside it,
 * plus the sentence's first and last word when the sentence cuts a word of the body (there `\b`
 * holds in the sentence but not in the body).
 */
function verbOffsets(
  body: string,
  sStart: number,
  sEnd: number,
  verbStarts: readonly number[],
): number[] {
  const out: number[] = [];
  if (sStart > 0 && isWordChar(body.charCodeAt(sStart - 1))) out.push(0);
  let lo = 0;
  let hi = verbStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (verbStarts[mid]! < sStart) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < verbStarts.length && verbStarts[i]! < sEnd; i += 1) {
    out.push(verbStarts[i]! - sStart);
  }
  if (sEnd < body.length && isWordChar(body.charCodeAt(sEnd)) && sEnd > sStart) {
    let w = sEnd;
    while (w > sStart && isWordChar(body.charCodeAt(w - 1))) w -= 1;
    out.push(w - sStart);
  }
  return out.sort((a, b) => a - b);
}
/** Speech verbs whose reported clause may follow without "that". */
const REPORTS_A_CLAUSE = new Set([
  "say",
  "says",
  "said",
  "told",
  "tells",
  "added",
  "adds",
  "argue",
  "argues",
  "argued",
]);
const WEEKDAY = `(?:${WEEKDAYS.join("|")})`;
/** Time and place adverbials between a speech verb and its clause ("said late Tuesday", "in Seoul"). */
const ADVERBIAL_AT = new RegExp(
  [
    String.raw`\s+(?:(?:on|late|early|earlier|later)\s+)?${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?`,
    String.raw`\s+(?:yesterday|today|tonight|earlier|later|separately|again|also)`,
    String.raw`\s+(?:(?:late|earlier|early)\s+)?(?:last|this)\s+(?:week|month|year|weekend)`,
    String.raw`\s+on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?`,
    String.raw`\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)`,
    String.raw`\s+(?:in|at|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:statement|interview|briefing|press conference|news conference|speech|meeting|hearing|post|message|forum)(?:\s+with\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?`,
    // A place may close the sentence ("said on Monday in Seoul."), not run into a name ("in St. Louis").
    String.raw`\s+(?:in|at)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?=[\s,]|[.!?]\s|[.!?]?$)`,
  ]
    .map((a) => String.raw`(?:${a})(?![\w’'-])`)
    .join("|"),
  "y",
);
const ADVERBIAL_WORDS = new Set(
  `on|late|early|earlier|later|yesterday|today|tonight|separately|again|also|last|this|in|at|during|${WEEKDAY.slice(3, -1)}`.split(
    "|",
  ),
);
/** A clause led by one of these is not reported speech ("said goodbye", "said on the 22nd, ..."). */
const NOT_A_SUBJECT = new Set(
  "on|in|at|to|for|with|from|by|during|after|before|upon|as|of|about|so|nothing|no|yes|goodbye|hello|thanks|sorry|that|what|how|why|whether|if|when|where|please|okay|ok|not|only|just|more|less|little|much|too|very|again|also|once|twice|later|earlier|recently|previously|today|yesterday|last|next".split(
    "|",
  ),
);
const PRONOUN_SUBJECTS = new Set("he|she|it|they|we|i|you|there".split("|"));
/** Pronouns that can only be a subject (not "it", "you": "said it again", "told you so"). */
const NOMINATIVE = new Set(["he", "she", "they", "we", "i"]);
const DETERMINERS = new Set(
  "the|a|an|its|his|her|their|our|my|your|this|these|those|some|most|many|both|all|several|each|every|any|other|such|one|two|three|four|five|few|neither|either".split(
    "|",
  ),
);
/** Finite verbs and auxiliaries a reported clause turns on, whatever came before. */
const FINITE = new Set(
  "would|will|had|has|have|was|were|is|are|could|should|may|might|did|does|do|can|must|shall|rose|fell|grew|took|saw|gave|came|went|knew|began|became|remain|remains|need|needs|want|wants|expect|expects|hope|hopes|believe|believes|plan|plans|think|thinks|agree|agrees".split(
    "|",
  ),
);
/** Past forms that are also participles ("the ceremony held in Seoul"), as "-ed" words are. */
const PAST_OR_PARTICIPLE = new Set(
  "made|got|kept|held|won|lost|paid|spent|left|met|sent|found|thought|felt|stood|understood|set|put|cut".split(
    "|",
  ),
);
const COORDINATORS = new Set(["and", "or", "but"]);
const PREPOSITIONS = new Set(
  "in|at|on|for|with|from|by|during|after|before|upon|into|over|under|about|against|between|without|through|across|near|outside|inside".split(
    "|",
  ),
);
/** A word between a subject and its verb that ends the subject ("the word that ..."): not a clause. */
const ENDS_A_SUBJECT = new Set(
  "that|which|who|whom|whose|where|when|while|because|if|as|than|to".split("|"),
);

/**
 * Where a reported clause starts after a speech verb (and the object of "told"), past time and
 * place adverbials: "said late Tuesday the talks had stalled", "told reporters in Seoul the plant
 * would open". -1 unless a subject (pronoun, determiner + noun, name, short bare noun phrase) is
 * followed by a finite verb: "said the word three times", "said goodbye to", "said Monday." are not.
 */
function reportedClauseAt(body: string, from: number, sEnd: number): number {
  let at = from;
  // The adverbial pattern is tried only where the next word can start one.
  const firstWordStart = spaceEnd(body, from, sEnd);
  const firstWord = body.slice(firstWordStart, wordEndAt(body, firstWordStart, sEnd));
  for (let guard = ADVERBIAL_WORDS.has(firstWord) ? 0 : 4; guard < 4; guard += 1) {
    ADVERBIAL_AT.lastIndex = at;
    const m = ADVERBIAL_AT.exec(body);
    if (m === null || at + m[0].length > sEnd) break;
    at += m[0].length;
  }
  if (at > from && body.charCodeAt(at) === 44) at += 1;
  const start = spaceEnd(body, at, sEnd);
  if (start === at) return -1;
  // Up to ten words of subject, read word by word until a finite verb.
  let i = start;
  let previous = "";
  let first = "";
  let firstCapital = false;
  let afterPreposition = false;
  for (let n = 0; n < 11 && i < sEnd; n += 1) {
    const wordEnd = wordEndAt(body, i, sEnd);
    if (wordEnd === i) return -1; // punctuation or a quotation mark before any verb
    const raw = body.slice(i, wordEnd);
    const capital = raw.charCodeAt(0) >= 65 && raw.charCodeAt(0) <= 90;
    const word = capital ? raw.toLowerCase() : raw;
    if (n === 0) {
      if (NOT_A_SUBJECT.has(word)) return -1;
      first = word;
      firstCapital = capital;
    } else {
      if (ENDS_A_SUBJECT.has(word)) return -1;
      const bare = !PRONOUN_SUBJECTS.has(first) && !DETERMINERS.has(first) && !firstCapital;
      if (bare && n > 3) return -1;
      if (PRONOUN_SUBJECTS.has(first) && n > 2) return -1;
      // "argued they breach WTO rules": after a subject-only pronoun the next plain word is its verb.
      if (
        n === 1 &&
        NOMINATIVE.has(first) &&
        !capital &&
        !PREPOSITIONS.has(word) &&
        !COORDINATORS.has(word) &&
        !NOT_A_SUBJECT.has(word)
      )
        return start;
      if (!capital && isFiniteVerb(word, previous, afterPreposition)) {
        // "said his piece and left": a second verb of the speaker, not a clause.
        return COORDINATORS.has(previous) ? -1 : start;
      }
      if (PREPOSITIONS.has(word)) afterPreposition = true;
    }
    previous = word;
    const next = spaceEnd(body, wordEnd, sEnd);
    if (next === wordEnd) return -1;
    i = next;
  }
  return -1;
}

/**
 * A past form that may be a participle counts after a plain subject only: not after a determiner
 * ("the proposed deal") nor a preposition ("a few words at the ceremony held in Seoul").
 */
function isFiniteVerb(word: string, previous: string, afterPreposition: boolean): boolean {
  if (FINITE.has(word)) return true;
  if (afterPreposition || DETERMINERS.has(previous)) return false;
  return PAST_OR_PARTICIPLE.has(word) || (word.length > 4 && word.endsWith("ed"));
}

/** End of the whitespace run starting at `start` (not past `limit`). */
function spaceEnd(body: string, start: number, limit: number): number {
  let i = start;
  while (i < limit && isRegexSpace(body.charCodeAt(i))) i += 1;
  return i;
}

/** End of a word at `start`: letters, digits, apostrophes, hyphens and inner dots ("U.S."). */
function wordEndAt(body: string, start: number, limit: number): number {
  let i = start;
  while (i < limit) {
    const c = body.charCodeAt(i);
    if (
      isWordChar(c) ||
      ((c === 39 || c === 0x2019 || c === 45 || c === 46) &&
        i > start &&
        i + 1 < limit &&
        !isRegexSpace(body.charCodeAt(i + 1)))
    ) {
      i += 1;
    } else if (c === 46 && i > start && body.charCodeAt(i - 2) === 46) {
      i += 1; // the last dot of "U.S."
    } else break;
  }
  return i;
}

const SUBJECT_REACH = 400;
/** How far after a speech verb its reported content may run. */
const REPORT_REACH = 1500;

function subjectBefore(
  body: string,
  sStart: number,
  verbAt: number,
): { start: number; end: number; relative: boolean } {
  // "Sen. Jane Roe (R-Ore.) said": a label in parentheses after the name is no part of the
  // subject, and its "(" is no boundary — the subject is read from before it.
  const verbStart = labelStart(body, sStart, verbAt);
  const before = body.slice(sStart, verbStart);
  // The last boundary (a punctuation mark or a clause word) before the verb, found reading
  // backwards from the verb: the subject is usually a few words long, the sentence prefix not.
  // A subject is a few words: reading back further than SUBJECT_REACH would only make one that is
  // refused as too long, and per verb in a long run-on sentence it was quadratic.
  const reach = Math.max(sStart, verbStart - SUBJECT_REACH);
  let boundary = reach - sStart;
  let relative = false;
  for (let i = verbStart; i > reach; ) {
    const c = body.charCodeAt(i - 1);
    if (isWordChar(c)) {
      const wordStart = wordStartBack(body, sStart, i);
      const word = body.slice(wordStart, i);
      if (SUBJECT_BOUNDARY_WORDS.has(word)) {
        boundary = i - sStart;
        relative = word === "who" || word === "which";
        break;
      }
      i = wordStart;
    } else if (SUBJECT_BOUNDARY_MARKS.includes(body[i - 1]!)) {
      boundary = i - sStart;
      break;
    } else i -= 1;
  }
  let phrase = before.slice(boundary).trimEnd();
  const aux = TRAILING_AUXILIARY.exec(phrase);
  if (aux) phrase = phrase.slice(0, aux.index);
  const lead = phrase.length - phrase.trimStart().length;
  const start = sStart + boundary + lead;
  const end = sStart + boundary + phrase.trimEnd().length;
  if (end > start && countWords(body.slice(start, end)) > 10)
    return { start, end: start, relative };
  return { start, end: Math.max(start, end), relative };
}

/** A capitalised full name of two or three words ("Kenji Sato", "Jane van Doe" is not one). */
const FULL_NAME = /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}$/;

/**
 * The speaker of a verb right after an appositive set off by commas: the name before it ("Park
 * Ji-won, a senior economist at X, said"; "Sato, 58, told reporters"), or the name inside it when a
 * title comes first ("Japan's economy minister, Kenji Sato, said") — never the country or
 * organisation that owns the title.
 */
function appositiveSpeaker(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  verbStart: number,
  verbAfterComma: boolean,
): number | "ambiguous" | null {
  // An appositive and the name before it sit just before the verb: look back a bounded stretch
  // (a search to the body's start, per verb, was quadratic on long comma-free text).
  const from = Math.max(sStart, verbStart - APPOSITIVE_REACH);
  const comma = commaBefore(body, from, verbStart);
  const previousComma = comma > from ? commaBefore(body, from, comma) : -1;
  if (previousComma <= sStart) return null;
  const segment = body.slice(previousComma + 1, comma).trim();
  if (segment.length === 0) return null;
  // "The report by Anna Berg, a researcher, said": a name after a preposition is not the subject.
  if (OBJECT_OF_PREPOSITION.test(body.slice(Math.max(sStart, previousComma - 80), previousComma)))
    return null;
  if (hasTitleHead(titleWords(segment))) {
    const named = registry.personEndingAt(previousComma);
    if (named !== null) return named;
  }
  // Only a verb closing the appositive itself: "Kim, however, said", not "Kim, in Seoul, and Lee said".
  if (!verbAfterComma) return null;

  const named =
    registry.personEndingAt(previousComma) ??
    surnameEndingAt(registry, body, sStart, previousComma);
  if (named !== null) return named;
  // "Kenji Sato, Japan's economy minister, said" with Kenji Sato not named before: the name
  // nobody introduced speaks, as "Jane Doe said" does — or the company, when the registry reads
  // the appositive as a business ("Deutsche Telekom, the market leader, said").
  if (hasTitleHead(titleWords(segment))) {
    const nameStart = unknownNameBefore(body, sStart, previousComma);
    if (nameStart >= 0) {
      const speaker = registry.speakerFromPhrase(nameStart, previousComma);
      if (typeof speaker === "number" && registry.kindOf(speaker) !== "place") return speaker;
    }
  }
  // "<Org/Country>'s <title>, <Name>, said": the words before the appositive end in a title.
  const head = wordsBefore(body, Math.max(sStart, previousComma - 60), previousComma);
  const titled = titleWords(head);
  if (titled.length === 0 || !hasTitleHead(titled.slice(-1))) return null;
  const known = registry.personEndingAt(comma);
  if (known !== null) return known;
  if (!FULL_NAME.test(segment)) return null;
  const speaker = registry.speakerFromPhrase(previousComma + 1, comma);
  return typeof speaker === "number" && registry.kindOf(speaker) === "person" ? speaker : null;
}

/** Capitalised words right after a preposition, up to the end of the text: "… by Anna Berg". */
const OBJECT_OF_PREPOSITION =
  /\b(?:by|of|from|with|for|about|against|to|at|on|in|into|than)\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}.’'-]*$/u;

/**
 * "The report by Anna Berg, a researcher at KDI, said": the name before the appositive that
 * closes at the verb follows a preposition, so it is not the verb's subject.
 */
function nameAfterPreposition(body: string, sStart: number, verbStart: number): boolean {
  const from = Math.max(sStart, verbStart - APPOSITIVE_REACH);
  const comma = commaBefore(body, from, verbStart);
  const previousComma = comma > from ? commaBefore(body, from, comma) : -1;
  if (previousComma <= sStart) return false;
  return OBJECT_OF_PREPOSITION.test(
    body.slice(Math.max(sStart, previousComma - 80), previousComma),
  );
}

/** How far before a speech verb an appositive and the name before it may start. */
const APPOSITIVE_REACH = 240;

/** The last comma in [from, before), or -1. */
function commaBefore(body: string, from: number, before: number): number {
  for (let i = before - 1; i >= from; i -= 1) if (body.charCodeAt(i) === 44) return i;
  return -1;
}

/** Two capitalised words that cannot be a name's: "On Monday", "Late Tuesday", "The Ministry". */
const NOT_A_GIVEN_NAME = new Set(
  "The|A|An|On|In|At|By|For|From|With|After|Before|During|Last|Late|Early|Earlier|Later|This|That|These|Those|But|And|Yet|So|Meanwhile|However|Separately|Still|Also|Now|Then|Officials|Sources|Analysts|Experts|Observers|North|South|East|West|New|United|Prime|Vice|Deputy|Minister|President|Secretary|Director|Chief|Governor".split(
    "|",
  ),
);
/** Last words that make two capitalised words no person's name: a date, a place, a body or a post. */
const NOT_A_FAMILY_NAME: ReadonlySet<string> = new Set([
  ...CALENDAR_WORDS,
  ...PLACES,
  ..."States Kingdom Union Ministry Office House Party Bank Group Company Corporation Times Post News Minister President Secretary".split(
    " ",
  ),
]);

/**
 * Start of a Western two-word name ("Kenji Sato", "Maria Lopez") that ends at `end` and starts
 * the sentence or follows a punctuation mark, or -1.
 */
function unknownNameBefore(body: string, sStart: number, end: number): number {
  const familyStart = wordStartBack(body, sStart, end);
  if (familyStart === end || familyStart - 1 <= sStart || body.charCodeAt(familyStart - 1) !== 32) {
    return -1;
  }
  const givenStart = wordStartBack(body, sStart, familyStart - 1);
  if (givenStart === familyStart - 1) return -1;
  const lead = spaceStartBack(body, sStart, givenStart);
  if (lead > sStart && !SUBJECT_BOUNDARY_MARKS.includes(body[lead - 1]!)) return -1;
  const given = body.slice(givenStart, familyStart - 1);
  const family = body.slice(familyStart, end);
  if (!/^[A-Z][a-z]+$/.test(given) || !/^[A-Z][a-z]+$/.test(family)) return -1;
  if (NOT_A_GIVEN_NAME.has(given) || NOT_A_FAMILY_NAME.has(family)) return -1;
  return givenStart;
}

/** The person of a surname or pronoun mention ending at `end` ("Choo, 58, said"; "He, however, said"). */
function surnameEndingAt(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  end: number,
): number | "ambiguous" | null {
  const found = registry.entityAt(wordStartBack(body, sStart, end));
  if (found === "ambiguous") return found;
  return found !== null && registry.kindOf(found) === "person" ? found : null;
}

/** The words of body[lo, end) after its last punctuation mark (the clause up to `end`). */
function wordsBefore(body: string, lo: number, end: number): string {
  let i = end;
  while (i > lo && !SUBJECT_BOUNDARY_MARKS.includes(body[i - 1]!) && body[i - 1] !== ".") i -= 1;
  return body.slice(i, end);
}

function antecedent(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  relativeAt: number,
): number | "ambiguous" | null {
  // Bounded look-back, as for subjects: a search to the body's start per verb was quadratic.
  const from = Math.max(sStart, relativeAt - SUBJECT_REACH);
  const whoIn = body.slice(from, relativeAt).lastIndexOf(" who");
  const who = whoIn < 0 ? -1 : from + whoIn;
  const upTo = who > sStart ? who : relativeAt;
  return nearestMention(registry, sStart, upTo);
}

function nearestMention(
  registry: EntityRegistry,
  from: number,
  to: number,
): number | "ambiguous" | null {
  const found = registry.entitiesIn(Math.max(from, to - SUBJECT_REACH), to);
  const people = found.filter((e) => registry.kindOf(e) !== "place");
  return people.length > 0 ? people[people.length - 1]! : null;
}

function phraseEndAfter(body: string, start: number, limit: number): number {
  let i = start;
  while (i < limit && !/[,.;:—]/.test(body[i] ?? "")) i += 1;
  // An initial ("G.K.") or an abbreviated title ("said Sen. Jane Roe") does not end the phrase.
  if (
    body[i] === "." &&
    ((/[A-Z]$/.test(body[i - 1] ?? "") && /\s[A-Z]$|^[A-Z]$/.test(body.slice(i - 2, i))) ||
      TITLE_ABBREVIATIONS.has(
        /(?:^|[^A-Za-z])([A-Za-z]+)$/.exec(body.slice(Math.max(0, i - 6), i))?.[1] ?? "",
      ))
  ) {
    return phraseEndAfter(body, i + 1, limit);
  }
  return i;
}

function contentEnd(body: string, start: number, sEnd: number): number {
  CONTENT_BOUNDARY.lastIndex = 0;
  const slice = body.slice(start, sEnd);
  let end = sEnd;
  // Quotation marks counted from `start`, carried forward from one boundary to the next.
  let open = 0;
  let straight = 0;
  let counted = 0;
  for (let m = CONTENT_BOUNDARY.exec(slice); m !== null; m = CONTENT_BOUNDARY.exec(slice)) {
    for (; counted < m.index; counted += 1) {
      const c = slice.charCodeAt(counted);
      if (c === 0x201c) open += 1;
      else if (c === 0x201d) open -= 1;
      else if (c === 34) straight ^= 1;
    }
    // A boundary inside quotation marks does not end the reported content.
    if (open > 0 || straight === 1) continue;
    end = start + m.index;
    break;
  }
  return end;
}

const TRAILING_MARKS = ".,;:";

function trimContent(
  body: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && (body.charCodeAt(s) === 44 || isRegexSpace(body.charCodeAt(s)))) s += 1;
  while (e > s && (TRAILING_MARKS.includes(body[e - 1]!) || isRegexSpace(body.charCodeAt(e - 1))))
    e -= 1;
  return e > s ? { start: s, end: e } : null;
}

/** Words in a text: runs that start with a letter or digit (ASCII fast path, Unicode otherwise). */
function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const alnum = isWordCharAt(text, i);
    if (alnum && !inWord) count += 1;
    inWord = alnum || (inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45));
  }
  return count;
}

const LETTER = /[\p{L}\p{N}]/u;
function isLetter(ch: string): boolean {
  return LETTER.test(ch);
}

/** Never empty (it starts at a quotation mark), so an exec loop always advances. */
const QUOTED_RUN = /[“"]([^”"]*)[”"]?/g;

function countQuotedWords(body: string, start: number, end: number): number {
  const slice = body.slice(start, end);
  let total = 0;
  QUOTED_RUN.lastIndex = 0;
  for (let m = QUOTED_RUN.exec(slice); m !== null; m = QUOTED_RUN.exec(slice)) {
    total += countWords(m[1] ?? "");
  }
  return total;
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

/** Offsets of a span's first and last letter or digit (as countWords reads them); [-1, -1] if none. */
function firstAndLastWordChar(body: string, start: number, end: number): [number, number] {
  let first = -1;
  for (let i = start; i < end && first < 0; i += 1) if (isWordCharAt(body, i)) first = i;
  if (first < 0) return [-1, -1];
  let last = end - 1;
  while (last > first && !isWordCharAt(body, last)) last -= 1;
  return [first, last];
}

function isWordCharAt(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c > 127 && isLetter(body[i]!))
  );
}

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
    };
  });
}
