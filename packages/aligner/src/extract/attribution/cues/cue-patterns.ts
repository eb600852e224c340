// The word patterns the cue reader matches around a speech verb: participles that carry an
// attribution, the words that close reported content, and the verbs a trailing cue may use.
import { PARTICIPLE_PREPOSITIONS } from "../../../../lexicons/function-words.ts";

export const PARTICIPLE =
  /^(?:saying|adding|noting|indicating|insisting|arguing|warning|explaining|stressing|emphasizing|signaling|signalling|calling|telling|claiming)$/;

/** Prepositions that take a participle clause: "before saying", "while insisting". */
export const PARTICIPLE_AFTER: ReadonlySet<string> = new Set([...PARTICIPLE_PREPOSITIONS, "when"]);

export const CONTENT_BOUNDARY =
  /,?\s+(?:and|but)\s+(?:also\s+)?(?:noted|added|said|explained|stressed|emphasized|insisted|argued|warned|indicated)\b|,\s+(?:saying|adding|signaling|signalling|indicating|calling|explaining|noting|warning)\b|;/g;

export const TOLD_OBJECT =
  /^\s+(?:(?:foreign|local|visiting|the) )?(?:reporters|journalists|correspondents|press|lawmakers|parliament|(?:[A-Z][\w.]*)(?: [A-Z][\w.]*){0,2})\b/;

/** A comma and an "-ing" word between a speech verb and "that": a participle clause ("said, referring to"). */
export const PARTICIPLE_CLAUSE = /,\s+(?!during\b)[a-z]+ing\b/;

/** Verbs that may close a sentence of reported content: "…, officials said." */
export const TRAILING_VERBS = new Set(["said", "says", "reported", "reports", "added", "noted"]);

/** Participles that carry an attribution closing a clause on to more of its speaker's words. */
export const CONTINUING_PARTICIPLES = new Set([
  "adding",
  "noting",
  "stressing",
  "insisting",
  "warning",
]);

/** Verbs that may come before their speaker after unquoted content: "…, said Olaf Kessler." */
export const INVERTED_AFTER_CLAUSE = new Set(["said", "says", "added", "noted"]);
