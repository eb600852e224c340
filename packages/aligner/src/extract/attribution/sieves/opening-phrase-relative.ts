// Attribution layer, part of the main-clause sieve: an opening phrase that holds a relative
// clause ("Filling in for Roe at the hall where Vint spoke Sunday, Lund landed a dig at “…”").
// The main-clause sieve takes the sentence's first finite verb for the main clause's; here that
// verb is the relative clause's ("spoke"), so the main clause is read after the comma closing the
// opening, as after an opening subordinate clause ("As the race turned south, Lund …").
import { isOpeningAdverbial } from "../cues/opening-adverbial.ts";

/** The phrase before the first relative word of `opening`: "At the hall" in "At the hall where". */
const BEFORE_RELATIVE = /^\s*(.*?)\s+(?:where|when|who|whom|which)\s/u;

/**
 * Whether `opening` (the words before the first finite verb) is an opening adverbial phrase — a
 * preposition, an -ing or -ly word or an opening adverb first (`isOpeningAdverbial`: "At the
 * hall", "Filling in for Roe at the event") — followed by a relative clause: "where", "when",
 * "who", "whom" or "which" ("where Vint spoke"). Not "that", which as often opens a content clause
 * of the main verb.
 */
export function openingPhraseRelative(opening: string): boolean {
  const phrase = BEFORE_RELATIVE.exec(opening)?.[1];
  return phrase !== undefined && phrase !== "" && isOpeningAdverbial(phrase);
}
