// Entity layer: a name used as a modifier inside a description of someone — "a Lund supporter
// who runs an account", "a senior Vint adviser", "the Orrin senator" — names the one described,
// someone unnamed (or the person so described earlier), never the person or place the name is.
import { PERSON_NOUNS, SPEAKS_FOR_SOMEONE } from "../../../../lexicons/person-nouns.ts";
import { TITLE_HEADS } from "../../../../lexicons/title-words.ts";
import type { MentionRecord } from "../entity-records.ts";

/**
 * Before the name: a determiner, at most two lowercase words or a year after it ("a senior", "the
 * former", "a 2008").
 */
const DETERMINER_LEAD =
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:[a-z-]+|\d{4})\s+){0,2}$/;

/** After the name: words up to the phrase's end, the last a lowercase noun ("Republican strategist"). */
const WORDS_TO_NOUN = /^(?:\s+[\p{L}-]+)*?\s+([a-z-]+)(?:\s+who\b.*)?$/su;

/** Nouns a description of someone ends on. */
const PERSON_HEADS: ReadonlySet<string> = new Set([
  ...PERSON_NOUNS,
  ...SPEAKS_FOR_SOMEONE,
  ...TITLE_HEADS,
]);

/**
 * Whether the mention `m` inside the speaker phrase [phraseStart, phraseEnd) only modifies the
 * person noun the phrase ends on, after a determiner ("a Lund supporter", "the Orrin senator"),
 * so the phrase describes someone else.
 */
export function nameModifiesPersonNoun(
  body: string,
  m: MentionRecord,
  phraseStart: number,
  phraseEnd: number,
): boolean {
  if (m.form !== "name" && m.form !== "surname") return false;
  if (m.possessive || m.start < phraseStart) return false;
  if (!DETERMINER_LEAD.test(body.slice(phraseStart, m.start))) return false;
  const noun = WORDS_TO_NOUN.exec(body.slice(m.end, phraseEnd));
  if (noun === null) return false;
  // "the Orrin senators", "the Vint founders": a title's plural.
  return PERSON_HEADS.has(noun[1]!) || TITLE_HEADS.has(noun[1]!.replace(/s$/, ""));
}

/** "a " or "an " (any case) right before a name, the article a word of its own. */
const INDEFINITE_BEFORE = /(?:^|[\s(“"‘'])[Aa]n? $/u;

/**
 * Whether the one-word name at body offset `start` follows "a" or "an": an adjective or modifier
 * formed from a name or nation ("in a Vintian post", "A Harbourlander warning"), never a person
 * ("a Lund" is at most one of the Lunds, unnamed).
 */
export function nameAfterIndefiniteArticle(body: string, start: number): boolean {
  return INDEFINITE_BEFORE.test(body.slice(Math.max(0, start - 4), start));
}
