// Attribution layer, part of the main-clause sieve: a quoted fragment inside the predicate of an
// active verb that is no verb of saying ("Vint referred to the “New Class.”", "Roe thanked Moss
// for “taking these steps.”"). PolNeAR credits the clause's subject with such words; this file
// says when the predicate is one whose subject can voice them.

import {
  AUXILIARY_VERBS,
  DETERMINERS,
  FORMS_OF_BE,
  PREPOSITIONS,
} from "../../../../lexicons/function-words.ts";
import { IRREGULAR_PAST } from "../../../../lexicons/irregular-verbs.ts";
import { LAUNCH_VERB_FORMS, LAUNCHED_NOUNS } from "../../../../lexicons/launch-words.ts";
import { PRONOUNS } from "../../../../lexicons/pronouns.ts";
import { wordPattern } from "../sentence-words.ts";
import { SPEECH_VERBS } from "../sieve-words.ts";

const WORD = wordPattern();

/**
 * Whether the quotation at `open` sits in the active predicate that the main verb at `verbStart`
 * opens, so the clause's subject voices its words. Not when:
 * - a form of "be" joins subject and predicate without an -ing verb after it: a copula describes
 *   the subject in someone else's words ("Haley is an “articulate conservative”") and a passive's
 *   subject is acted on ("Roe was treated for a “rare illness”");
 * - the predicate turns passive before the quotation ("… emails that were upgraded to
 *   “secret”"): someone else labelled them;
 * - a possessive stands right before the mark ("Vint's “pivot”"): the owner's words;
 * - a determiner stands right before a label of at most three words ("the “friend”", "a “spouse’s
 *   pin”"): a scare-quoted noun is as often the writer's irony or someone else's coinage;
 * - a lowercase content word follows the closing mark ("among “somewhat conservative” voters"):
 *   the quotation is a label before its noun;
 * - the quotation is one word ("among “moderates”"): a term more often than a statement.
 */
