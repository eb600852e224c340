import type { Article, ArticleId, DateReference, Extraction, Figure, Span } from "@parallax/core";
import { WEEKDAYS } from "../../lexicons/calendar-words.ts";
import { memberKey, type StoryEntityIndex } from "../story-entities.ts";
import { ages } from "./ages.ts";
import { holdsBareRemark } from "./bare-remark.ts";
import { cueInOtherQuote } from "./cue-in-quote.ts";
import { type DayOrInterval, dayOrWeek } from "./days.ts";
import { contentLemmas, type EventWord, eventWords } from "./lemmas.ts";
import { namedAtCue } from "./speaker-naming.ts";
import { stanceOf } from "./stance.ts";
import { inStoryYear, storyYear } from "./story-year.ts";
import {
  dateWordSpans,
  namedEvents,
  speechDate,
  speechDays,
  withDerivedDates,
} from "./unit-dates.ts";
import { quoteReadings, quotesHeldByCue, quoteWordings } from "./unit-quotes.ts";
import { type UnitReadings, unitReadings } from "./unit-readings.ts";

/** One statement an outlet makes, with everything alignment needs to compare it with others. */
export type AlignUnit = {
  /** Position in the story's unit list. */
  index: number;
  articleIndex: number;
  articleId: ArticleId;
  claimId: string;
  /** Order of the statement inside its article, for adjacency (one-to-many matches). */
  position: number;
  span: Span;
  text: string;
  lemmas: readonly string[];
  /** The verbs and common nouns among `lemmas` (names, figures and dates masked): what happened. */
  eventWords: readonly EventWord[];
  /** Story entity ids mentioned, speakers included. */
  entities: ReadonlySet<string>;
  /** Story entity ids of whoever is quoted or reported as speaking in the statement. */
  speakers: ReadonlySet<string>;
  /**
   * The speakers the statement names at the attribution itself ("…, Dora Pell said"): resolved,
   * not through a pronoun or an earlier sentence. Only these can disagree about who said something.
   */
  namedSpeakers: ReadonlySet<string>;
  figures: readonly Figure[];
  /** Resolved day dates the statement mentions (ISO). */
  dates: readonly DateReference[];
  /**
   * Weekdays the statement names ("on Friday"), resolved or not: two outlets' weekdays for one
   * event can be compared by name even when neither article gives its own date.
   */
  weekdays: readonly DateReference[];
  /**
   * Events the statement dates by name: "three days after returning" dates the returning (Oct. 19),
   * so the statement says what happened that day. Day (ISO) and the event's lemma.
   */
  namedEvents: readonly { day: string; lemma: string }[];
  /** Lemmas of the quoted words only. */
  quoteLemmas: readonly string[];
  /**
   * Each quotation the statement holds, with its own speaker: a statement can quote two people
   * ("…," Kim said, while Lee said "…"), and only the words one of them spoke are theirs.
   */
  quotes: readonly UnitQuote[];
  /**
   * The day the reported words were spoken: the statement's own date when it carries a speech cue,
   * else the one of the speech it continues (a quote that runs on after "Kim said Friday").
   */
  saidOn: DayOrInterval | null;
  reported: boolean;
  /** Whether the statement is about something still to come ("are expected to", "will", "set to"). */
  prospective: boolean;
  /** Optimistic (+1) or pessimistic (-1) about the talks, else 0. */
  stance: -1 | 0 | 1;
  /** The statement's own readings (`unit-readings.ts`): made with it, read by `perUnit`/`perText`. */
  readings?: UnitReadings;
};

/** One quotation of a statement: its words' lemmas and who is credited with them. */
export type UnitQuote = {
  lemmas: readonly string[];
  /** Words of three letters or more: a fragment's length, lemmas aside. */
  wordCount: number;
  /** Its words, lower case, in order ("would we have done it without him"): a short remark's whole. */
  words: string;
  /**
   * Its content lemmas written as names, capitalised inside a sentence ("beat Ivo Vint"): they say
   * whom a remark is about, not which remark it is (`speakers/findings.ts`). Absent: none.
   */
  nameLemmas?: readonly string[];
  /** Story entity id of the speaker, resolved (through a name or a pronoun); null when unknown. */
  speaker: string | null;
  /** Whether that speaker is named at the attribution beside the quotation (see `namedSpeakers`). */
  named: boolean;
  /** Whether a speaker not named there is the last person named before it (`creditedToLastNamed`). */
  readBack: boolean;
  /** The he/she of the attribution ("…," she said): the speaker's gender must allow it. */
  pronoun: "he" | "she" | null;
};

type TextReadings = { speechCue: boolean; prospective: boolean; stance: -1 | 0 | 1 };

