import {
  DETERMINERS,
  PREPOSITIONS,
  SINGULAR_QUANTIFIERS,
  SUBJECT_PRONOUNS,
} from "../../../../lexicons/function-words.ts";
import { PAST_AND_PARTICIPLE } from "../../../../lexicons/irregular-verbs.ts";
import { singularVerbForm } from "../../entities/descriptions/determiner-subject.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { tagsAt } from "../../tagged-words.ts";
import { invertedNameEnd, phraseAfter, plausibleSubject, resolve } from "../cues/cue-phrase.ts";
import { opensNameList } from "../cues/cue-subject.ts";
import { nameAfterDescription } from "../cues/name-after-description.ts";
import { ADVERBS, lineEnd, VERBS, type Word, wordsFrom } from "../sieve-words.ts";
import { personAfterEpithet } from "./epithet.ts";
import { contentAfterVerb } from "./inverted-content.ts";
import { closesSentence, opensNextReport } from "./next-sentence-report.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/**
 * `“Why now?” Roe writes back, “You look tired.”`: after a quotation that ends its sentence, a cue
 * that a colon or another quotation follows introduces that next quotation, not this one (the
 * cue reader's rule for a quotation alone in its sentence). A quote split by its cue (`“We
 * wait,” Roe said, “and see.”`) closes on a comma and keeps its cue.
 */
function introducesNext(body: string, close: number, verbEnd: number): boolean {
  if (!closesSentence(body, close)) return false;
  return /^(?:\s+(?:back|again|later|then))?\s*(?::|,?\s*(?:[“"]|''))/.test(
    body.slice(verbEnd, verbEnd + 12),
  );
}

/** The forms of "be" before an -ing verb that make a finite cue of it (`“…,” Roe was saying`). */
const PROGRESSIVE = new Set(["is", "was", "are", "were", "been", "be"]);

/**
 * `,” a harbour report filed Monday said`: a bare form ("report", "note") after a subject opened by
 * a singular determiner cannot be its verb — a singular subject takes "reports" or "reported" —
 * so it is a noun heading the subject, when a reporting verb a singular subject takes follows
 * ("said"); so too after any subject when a participle follows it ("the harbour report filed
 * Monday said"). Without a later verb ("a few residents say") the bare form stays the verb.
 */
function nounAfterSingularDeterminer(words: readonly Word[], i: number): boolean {
  if (singularVerbForm(words[i]!.text)) return false;
  const first = words[0]!.text.toLowerCase();
  const singular =
    first === "a" || first === "an" || first === "every" || SINGULAR_QUANTIFIERS.has(first);
  // "the harbour report filed Monday said": a participle after the bare form modifies it.
  const next = words[i + 1]?.text ?? "";
  const participle =
    !VERBS.has(next) && (/^\p{Ll}+ed$/u.test(next) || PAST_AND_PARTICIPLE.has(next));
  if (!singular && !participle) return false;
  // Without a participle the verb must follow at once: in `,” a charge she denies` the later verb
  // has a subject of its own, so "a charge" is no subject of it.
  if (!participle) return VERBS.has(next) && singularVerbForm(next);
  const later = words.slice(i + 1, 8);
  const verbAt = later.findIndex((w) => VERBS.has(w.text) && singularVerbForm(w.text));
  return (
    verbAt > 0 && !later.slice(0, verbAt).some((w) => SUBJECT_PRONOUNS.has(w.text.toLowerCase()))
  );
}

/**
 * `The mayor’s “not one berth” pledge held firm`: a quotation that runs into the next word with no
 * comma or stop inside its marks modifies that word, and a noun there (as wink reads it in the
 * sentence) is no inverted verb of saying, so the words after it are no speaker. `“…” said Roe`
 * keeps its cue: wink reads that word as a verb.
 */
function nounAfterQuotation(
  body: string,
  close: number,
  first: Word,
  registry: EntityRegistry,
): boolean {
  if (/[,.!?;:—–-]/.test(body[close - 1] ?? "")) return false;
  const sentence = registry.text.sentenceAt(first.start);
  if (sentence === undefined) return false;
  const { start, end } = sentence.span;
  return tagsAt(body, start, end, first.start)?.tag === "NOUN";
}

/**
 * `,” wrote a man calling himself Ivo. Another user, Ned Lund, wrote …`: the cue's words end with
 * the sentence that holds them, before its closing stop, even when the last word is short enough
 * to pass for an abbreviation ("Ivo.", "Vint."), so the next sentence's person never speaks here.
 */
function sentenceStop(registry: EntityRegistry, at: number, limit: number): number {
  const end = registry.text.sentenceAt(at)?.span.end;
  // A sentence ending where its line does ends before its stop too: `,” said columnist Ada
  // Jan.` closing a paragraph is Ada Jan, never "columnist Ada Jan." read as a description.
  if (end === undefined || end <= at || end > limit) return limit;
  let stop = end;
  while (stop > at && /[.!?”’"')\]\s]/.test(registry.text.body[stop - 1]!)) stop -= 1;
  return stop;
}

/** `,” Roe wrote` / `,” wrote Roe` / `,” he added`: the cue right after the closing mark. */
export function trailingCue(
  body: string,
  close: number,
  registry: EntityRegistry,
): SieveFinding | null {
  let at = close + 1;
  while (body.charCodeAt(at) === 32 || body.charCodeAt(at) === 44) at += 1;
  if (at === close + 1 && body.charCodeAt(at) !== 32) {
    // `”Roe said` without a space is a typo we read as well; letters glued to the mark are not.
  }
  const limit = sentenceStop(registry, at, lineEnd(body, at, 160));
  const words = wordsFrom(body, at, limit, 10);
  if (words.length === 0) return null;
  const appositive = appositiveCue(body, words, registry);
  if (appositive !== null) return opensNextReport(body, close, appositive.end) ? null : appositive;
  const first = words[0]!;
  if (VERBS.has(first.text)) {
    // `,” saying the city was …`: a participle is never inverted — what follows is its content.
    if (first.text.endsWith("ing")) return null;
    if (nounAfterQuotation(body, close, first, registry)) return null;
    // Inverted: the phrase after the verb, up to its punctuation ("said Rep. Roe (D-N.C.)").
    const whole = phraseAfter(body, first.end, limit);
    if (whole === null || contentAfterVerb(body.slice(first.end, whole.end))) return null;
    // `,” said Lund after meeting Vint.`: the person named before the clause that follows it.
    const phrase = { ...whole, end: invertedNameEnd(body, whole.start, whole.end, registry) };
    // `,” said the nominee, Ivo Vint.`: the name after the description speaks.
    const named = nameAfterDescription(body, phrase.start, phrase.end, registry);
    if (named !== null) return { speaker: named, start: first.start, end: phrase.end };
    if (opensNameList(body, phrase.end)) return null;
    const speaker = resolve(body, phrase.start, phrase.end, registry);
    return speaker === null ? null : { speaker, start: first.start, end: phrase.end };
  }
  // Subject first: at most seven words (nine for a name after its post), adverbs, the verb.
  for (let i = 1; i < words.length && i <= LONG_SUBJECT_WORDS; i += 1) {
    const w = words[i]!;
    if (!VERBS.has(w.text)) {
      if (ADVERBS.has(w.text)) continue;
      continue;
    }
    if (nounAfterSingularDeterminer(words, i)) continue;
    let subjectEnd = i;
    while (subjectEnd > 0 && ADVERBS.has(words[subjectEnd - 1]!.text)) subjectEnd -= 1;
    if (subjectEnd === 0) return null;
    // `” Vint had answering questions`: an -ing form after no "is"/"was" is no finite cue.
    if (w.text.endsWith("ing") && !PROGRESSIVE.has(words[subjectEnd - 1]!.text)) return null;
    const start = words[0]!.start;
    const end = words[subjectEnd - 1]!.end;
    if (i > 7 && !nameAfterPost(words.slice(0, subjectEnd), end, registry)) return null;
    // No punctuation inside the subject but the dots of abbreviations.
    if (/[,;:!?“”"()—–]/.test(body.slice(start, end))) return null;
    // "“…,” an angry Roe said.": the person after the epithet speaks.
    const described = personAfterEpithet(registry, words, subjectEnd);
    const nextReport = introducesNext(body, close, w.end) || opensNextReport(body, close, w.end);
    if (described !== null && !nextReport) return { speaker: described, start, end: w.end };
    if (!plausibleSubject(body.slice(start, end))) return null;
    if (nextReport) return null;
    const speaker = resolve(body, start, end, registry);
    return speaker === null ? null : { speaker, start, end: w.end };
  }
  return null;
}

/** The most words a subject may have: a name after a long post. */
const LONG_SUBJECT_WORDS = 9;

/**
 * Whether a subject longer than seven words is a person's name after the post written before it
 * (`,” Harbour Board senior trial counsel Ada Lewis Lund wrote`): a person the registry knows ends
 * it, it opens on a capital, and no determiner, preposition or verb form among its words makes it
 * a clause or a phrase holding the name as an object (`a report filed after talks with Ada Lund`).
 */
function nameAfterPost(subject: readonly Word[], end: number, registry: EntityRegistry): boolean {
  if (!/^\p{Lu}/u.test(subject[0]!.text) || registry.personEndingAt(end) === null) return false;
  return subject.every(
    (w) =>
      /^\p{Lu}/u.test(w.text) ||
      (!DETERMINERS.has(w.text) && !PREPOSITIONS.has(w.text) && !/(?:ed|ing)$/.test(w.text)),
  );
}

/**
 * `,” Dora Pell, a small-business owner, said` / `,” Pell, 35, the head of X, tweeted`: a name of
 * capitalised words, an appositive set off by commas (opening with a lowercase word or a number,
 * so a list of names is none), then the reporting verb. The name speaks.
 */
function appositiveCue(
  body: string,
  words: readonly Word[],
  registry: EntityRegistry,
): SieveFinding | null {
  const last = words[words.length - 1]!;
  if (body[last.end] !== "," || words.length > 5) return null;
  if (!words.every((w) => /^\p{Lu}/u.test(w.text))) return describedName(body, last.end, registry);
  const opening = wordsFrom(body, last.end + 1, last.end + 40, 1)[0];
  if (opening === undefined || !/^[\p{Ll}\p{N}]/u.test(opening.text)) return null;
  let comma = last.end;
  for (let k = 0; k < 4; k += 1) {
    const next = body.indexOf(",", comma + 1);
    if (next < 0 || next - last.end > 200) return null;
    if (/[“”"\n;:!?]/.test(body.slice(comma + 1, next))) return null;
    const after = wordsFrom(body, next + 1, lineEnd(body, next + 1, 80), 4);
    let v = 0;
    while (v < after.length && ADVERBS.has(after[v]!.text)) v += 1;
    const verb = after[v];
    if (verb !== undefined && VERBS.has(verb.text.toLowerCase())) {
      const start = words[0]!.start;
      if (!plausibleSubject(body.slice(start, last.end))) return null;
      const speaker = resolve(body, start, last.end, registry);
      return speaker === null ? null : { speaker, start, end: verb.end };
    }
    comma = next;
  }
  return null;
}

/** `,” his partner, Ed Moss, said`: a description, then the name between commas, then the verb. */
function describedName(body: string, comma: number, registry: EntityRegistry): SieveFinding | null {
  const name = wordsFrom(body, comma + 1, comma + 60, 5);
  const last = name[name.length - 1];
  if (last === undefined || body[last.end] !== ",") return null;
  if (!name.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text)) || name.length < 2) return null;
  const after = wordsFrom(body, last.end + 1, lineEnd(body, last.end + 1, 80), 3);
  let v = 0;
  while (v < after.length && ADVERBS.has(after[v]!.text)) v += 1;
  const verb = after[v];
  if (verb === undefined || !VERBS.has(verb.text)) return null;
  const speaker = resolve(body, name[0]!.start, last.end, registry);
  return speaker === null ? null : { speaker, start: name[0]!.start, end: verb.end };
}
