// Attribution layer: a short time phrase or a party label standing between a subject and its verb
// ("Gov. Ada Lund on Friday blamed", "Ivo Vint (R) last week called", "Lund during a Sunday rally
// thanked"): the subject reader steps back over it to the name, as over an adverb.

import { CALENDAR_WORDS, DAY_PARTS } from "../../../lexicons/calendar-words.ts";

const CALENDAR = [...CALENDAR_WORDS].join("|");
const PARTS = [...DAY_PARTS].join("|");

/**
 * The time phrases read back from a verb: "on Friday", "on Friday night", "late Thursday", "on
 * Oct. 4", "last week", "earlier this month", "in 2014". Each ends right before the verb (spaces
 * after it are skipped by the caller) and starts after a space.
 */
const TIME_PHRASE = new RegExp(
  String.raw`\s((?:(?:on|late|early|late on|early on)\s+)?(?:${CALENDAR})\.?(?:\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s+(?:${PARTS}))?` +
    String.raw`|(?:(?:earlier|later)\s+)?(?:last|this)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)` +
    String.raw`|in\s+(?:19|20)\d\d)$`,
  "u",
);

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
    at -= m[1]!.length;
    while (at > sStart && /\s/.test(body[at - 1]!)) at -= 1;
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