const SPEECH_CUE =
  /\b(?:said|says|say|told|tells|added|adding|noted|explained|emphasi[sz]ed|stressed|replied|warned|hinted|argued|insisted|described|announced|according to|“|")/i;
const PRONOUN_START = /^\s*(?:[“"]?\s*)?(?:He|She|They|The minister|The director)\b/;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Turns each article's claims into alignment units, with story-level entity ids. */
export function buildUnits(
  articles: readonly Article[],
  extractions: readonly Extraction[],
  entities: StoryEntityIndex,
): AlignUnit[] {
  const units: AlignUnit[] = [];
  const year = storyYear(extractions);
  const quoteWording = quoteWordings();
  // What a statement's words alone say (a speech cue, a plan, a stance), read once per text: a
  // large story repeats its sentences across outlets (~19,000 statements of ~1,400 texts in a
  // generated 1,000-article story), and each copy ran the three searches again.
  const textReadings = new Map<string, TextReadings>();
  const readText = (text: string): TextReadings => {
    let readings = textReadings.get(text);
    if (!readings) {
      readings = {
        speechCue: SPEECH_CUE.test(text),
        prospective: PROSPECTIVE.test(text),
        stance: stanceOf(text),
      };
      textReadings.set(text, readings);
    }
    return readings;
  };
  extractions.forEach((extraction, articleIndex) => {
    const article = articles[articleIndex] as Article;
    const byId = <T extends { id: string }>(items: readonly T[]) =>
      new Map(items.map((item) => [item.id, item] as const));
    const figures = byId(extraction.figures);
    const dates = byId(extraction.dates);
    const quotes = byId(extraction.quotes);
    // Each of the article's entities' story id, looked up once: read per statement, the lookup
    // built a key string for every statement and entity of the article.
    const storyIdOf = new Map(
      extraction.entities.map(
        (e) => [e.id, entities.byMember.get(memberKey(articleIndex, e.id))] as const,
      ),
    );
    const entityOf = (entityId: string) =>
      storyIdOf.has(entityId)
        ? storyIdOf.get(entityId)
        : entities.byMember.get(memberKey(articleIndex, entityId));
    // The spans of each entity's unambiguous mentions, for the statements they stand in.
    const plainMentions = extraction.entities.map((e) =>
      e.mentions.filter((m) => !m.ambiguous).map((m) => m.span),
    );
    // Names, figures and dates are compared as resolved evidence; counting their words again as
    // lexical overlap would let any two sentences naming Dora Pell look alike.
    // Titles too: "presidential director of national policy" in two sentences says nothing about
    // whether they report the same thing. Of a date only its date words go ("three days after
    // returning" keeps "returning").
    const masks: Span[] = [
      ...extraction.entities.flatMap((e) => [
        // Places stay words: "Washington" and "the US" are one government to the lexicon.
        ...(e.kind === "place"
          ? []
          : e.mentions.filter((m) => m.form !== "pronoun").map((m) => m.span)),
        ...e.titles.flatMap((t) => (t.qualifier ? [t.span, t.qualifier.span] : [t.span])),
      ]),
      ...extraction.figures.map((f) => f.span),
      ...extraction.dates.flatMap((d) => dateWordSpans(article.body, d.span)),
    ];
    // Units made whole here and numbered below: copying 19 fields into a new object per unit was a
    // visible cost on large stories.
    const drafts: AlignUnit[] = [];
    const ownSpeechDay: (string | null)[] = [];
    let previousSpeakers: ReadonlySet<string> = new Set();
    const claims = [...extraction.claims].sort(
      (a, b) => a.span.start - b.span.start || a.span.end - b.span.end,
    );
    // A quotation standing in no statement of its own (its sentence has no content word: "“Would we
    // have done it without him?”" before "Coach Dora Pell asked."): its attribution's statement
    // holds it for speaker checks.
    const heldQuotes = quotesHeldByCue(article.body, extraction.quotes, claims);
    const readQuote = quoteReadings(
      extraction,
      article.body,
      (id) => {
        const found = entityOf(id);
        // "South Korea has argued": a country is not a speaker that can clash with a person.
        return found && !entities.placeIds.has(found) ? found : null;
      },
      quoteWording,
    );
    claims.forEach((claim, position) => {
      const entityIds = new Set<string>();
      for (const id of claim.entityIds) {
        const storyId = entityOf(id);
        if (storyId) entityIds.add(storyId);
      }
      extraction.entities.forEach((entity, e) => {
        const storyId = storyIdOf.get(entity.id);
        if (!storyId || entityIds.has(storyId)) return;
        for (const span of plainMentions[e] as Span[])
          if (inside(span, claim.span)) {
            entityIds.add(storyId);
            return;
          }
      });
      const claimQuotes = [
        ...claim.quoteIds.flatMap((id) => quotes.get(id) ?? []),
        ...extraction.quotes.filter(
          (q) => !claim.quoteIds.includes(q.id) && overlaps(q.span, claim.span),
        ),
      ];
      const speakers = new Set<string>();
      const namedSpeakers = new Set<string>();
      const unitQuotes: UnitQuote[] = [];
      const quoteLemmas: string[] = [];
      for (const quote of claimQuotes) {
        const { storyId, named, wording, readBack, pronoun } = readQuote(quote);
        if (storyId) speakers.add(storyId);
        if (storyId && named) namedSpeakers.add(storyId);
        if (quote.direct)
          unitQuotes.push({
            lemmas: wording.lemmas,
            wordCount: wording.wordCount,
            words: wording.words,
            nameLemmas: wording.nameLemmas,
            speaker: quote.speakerStatus === "resolved" ? storyId : null,
            named,
            readBack,
            pronoun,
          });
        for (const lemma of wording.lemmas) quoteLemmas.push(lemma);
      }
      for (const quote of heldQuotes.get(position) ?? []) {
        const found = quote.speakerId ? entityOf(quote.speakerId) : undefined;
        const storyId = found && !entities.placeIds.has(found) ? found : null;
        unitQuotes.push({
          ...quoteWording(quote.text),
          speaker: quote.speakerStatus === "resolved" ? storyId : null,
          named:
            storyId !== null &&
            quote.speakerStatus === "resolved" &&
            !cueInOtherQuote(quote, extraction) &&
            namedAtCue(quote, extraction, article.body),
          readBack: false,
          pronoun: null,
        });
      }
      const extracted = uniqueById([
        ...claim.figureIds.flatMap((id) => figures.get(id) ?? []),
        ...extraction.figures.filter((f) => inside(f.span, claim.span)),
      ]);
      const claimFigures = [
        ...extracted,
        ...ages(article.body, claim.span).filter((age) =>
          extracted.every((f) => !overlaps(f.span, age.span)),
        ),
      ];
      const weekdays = extraction.dates.filter(
        (d) => inside(d.span, claim.span) && WEEKDAY.test(d.text),
      );
      const claimDates = withDerivedDates(
        uniqueById([
          ...claim.dateIds.flatMap((id) => dates.get(id) ?? []),
          ...extraction.dates.filter((d) => inside(d.span, claim.span)),
        ])
          .map((d) => inStoryYear(d, year))
          .filter((d) => d.value !== null),
      );
      const text = article.body.slice(claim.span.start, claim.span.end) || claim.text;
      const masked = maskEvidence(text, claim.span, masks);
      const lemmas = contentLemmas(masked);
      // A line without a content word ("—", "[YONHAP]" alone) states nothing to align.
      if (lemmas.length === 0 && !holdsBareRemark(claim.span, claimQuotes, unitQuotes)) return;
      const own = readText(text);
      const reported = claimQuotes.length > 0 || own.speechCue;
      // A pronoun-led statement continues the previous speaker's remarks ("He added that ...").
      if (speakers.size === 0 && reported && PRONOUN_START.test(text)) {
        for (const id of previousSpeakers) speakers.add(id);
      }
      for (const id of speakers) entityIds.add(id);
      if (reported && speakers.size > 0) previousSpeakers = speakers;
      const ownDay = speechDate(text, claim.span.start, claimDates, claimQuotes);
      ownSpeechDay.push(
        reported && ownDay?.value
          ? dayOrWeek(ownDay.value, ownDay.precision, ownDay.endValue)
          : null,
      );
      drafts.push({
        index: 0,
        articleIndex,
        articleId: extraction.articleId,
        claimId: claim.id,
        position,
        span: claim.span,
        text,
        lemmas,
        eventWords: eventWords(masked),
        entities: entityIds,
        speakers,
        namedSpeakers,
        figures: claimFigures,
        dates: claimDates,
        weekdays,
        quoteLemmas,
        quotes: unitQuotes,
        namedEvents: namedEvents(claimDates),
        reported,
        prospective: own.prospective,
        stance: own.stance,
        saidOn: null,
        readings: undefined,
      });
    });
    const saidOn = speechDays(drafts, ownSpeechDay);
    drafts.forEach((draft, i) => {
      draft.index = units.length;
      draft.saidOn = saidOn[i] ?? null;
      draft.readings = unitReadings(draft);
      units.push(draft);
    });
  });
  return units;
}

const WEEKDAY = new RegExp(`\\b(?:${WEEKDAYS.join("|")})\\b`, "i");

/**
 * Cues of what is still to come. "Has yet to" too: what it says is not done, so a day near it dates
 * no such happening ("pressed on why he had yet to endorse the plan at a visit Friday" against "on
 * Tuesday, the governor endorsed her": issue 12, conflict audit, BUILD half).
 */
export const PROSPECTIVE =
  /\b(?:will|would|(?:has|have|had|is|are|was|were) yet to|(?:may|might|could) be|(?:is|are|was|were) (?:expected|set|scheduled|due|likely|going|aiming|planning) to|expected to|aims? to|plans? to|intends? to|intended to|hopes? to|hoping to|seeks? to|upcoming|next week|to be addressed)\b/i;

/** The text with every masked span inside the claim blanked out (offsets kept). */
function maskEvidence(text: string, claim: Span, masks: readonly Span[]): string {
  let masked = text;
  for (const span of masks) {
    if (span.end <= claim.start || span.start >= claim.end) continue;
    const from = Math.max(0, span.start - claim.start);
    const to = Math.min(text.length, span.end - claim.start);
    masked = masked.slice(0, from) + " ".repeat(to - from) + masked.slice(to);
  }
  return masked;
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item] as const)).values()];
}