export function voicedBySubject(
  body: string,
  verbStart: number,
  open: number,
  inner: string,
): boolean {
  const read = verbGroup(body, verbStart, open);
  if (read === null) return false;
  const { words, head } = read;
  const group = words.slice(0, head + 1).map((w) => w.toLowerCase());
  if (group.some((w) => FORMS_OF_BE.has(w)) && !/ing$/.test(group[group.length - 1]!)) return false;
  if (passiveAfter(words, head + 1)) return false;
  const before = body.slice(Math.max(0, open - 4), open);
  if (/\p{L}[’'](?:s\s*)?$|\p{L}[’']s\s*$/u.test(before)) return false;
  // Right after a comma or colon: a quotation of its own, not a phrase of the predicate.
  if (/[,:;]\s*$/.test(before) || /https?:|www\./.test(inner)) return false;
  // ", but …", ", and …", "; …" or a dash: another clause may have a subject of its own.
  if (/,\s+(?:and|but|or|yet|so)\s|[;—–]/u.test(body.slice(verbStart, open))) return false;
  const last = words[words.length - 1]!.toLowerCase();
  // "The Trust rolled out a “Port First” campaign": the launcher names its own campaign.
  if (launchedName(words, head, body, open + 1 + inner.length)) return true;
  const size = (inner.match(/\p{L}[\p{L}’'-]*/gu) ?? []).length;
  if (DETERMINERS.has(last) && /\s$/.test(before) && size <= 3) return false;
  // “somewhat conservative” voters, "is it over?" headlines: a label before its noun.
  if (modifiesNoun(body, open + 1 + inner.length)) return false;
  // One quoted word is a term under discussion more often than words the subject said.
  if (size < 2) return false;
  // "He has directed ''a long reshuffle. And I think staff are tired.''": words going on past a
  // sentence's end are someone's speech about the subject, not a phrase of its predicate.
  if (speechAboutSubject(body, verbStart, open, inner)) return false;
  return true;
}

/**
 * Whether the quotation at `open` is speech about the clause's subject rather than its words: the
 * quoted words go on past a sentence's end, the mark follows the predicate's words straight (no
 * comma or colon introducing a quotation of its own, "… in Ohio: “…”"), and no reporting verb
 * stands between the subject's verb at `from` and the mark ("shared the news, writing “…”").
 */
export function speechAboutSubject(
  body: string,
  from: number,
  open: number,
  inner: string,
): boolean {
  if (!holdsSentenceEnd(inner) || /[,:;]\s*$/.test(body.slice(Math.max(0, open - 3), open)))
    return false;
  const words = body.slice(from, open).match(/\p{L}+/gu) ?? [];
  return !words.slice(1).some((w) => SPEECH_VERBS.has(w));
}

/**
 * Whether quoted words hold a sentence's end and a new sentence: a lowercase word, a full stop,
 * question or exclamation mark, then a capital ("years. And"). An abbreviation ("Mr. Vint",
 * "U.S. Navy") is capitalised or dotted within, so it ends no sentence here.
 */
function holdsSentenceEnd(inner: string): boolean {
  return /(?<![\p{L}.])\p{Ll}{2,}[.!?]\s+\p{Lu}/u.test(inner);
}

/**
 * Whether the head verb is one of launching and the quotation names what it launches: a launched
 * noun right after the closing mark ("unveiled a “Port First” campaign").
 */
function launchedName(
  words: readonly string[],
  head: number,
  body: string,
  close: number,
): boolean {
  if (!LAUNCH_VERB_FORMS.has(words[head]!.toLowerCase())) return false;
  const next = /^ +(\p{Ll}+)/u.exec(body.slice(close + 1, close + 30));
  return next !== null && LAUNCHED_NOUNS.has(next[1]!);
}

/**
 * Whether the quotation closing at `close` names the campaign or advertisement the verb at
 * `verbStart` launches: "The Harbour Trust rolled out a “Port First” campaign".
 */
export function namesLaunchedThing(
  body: string,
  verbStart: number,
  open: number,
  close: number,
): boolean {
  const read = verbGroup(body, verbStart, open);
  return read !== null && launchedName(read.words, read.head, body, close);
}

/**
 * The words from the verb at `verbStart` to the mark at `open`, and the index of the head verb
 * past the auxiliaries and adverbs of its group; null when no word stands between.
 */
function verbGroup(
  body: string,
  verbStart: number,
  open: number,
): { words: string[]; head: number } | null {
  const words: string[] = [];
  WORD.lastIndex = verbStart;
  for (let m = WORD.exec(body); m !== null && m.index < open; m = WORD.exec(body)) words.push(m[0]);
  if (words.length === 0) return null;
  let head = 0;
  while (head < words.length - 1 && FORMS_OF_BE_OR_AUX.has(words[head]!.toLowerCase())) head += 1;
  return { words, head };
}

/** Forms of "be", "have", modals and adverbs that may stand before a head verb. */
const FORMS_OF_BE_OR_AUX: ReadonlySet<string> = new Set([
  ...FORMS_OF_BE,
  ..."am has have had do does did will would shall should can could may might must not also never".split(
    " ",
  ),
]);

/** Adverbs inside a verb group: "were later labelled", "was quickly dropped". */
const IN_VERB_GROUP = /^(?:\p{Ll}+ly|later|also|not|never|then|since|now|once|still)$/u;

/** "was upgraded", "been labelled", "were given": a passive group later in the predicate. */
function passiveAfter(words: readonly string[], from: number): boolean {
  for (let i = from; i + 1 < words.length; i += 1) {
    const w = words[i]!.toLowerCase();
    if (!FORMS_OF_BE.has(w)) continue;
    let j = i + 1;
    while (j + 1 < words.length && IN_VERB_GROUP.test(words[j]!)) j += 1;
    const next = words[j]!.toLowerCase();
    if (/^\p{Ll}{2,}ed$/u.test(next) || IRREGULAR_PAST.has(next)) return true;
  }
  return false;
}

/** Words that may follow a quoted phrase of the predicate: function words, not a noun it labels. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...AUXILIARY_VERBS,
  ...PRONOUNS,
  ..."and or but nor to so yet".split(" "),
]);

/**
 * A lowercase word other than a function word right after the closing mark at `close`; never
 * after a quotation closed on a comma (`Lund backs “modest raises,” opposes …`): a label before
 * its noun carries no punctuation of its own.
 */
function modifiesNoun(body: string, close: number): boolean {
  if (body.charCodeAt(close - 1) === 44) return false;
  const next = /^ +(\p{Ll}[\p{L}-]*)/u.exec(body.slice(close + 1, close + 40));
  return next !== null && !FUNCTION_WORDS.has(next[1]!);
}
