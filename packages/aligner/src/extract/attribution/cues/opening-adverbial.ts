// Attribution layer: whether the words before a sentence's first comma are an adverbial that
// opens the sentence ahead of its subject ("On Monday,", "Back in May,", "Two days later,"), so
// the name after the comma is the subject of the main clause.
import { CALENDAR_WORDS } from "../../../../lexicons/calendar-words.ts";
import { OPENING_ADVERBS } from "../../../../lexicons/clause-starters.ts";
import { PREPOSITIONS } from "../../../../lexicons/function-words.ts";

/** Subordinators open a clause with its own subject and verb ("When Roe spoke, …"). */
const SUBORDINATORS = new Set([
  "when",
  "while",
  "as",
  "since",
  "until",
  "that",
  "which",
  "who",
  "whom",
  "whose",
]);

/** Nouns of time that close a time adverbial: "Last week,", "Late that night,". */
const TIME_NOUN_END =
  /\b(?:later|earlier|ago|afterwards?|week|weekend|month|year|night|morning|afternoon|evening|\d{4})\s*$/u;

/**
 * Whether `opening` (the words before the comma, without it) is one opening adverbial: led by a
 * preposition (not a subordinator), an -ing or -ly word or an opening adverb, or closed by a word
 * of time in at most five words ("Less than an hour later", "Two days ago", "Last Tuesday") — and no other comma,
 * quotation or colon inside.
 */
export function isOpeningAdverbial(opening: string): boolean {
  // "In one memo, however,": a sentence adverb set off after the adverbial is no part of it.
  const words = opening
    .replace(/^\s*(?:But|And|So|Yet|Still|Then)\s+/u, "")
    .replace(/,\s*(?:however|though|meanwhile|too|instead|moreover|in turn|in fact)\s*$/u, "");
  if (words.includes(",") || /[;:“”"]/.test(words)) return false;
  const first = /^\s*(\p{L}+)/u.exec(words)?.[1] ?? "";
  const lower = first.toLowerCase();
  const last = /(\p{L}+)\s*$/u.exec(words)?.[1] ?? "";
  const count = words.trim().split(/\s+/).length;
  return (
    (PREPOSITIONS.has(lower) && !SUBORDINATORS.has(lower)) ||
    OPENING_ADVERBS.has(first) ||
    /^\p{L}\p{Ll}+(?:ing|ly)$/u.test(first) ||
    // A short phrase only: "Roe announced his run last week," is a clause, not an adverbial.
    (count <= 5 && TIME_NOUN_END.test(words)) ||
    (count <= 3 && CALENDAR_WORDS.has(last))
  );
}

/**
 * Subordinators that open a clause before the main one: "When the vote came up, Roe …", also
 * after an adverb of time ("Soon after she spoke, Roe …", "But almost immediately after she did,"),
 * and "Ever since" ("Ever since she endorsed Vint, Lund has …").
 */
const OPENING_SUBORDINATOR =
  /^(?:Even\s+(?:before|after|as|when|while|though|if|since)|Ever\s+since|When|Whenever|While|As|After|Before|Since|Although|Though|Because|Once|Until|If|Unless)\s|^(?:[Aa]lmost\s+)?(?:[Ss]oon|[Ss]hortly|[Ii]mmediately|[Jj]ust|[Rr]ight|[Ll]ong)\s+(?:before|after|as|when|once|since)\s/u;

/** Words that open an aside inside the opening: an appositive or a relative clause. */
const ASIDE_START = /^(?:\p{Ll}|\p{N})/u;

/**
 * Whether `lead` (the words before the comma or dash that the subject follows, without it) is a
 * chain of openings before the main clause: an opening adverbial or a subordinate clause first
 * ("In his 2004 speech", "When the subject comes up on the trail", "Even before the vote"), then
 * only adverbials and asides that open lowercase — an appositive or a relative clause ("a tribute
 * to Roe", "where he first ran", "with sleeves rolled") — so the name after it opens the main
 * clause: `In his harbour speech, a tribute to Roe, the nominee, Vint decried the “…”`. No
 * quotation inside, at most five parts; a part opening with a capital after the first (a name:
 * "On Monday, Roe, Vint said") breaks the chain.
 */
export function isOpeningChain(lead: string): boolean {
  if (/[;:“”"()]/.test(lead) || lead.length > 300) return false;
  const parts = lead
    .replace(/^\s*(?:But|And|So|Yet|Still|Then)\s+/u, "")
    .split(/\s*,\s*|\s+[-—–]{1,2}\s+|\s*[—–]\s*/u)
    .filter((p) => p.trim() !== "");
  if (parts.length === 0 || parts.length > 5) return false;
  const first = parts[0]!.trim();
  if (!isOpeningAdverbial(first) && !OPENING_SUBORDINATOR.test(first)) return false;
  return parts.slice(1).every((p) => ASIDE_START.test(p.trim()) || isOpeningAdverbial(p));
}
