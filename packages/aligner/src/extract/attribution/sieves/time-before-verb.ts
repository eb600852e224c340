// Attribution layer: a short time phrase or a party label standing between a subject and its verb
// ("Gov. Ada Lund on Friday blamed", "Ivo Vint (R) last week called", "Lund during a Sunday rally
// thanked"): the subject reader steps back over it to the name, as over an adverb.

import { CALENDAR_WORDS, DAY_PARTS, WEEKDAYS } from "../../../../lexicons/calendar-words.ts";

const CALENDAR = [...CALENDAR_WORDS].join("|");
const PARTS = [...DAY_PARTS].join("|");

/**
 * The time phrases read back from a verb: "on Friday", "on Friday night", "late Thursday", "on
 * Oct. 4", "last week", "next month", "earlier this month", "yesterday", "in 2014", "in March".
 * Each ends right before the verb (spaces after it are skipped by the caller) and starts after a
 * space. "yesterday", "today" and "tonight" are the day words of `DAY_PARTS` that stand alone.
 */
const TIME_PHRASE = new RegExp(
  String.raw`\s((?:(?:on|late|early|late on|early on)\s+)?(?:${CALENDAR})\.?(?:\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s+(?:${PARTS}))?` +
    String.raw`|(?:(?:earlier|later)\s+)?(?:last|next|this)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)` +
    String.raw`|(?:yesterday|today|tonight)(?:\s+(?:${PARTS}))?` +
    String.raw`|in\s+(?:(?:19|20)\d\d|${CALENDAR}))$`,
  "u",
);

/** A time phrase that is a bare month or its abbreviation: it may end a name ("Ada May"). */
const BARE_MONTH = new RegExp(`^(?!${WEEKDAYS.join("|")})\\p{Lu}`, "u");

/** One word, a full stop after it or not: "Jun", "May" (not "Oct. 4", "in March"). */
const LONE_WORD = /^\p{L}+\.?$/u;

/** A party-and-state label after a name: "(R)", "(D-N.C.)", "(I-Vt.)", "(R-Wis.)". */
const PARTY_LABEL = /\s(\([RDI](?:-[A-Z][A-Za-z.]{0,5})?\))$/u;

/**
 * Where the subject before a time phrase or party label ends, when one ends at `end` (the words
 * in [sStart, end) before the verb); else `end`. At most two are stepped over ("(R) on Friday").
 */
export function skipTimeBeforeVerb(body: string, sStart: number, end: number): number {
  let at = end;
  for (let k = 0; k < 2; k += 1) {
    const lead = body.slice(Math.max(sStart, at - 40), at);
    const m = TIME_PHRASE.exec(lead) ?? PARTY_LABEL.exec(lead);
    if (m === null) return at;
    // "Ada Jun wrote", "Ada May wrote": a lone month word after a name ends the name (a person
    // "Ada" was read out of "columnist Ada Jun wrote" on PolNeAR TRAIN); a weekday stays a time.
    if (
      BARE_MONTH.test(m[1]!) &&
      LONE_WORD.test(m[1]!) &&
      /\p{Lu}[\p{L}’'-]*\s+$/u.test(lead.slice(0, -m[1]!.length))
    )
      return at;
    at -= m[1]!.length;
    while (at > sStart && /\s/.test(body[at - 1]!)) at -= 1;
  }
  return at;
}

/**
 * Where a speaker phrase ending in time phrases ends without them ("The Harbour Trust last week",
 * "the harbour chief on Monday", "Dunmore Council yesterday" → the body or person before them),
 * else `end`: a time tells when someone spoke, never who. A bare month is kept ("Ada May"); at
 * most two are stepped over ("yesterday afternoon" reads as one), and never the whole phrase.
 */
export function withoutClosingTime(body: string, start: number, end: number): number {
  let at = end;
  for (let k = 0; k < 2; k += 1) {
    const m = TIME_PHRASE.exec(body.slice(Math.max(start, at - 40), at));
    if (m === null || BARE_MONTH.test(m[1]!)) break;
    let cut = at - m[1]!.length;
    while (cut > start && /\s/.test(body[cut - 1]!)) cut -= 1;
    if (cut <= start) break;
    at = cut;
  }
  return at;
}

/**
 * Where a name before a party label ending at `end` ends ("Ivo Vint (R)" → after "Vint"), else
 * `end`: only the label, never a time phrase (a name may end in a month: "Ada May").
 */
export function skipPartyLabel(body: string, sStart: number, end: number): number {
  const m = PARTY_LABEL.exec(body.slice(Math.max(sStart, end - 20), end));
  if (m === null) return end;
  let at = end - m[1]!.length;
  while (at > sStart && /\s/.test(body[at - 1]!)) at -= 1;
  return at;
}
