// Attribution layer, after the in-clause cue: a quoted phrase inside a clause that a reporting cue
// closes after a comma ("The levy's “excesses” are sickening, Ivo Vint said Tuesday.", "The port
// pays “dozens” of pilots, according to Ada Lund.") is the words of that cue's speaker.

import { CALENDAR_WORDS } from "../../../../lexicons/calendar-words.ts";
import { DETERMINERS } from "../../../../lexicons/function-words.ts";
import { PERSON_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { RANK_WORDS, TITLE_HEADS, TITLE_WORDS } from "../../../../lexicons/title-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { outletSpeaker, trailingAccording } from "../cues/trailing-attribution.ts";
import { wordPattern } from "../sentence-words.ts";
import { VERBS } from "../sieve-words.ts";
import { isRunOn } from "../text-scan.ts";
import { describedNameThenVerb } from "./described-cue-subject.ts";
import type { SieveFinding } from "./sieve-finding.ts";
import { trailingCue } from "./trailing-cue.ts";

const WORD = wordPattern();

/** Words that may open what follows a closing cue before the next comma or the sentence's end. */
const AFTER_CUE = new Set(
  "on in at during to after before from with via while last this late early earlier later".split(
    " ",
  ),
);

/**
 * The speaker of a quotation whose sentence has no reporting verb before it and whose clause a
 * cue closes: after a comma past the quotation (no reporting verb, quotation, semicolon, colon or
 * dash between), `Vint said` / `said Vint` read as a trailing cue (`trailingCue`) and followed only
 * by an adverbial before the next comma or the sentence's end (`said Tuesday in Harbour City`,
 * never `said the …`: a cue with content of its own), or the sentence's closing `according to X`.
 */
export function clauseClosingCue(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const sentence = text.sentenceAt(quotation.open);
  if (sentence === undefined || isRunOn(sentence.span)) return null;
  const { start: sStart, end: sEnd } = sentence.span;
  if (hasReportingVerb(body, sStart, quotation.open)) return null;
  if (namesSomething(body, quotation)) return null;
  const according = trailingAccording(body, sStart, sEnd);
  // A bracketed "(…, according to X)" speaks only for the quotations inside its brackets.
  const inAside = according?.contentStart == null || quotation.open >= according.contentStart;
  if (according !== null && according.cueStart > quotation.close && inAside) {
    if (/[;:—–“”"]/.test(body.slice(quotation.close + 1, according.cueStart))) return null;
    if (hasReportingVerb(body, quotation.close + 1, according.cueStart)) return null;
    const speaker = outletSpeaker(registry, body, according.nameStart, according.nameEnd);
    if (typeof speaker !== "number" || registry.kindOf(speaker) === "place") return null;
    return { speaker, start: according.cueStart, end: according.nameEnd };
  }
  // `“…,” a source said`: a quotation that closes its own clause is the trailing cue's to read.
  if (/,/.test(body.slice(quotation.close - 1, quotation.close + 2))) return null;
  const comma = body.indexOf(",", quotation.close + 1);
  if (comma < 0 || comma >= sEnd) return null;
  const between = body.slice(quotation.close + 1, comma);
  if (/[;:—–“”"]/.test(between) || hasReportingVerb(body, quotation.close + 1, comma)) return null;
  const found = trailingCue(body, comma, registry);
  if (found === null || typeof found.speaker !== "number") return null;
  if (registry.kindOf(found.speaker) === "place") return null;
  // A name and its verb, or a description, then a person's full name and the verb.
  if (
    !nameThenVerb(body, found) &&
    !(registry.kindOf(found.speaker) === "person" && describedNameThenVerb(body, found))
  )
    return null;
  return closesTheClause(body, found.end, sEnd) ? found : null;
}

/**
 * `the “Night Tide” show`: a quotation in capitals before a lowercase word is the name of what
 * that word names (a show, a book, a ship), not words anyone said.
 */
function namesSomething(body: string, quotation: Quotation): boolean {
  const inner = body.slice(quotation.open + 1, quotation.close);
  const words = inner.match(/\p{L}{4,}/gu) ?? [];
  if (words.length === 0 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  return /^\s+\p{Ll}/u.test(body.slice(quotation.close + 1, quotation.close + 4));
}

/** Whether a finite reporting verb (not an -ing form) stands in body[from, to). */
export function hasReportingVerb(body: string, from: number, to: number): boolean {
  WORD.lastIndex = from;
  for (let m = WORD.exec(body); m !== null && m.index < to; m = WORD.exec(body)) {
    const word = m[0].toLowerCase();
    if (VERBS.has(word) && !word.endsWith("ing")) return true;
  }
  return false;
}

/**
 * Whether the cue is a name (its title words allowed) and the verb, or a verb of saying and the
 * name (`said Vint`; never `told Harbour Radio`, whose name is the listener).
 */
export function nameThenVerb(body: string, found: SieveFinding): boolean {
  const words = body.slice(found.start, found.end).match(/[^\s]+/gu) ?? [];
  if (words.length === 0) return false;
  if (VERBS.has(words[0]!)) return words[0] !== "told" && words[0] !== "tells";
  return words.slice(0, -1).every(isNameWord);
}

/** A word of a name, a title before it, a determiner or he/she. */
function isNameWord(word: string): boolean {
  if (/^\p{Lu}/u.test(word)) return true;
  const lower = word.toLowerCase();
  return (
    lower === "he" ||
    lower === "she" ||
    DETERMINERS.has(lower) ||
    TITLE_HEADS.has(lower) ||
    TITLE_WORDS.has(lower) ||
    RANK_WORDS.has(lower) ||
    PERSON_NOUNS.has(lower)
  );
}

/**
 * Whether only an adverbial follows the cue ending at `end` up to the next comma or the sentence's
 * end: nothing, a day or month, or a phrase opening with a preposition of time or place.
 */
export function closesTheClause(body: string, end: number, sEnd: number): boolean {
  const comma = body.indexOf(",", end);
  const rest = body.slice(end, comma >= 0 && comma < sEnd ? comma : sEnd);
  // `…, he said, “…”`: a cue that a quotation or a colon follows introduces that quotation.
  if (/^\s*[,:]?\s*[“"]/.test(body.slice(end, end + 6)) || /^\s*:/.test(rest)) return false;
  const first = /^\s*([\p{L}\p{N}]+)/u.exec(rest)?.[1];
  if (first === undefined) return true;
  if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length > 10 || /[“”"]/.test(rest)) return false;
  return AFTER_CUE.has(first) || CALENDAR_WORDS.has(first);
}
