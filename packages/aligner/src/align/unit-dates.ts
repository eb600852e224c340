import type { DateReference, Quote, Span } from "@parallax/core";
import { WEEKDAYS } from "../../lexicons/calendar-words.ts";
import { parseNumber } from "../extract/number-words.ts";
import { contentLemmas } from "./lemmas.ts";

// The days a statement gives for its own words and for the happenings it names: what the date
// and speech-day comparisons of alignment read (align/units.ts builds them into each unit).

/**
 * The day each reported statement was spoken. A statement dated by its own speech cue ("Kim said
 * Friday") keeps that day. An undated one takes its speaker's day in this article when the article
 * dates that speaker's remarks once (quotes before and after "said on the 22nd" were said then too);
 * when the speaker spoke on several days, the last one mentioned before it; unknown otherwise.
 */
export function speechDays(
  drafts: readonly { speakers: ReadonlySet<string>; reported: boolean }[],
  own: readonly (string | null)[],
): (string | null)[] {
  const daysBySpeaker = new Map<string, Set<string>>();
  drafts.forEach((draft, i) => {
    const day = own[i];
    if (!day) return;
    for (const id of draft.speakers)
      daysBySpeaker.set(id, (daysBySpeaker.get(id) ?? new Set()).add(day));
  });
  const lastBySpeaker = new Map<string, string>();
  return drafts.map((draft, i) => {
    const day = own[i];
    if (day) {
      for (const id of draft.speakers) lastBySpeaker.set(id, day);
      return day;
    }
    if (!draft.reported || draft.speakers.size === 0) return null;
    for (const id of draft.speakers) {
      const days = daysBySpeaker.get(id);
      if (days?.size === 1) return [...days][0] as string;
    }
    for (const id of draft.speakers) {
      const last = lastBySpeaker.get(id);
      if (last) return last;
    }
    return null;
  });
}

const SPEECH_VERB =
  /\b(?:said|says|told|tells|added|noted|explained|emphasi[sz]ed|stressed|replied|warned|hinted|argued|insisted|announced|aired|indicated|speaking)\b/g;

/**
 * The date a statement's words were spoken, when the statement says so: a date right next to its
 * speech verb ("said Friday", "told reporters on Sunday", "on the 20th hinted", "said in a Bloomberg
 * interview on Oct. 26") or inside a quote's occasion. A date elsewhere in the sentence is what the
 * words are about ("conclude ... before the summit at the end of the month"), not when they were said.
 */
export function speechDate(
  text: string,
  offset: number,
  dates: readonly DateReference[],
  quotes: readonly Quote[],
): DateReference | undefined {
  const usable = dates.filter((d) => ["minute", "hour", "day", "week"].includes(d.precision));
  // Most statements give no such date: nothing to find, so their speech verbs are not searched for.
  if (usable.length === 0) return undefined;
  const occasions = quotes.map((q) => q.occasion ?? "").filter((o) => o.length > 0);
  const inOccasion = usable.find((d) => occasions.some((o) => o.includes(d.text)));
  if (inOccasion) return inOccasion;
  for (const verb of text.matchAll(SPEECH_VERB)) {
    const verbStart = offset + (verb.index ?? 0);
    const verbEnd = verbStart + verb[0].length;
    const near = usable.find(
      (d) =>
        (d.span.start >= verbEnd && d.span.start - verbEnd <= 45) ||
        (d.span.end <= verbStart && verbStart - d.span.end <= 30),
    );
    if (near) return near;
  }
  return undefined;
}

const DAYS_AFTER = /^(\d+|one|two|three|four|five|six|seven|a) days? (after|before) (\w+ing)\b/i;

/**
 * "three days after returning" is resolved to the day of the statement's own event (the flight on the
 * 22nd); the day of the returning (the 19th) is also a date the statement gives, and the one another
 * outlet names ("Dora Pell on Sunday").
 */
export function withDerivedDates(dates: DateReference[]): DateReference[] {
  const derived: DateReference[] = [];
  for (const date of dates) {
    const match = DAYS_AFTER.exec(date.text);
    if (!match || !date.value || date.precision !== "day") continue;
    const count = parseNumber(match[1] as string);
    const sign = (match[2] as string).toLowerCase() === "after" ? -1 : 1;
    const value = new Date(Date.parse(date.value.slice(0, 10)) + sign * count * 86_400_000)
      .toISOString()
      .slice(0, 10);
    derived.push({ ...date, id: `${date.id}-anchor`, value, endValue: null });
  }
  return [...dates, ...derived];
}

/** The events that derived anchor dates name ("after returning" → return on the anchor day). */
export function namedEvents(dates: readonly DateReference[]): { day: string; lemma: string }[] {
  const events: { day: string; lemma: string }[] = [];
  for (const date of dates) {
    if (!date.id.endsWith("-anchor") || !date.value) continue;
    const match = DAYS_AFTER.exec(date.text);
    const [lemma] = match ? contentLemmas(match[3] as string) : [];
    if (lemma) events.push({ day: date.value.slice(0, 10), lemma });
  }
  return events;
}

const DATE_WORD = new RegExp(
  `\\b(?:${WEEKDAYS.join("|")}|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|\\d+(?:st|nd|rd|th)?|morning|afternoon|evening|night|week(?:end)?|month|year|days?|yesterday|today|tomorrow|next|last|previous|late|early|the|on|of|from|to|this|p\\.m|a\\.m)\\b\\.?`,
  "gi",
);

/** The spans of the date words inside a date reference, so the rest of its words stay lexical. */
export function dateWordSpans(body: string, span: Span): Span[] {
  const text = body.slice(span.start, span.end);
  const spans: Span[] = [];
  for (const match of text.matchAll(DATE_WORD)) {
    const start = span.start + (match.index ?? 0);
    spans.push({ articleId: span.articleId, start, end: start + match[0].length });
  }
  return spans;
}
