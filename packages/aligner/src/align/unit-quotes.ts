import type { Claim, Extraction, Quote, Span } from "@parallax/core";
import { cueInOtherQuote } from "./cue-in-quote.ts";
import { contentLemmas } from "./lemmas.ts";
import { runsOnFromNamedCue } from "./run-on-quote.ts";
import { creditedToLastNamed, cuePronoun, namedAtCue } from "./speaker-naming.ts";
import type { UnitQuote } from "./units.ts";

// The quotations of an article's statements, as alignment reads them (align/units.ts).

/**
 * Direct quotations whose sentence states no content word ("“Would we have done it without
 * him?”"): no statement of their own holds them, so the statement holding their attribution does,
 * by its index among `claims`. Read in one pass over the body (a text of only quotations stays
 * linear).
 */
export function quotesHeldByCue(
  body: string,
  quotes: readonly Quote[],
  claims: readonly Claim[],
): Map<number, Quote[]> {
  const held = new Map<number, Quote[]>();
  const cued = quotes.filter((q) => q.direct && q.cue);
  if (cued.length === 0) return held;
  const claimAt = new Int32Array(body.length + 1).fill(-1);
  claims.forEach((c, i) => {
    for (let p = c.span.start; p < c.span.end; p += 1) if (claimAt[p] === -1) claimAt[p] = i;
  });
  // 1: states a content word, 2: does not; 0: not read yet.
  const states = new Uint8Array(claims.length);
  const statesWords = (i: number) => {
    if (states[i] === 0) {
      const span = (claims[i] as Claim).span;
      states[i] = contentLemmas(body.slice(span.start, span.end)).length > 0 ? 1 : 2;
    }
    return states[i] === 1;
  };
  for (const quote of cued) {
    let inStatement = false;
    for (let p = quote.span.start; p < quote.span.end && !inStatement; p += 1) {
      const i = claimAt[p] as number;
      if (i < 0) continue;
      const span = (claims[i] as Claim).span;
      // A statement holding more than the quotation states something of its own; only a bare
      // quotation's words are read.
      const bare = span.start >= quote.span.start - 3 && span.end <= quote.span.end + 3;
      if (!bare || statesWords(i)) inStatement = true;
    }
    if (inStatement) continue;
    const cue = quote.cue as Span;
    for (let p = cue.start; p < cue.end; p += 1) {
      const i = claimAt[p] as number;
      if (i < 0) continue;
      held.set(i, [...(held.get(i) ?? []), quote]);
      break;
    }
  }
  return held;
}

/**
 * A quotation's words as its unit reads them (lemmas, length, lower-case words), read once per
 * text for one story: agency copy and shared quotes repeat one quotation across hundreds of
 * outlets, and each copy's statement read it again (~150 ms of a generated 1,000-article story).
 */
export function quoteWordings(): (text: string) => Wording {
  const known = new Map<string, Wording>();
  return (text) => {
    let wording = known.get(text);
    if (!wording) {
      const lemmas = contentLemmas(text);
      wording = {
        lemmas,
        wordCount: (text.match(/[\p{L}\p{N}]{3,}/gu) ?? []).length,
        words: quoteWords(text),
        nameLemmas: nameLemmasOf(text, lemmas),
      };
      known.set(text, wording);
    }
    return wording;
  };
}

function quoteWords(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

/** A capitalised word that does not open a sentence: a name ("to beat Ivo Vint", not "The"). */
const NAME_INSIDE = /(?<![.!?:;"“‘]\s*|^\s*)(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*/gu;

/**
 * The content lemmas a quotation writes as names: they tell whom a remark is about, so two
 * remarks about one person share them whatever each says (`speakers/findings.ts`). "I" is no name.
 */
function nameLemmasOf(text: string, lemmas: readonly string[]): readonly string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(NAME_INSIDE)) {
    if (m[0] === "I" || /^I['’]/.test(m[0])) continue;
    for (const l of contentLemmas(m[0])) names.add(l);
  }
  return names.size === 0 ? [] : lemmas.filter((l) => names.has(l));
}

/** A quotation's wording (`quoteWordings`). */
type Wording = Pick<UnitQuote, "lemmas" | "wordCount" | "words" | "nameLemmas">;

/** What a statement reads of a quotation it holds: its speaker and how they are credited. */
export type QuoteReading = {
  /** Story entity id of the speaker (no place), null when unknown. */
  storyId: string | null;
  /** Credited at the attribution beside the quotation (`namedAtCue`) or run on from one. */
  named: boolean;
  wording: Wording;
  /** A direct quotation's speaker read back to the last person named (`creditedToLastNamed`). */
  readBack: boolean;
  /** The he/she of a direct quotation's attribution. */
  pronoun: "he" | "she" | null;
};

/**
 * Each quotation of an article read once for its statements: a quotation running over several
 * sentences is held by each of their statements, and every reading scans the article's entities.
 * `speakerOf` gives the story id a speaker counts as (null for none, or a place).
 */
export function quoteReadings(
  extraction: Extraction,
  body: string,
  speakerOf: (entityId: string) => string | null,
  wordingOf: (text: string) => Wording,
): (quote: Quote) => QuoteReading {
  const known = new Map<Quote, QuoteReading>();
  return (quote) => {
    let reading = known.get(quote);
    if (!reading) {
      const storyId = quote.speakerId ? speakerOf(quote.speakerId) : null;
      // An attribution inside another's reported words credits no one for sure (cue-in-quote.ts).
      const passedOn = quote.direct && cueInOtherQuote(quote, extraction);
      // Only quotation marks hold "the same words"; reported speech is the outlet's wording.
      const named =
        storyId !== null &&
        quote.direct &&
        quote.speakerStatus === "resolved" &&
        !passedOn &&
        (namedAtCue(quote, extraction, body) || runsOnFromNamedCue(quote, extraction, body));
      reading = {
        storyId,
        named,
        wording: wordingOf(quote.text),
        readBack:
          quote.direct &&
          storyId !== null &&
          !named &&
          !passedOn &&
          creditedToLastNamed(quote, extraction, body),
        pronoun: quote.direct ? cuePronoun(quote, body) : null,
      };
      known.set(quote, reading);
    }
    return reading;
  };
}
