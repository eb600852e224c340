// Attribution layer, a sieve after every other rule sieve: a quotation interrupted by its comma,
// question mark or exclamation mark, then a person's name and a finite verb the reporting-verb
// lexicon does not hold (`“…,” Roe fumed on Tuesday.`, `“…?” Roe pressed.`, `“…,” reacted Roe.`).

import { IRREGULAR_PAST } from "../../../../lexicons/irregular-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { opensNameList } from "../cues/cue-subject.ts";
import { lineEnd, VERBS, wordsFrom } from "../sieve-words.ts";
import { nameAfterEpithet } from "./epithet.ts";
import { markBeforeClose } from "./mark-before-close.ts";
import { newFullNamePerson } from "./new-subject-name.ts";

type Found = { speaker: number; start: number; end: number };

/**
 * A finite verb form of a singular subject (regular past, third person, irregular past) that is
 * no reporting verb: where one of those follows, the trailing-cue sieve has read it, or chose to
 * abstain (`“…,” wrote Pell, Vint and Orrick.`).
 */
function finiteVerb(word: string): boolean {
  if (VERBS.has(word)) return false;
  return IRREGULAR_PAST.has(word) || /^\p{Ll}{3,}(?:ed|[^s]s)$/u.test(word);
}

/** A word of a person's name: capitalised, or a title abbreviation ("Sen.", "Mr."). */
function nameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}.’'-]*$/u.test(word) && !/[’']s$/u.test(word);
}

/**
 * The speaker of a quotation whose closing mark comes straight after its comma, question mark or
 * exclamation mark — the sentence goes on after it, so what follows is the attribution — when the
 * words after it are a name the registry knows as a person and a finite verb, in either order, and
 * nothing else before the sentence's next punctuation but particles and phrases ("shot back with a
 * laugh", "fumed on Tuesday"), and the quotation opens its sentence. The verb is any verb: in this place it is the quotation's own cue
 * (PolNeAR train: "pressed", "fumed", "retaliated", "started", "reacted"). A name the registry does
 * not know, unless it is a person's full name (`newFullNamePerson`), a possessive or a description
 * stays unknown; "he"/"she" (`“…,” she went on.`) is the
 * person the registry resolved it to, when the verb ends the clause.
 */
export function interruptedQuoteCue(
  text: ArticleText,
  quotation: { open: number; close: number },
  registry: EntityRegistry,
): Found | null {
  const { body } = text;
  const { close } = quotation;
  if (!/[,?!]/.test(markBeforeClose(body, close))) return null;
  // The quotation opens its sentence: inside a phrase (`At an event billed as “…,” Roe unveiled`)
  // the name after it is the sentence's subject, not the quotation's speaker.
  const sentence = text.sentenceAt(quotation.open);
  if (sentence === undefined || /\S/.test(body.slice(sentence.span.start, quotation.open)))
    return null;
  const from = close + 1;
  if (body[from] !== " ") return null;
  const words = wordsFrom(body, from, lineEnd(body, from, 120), 8);
  if (words.length < 2) return null;
  // Inverted: the verb, then the name up to the clause's punctuation (`,” reacted Roe.`).
  const first = words[0]!;
  if (finiteVerb(first.text)) {
    let n = 1;
    while (n < words.length && nameWord(words[n]!.text)) n += 1;
    if (n === 1 || !endsClause(body, words[n - 1]!.end)) return null;
    if (opensNameList(body, words[n - 1]!.end)) return null;
    return person(registry, words[1]!.start, words[n - 1]!.end, first.start, words[n - 1]!.end);
  }
  // `,” she went on.`: "he"/"she" and the verb ending the clause (a particle at most) — the person
  // the registry resolved the pronoun to (gender and recency guards), or unknown, never a guess.
  if (/^(?:he|she)$/.test(first.text)) {
    const verb = words[1]!;
    if (!finiteVerb(verb.text) && !shotBack(verb.text, words[2]?.text)) return null;
    if (/[^\s]/.test(body.slice(first.end, verb.start))) return null;
    const after = words[2];
    const end = after !== undefined && PARTICLES.has(after.text) ? after.end : verb.end;
    if (!endsClause(body, end)) return null;
    return person(registry, first.start, first.end, first.start, end);
  }
  // Subject first: an epithet at most ("an angry Roe"), up to four name words (a title
  // abbreviation among them), then the verb.
  const lead = nameAfterEpithet(words);
  let n = lead;
  while (n < words.length && n - lead < 4 && nameWord(words[n]!.text)) n += 1;
  if (n === lead || n >= words.length) return null;
  const verb = words[n]!;
  if (!finiteVerb(verb.text) && !shotBack(verb.text, words[n + 1]?.text)) return null;
  if (/[^\s]/.test(body.slice(words[n - 1]!.end, verb.start))) return null;
  // After "?" or "!" the quotation may end its sentence and the next one tell of something else
  // (`“Why?” Roe took the stage.`): there the verb must end the clause, a particle at most.
  if (markBeforeClose(body, close) !== ",") {
    const after = words[n + 1];
    const end = after !== undefined && PARTICLES.has(after.text) ? after.end : verb.end;
    if (!endsClause(body, end)) return null;
  }
  return person(registry, words[lead]!.start, words[n - 1]!.end, words[0]!.start, verb.end);
}

/**
 * "shot back": a past that is also a noun ("a shot"), so no irregular-verb form, but a verb of
 * retorting with its particle.
 */
function shotBack(word: string, next: string | undefined): boolean {
  return word === "shot" && next === "back";
}

/** Particles of phrasal verbs of speaking: "shot back", "pointed out", "went on". */
const PARTICLES = new Set(["back", "out", "on", "up", "in"]);

/** The name ends its clause: a comma, full stop, semicolon or the line's end comes next. */
function endsClause(body: string, end: number): boolean {
  return /^\s*(?:[.,;]|$)/.test(body.slice(end, end + 2));
}

function person(
  registry: EntityRegistry,
  start: number,
  end: number,
  cueStart: number,
  cueEnd: number,
): Found | null {
  const known = registry.entities.length;
  const speaker = registry.speakerFromPhrase(start, end);
  if (typeof speaker !== "number") return null;
  // A person first met here only when named in full (`“…,” Rikkie Vantell fumed.`).
  if (
    speaker >= known &&
    !newFullNamePerson(registry, speaker, registry.text.body.slice(start, end))
  )
    return null;
  if (registry.kindOf(speaker) !== "person") return null;
  return { speaker, start: cueStart, end: cueEnd };
}
