// Attribution layer, a sieve after the main-clause subject: a quotation inside a relative clause
// whose own subject names the speaker — the antecedent of "who", or the subject after "what",
// "which", "whom" or "that" — where the main clause around it says nothing of who spoke.

import {
  FINITE_AUXILIARY_VERBS,
  SHORT_ADVERBIAL_WORDS,
} from "../../../../lexicons/function-words.ts";
import { IRREGULAR_PAST } from "../../../../lexicons/irregular-verbs.ts";
import { PERSON_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { TITLE_HEADS } from "../../../../lexicons/title-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { QUOTATION_MARK_OR_APOSTROPHES, type Quotation } from "../../quotation-marks.ts";
import { quotationLead } from "../quotation-lead.ts";
import { wordPattern } from "../sentence-words.ts";
import { ADVERBS, SPEECH_VERBS, VERBS } from "../sieve-words.ts";
import { hasFullNameForm, newFullNamePerson } from "./new-subject-name.ts";
import { objectRelativePredicate } from "./object-relative-predicate.ts";
import { isTitle } from "./quoted-title.ts";
import { voicedBySubject } from "./scare-quote.ts";
import type { SieveFinding } from "./sieve-finding.ts";

const WORD = wordPattern();

/** A finite past or third-person verb form ("pressed", "backs"); not "is"/"has" (auxiliaries). */
const FINITE_FORM = /^\p{Ll}[\p{Ll}-]+(?:ed|[^s]s)$/u;

/**
 * `Ada Lund, who has long described the plan as “a dead letter,” …` / `…, in the words of Ed
 * Moss who tweeted, “…”` → the person before "who"; `the port, which Lund on Monday called “a
 * disgrace”` / `what Lund, for one, described as “a trap”` → the subject of the relative clause.
 * Only a person (or, after "what"/"which", an organisation) the registry already knows; abstains
 * when the sentence holds an earlier quotation or the words before the mark bring another
 * reporting verb.
 */
export function relativeClauseSpeaker(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const sentence = quotationLead(text, quotation.open, 400, QUOTATION_MARK_OR_APOSTROPHES);
  if (sentence === null) return null;
  const sStart = sentence.start;
  const open = quotation.open;
  const inner = body.slice(quotation.open + 1, quotation.close);
  return (
    objectRelative(body, registry, sStart, open) ??
    subjectRelative(body, registry, sStart, open, inner) ??
    // "both of which Lund praised on Tuesday “for …”": any verb whose predicate holds the mark.
    objectRelativePredicate(body, sStart, open, inner, (start, end) =>
      knownSpeaker(body, registry, start, end),
    )
  );
}

/**
 * `what Lund called “…”` / `which Lund, for one, described as “…”` / `the mayor, who Lund on
 * Monday called “…”` (an object "who", added when PolNeAR TRAIN left one unknown): a relative
 * pronoun, a named subject and a verb of naming right before the mark ("it", "him", "as", "a" may
 * come between).
 */
function objectRelative(
  body: string,
  registry: EntityRegistry,
  sStart: number,
  open: number,
): SieveFinding | null {
  const m = OBJECT_RELATIVE.exec(body.slice(sStart, open));
  if (m === null) return null;
  const subjectStart = sStart + m.index + m[0].indexOf(m[1]!, m[0].indexOf(" "));
  const name = nameInSubject(m[1]!);
  if (name === null) return null;
  const speaker = knownSpeaker(body, registry, subjectStart + name.start, subjectStart + name.end);
  if (speaker === null) return null;
  return { speaker, start: subjectStart + name.start, end: open };
}

/**
 * Where the name lies in the subject of an object relative clause: the whole subject (`Lund`,
 * `the Harbour Board`), before an aside (`Lund, for one,`), after a description set off as an
 * appositive (`the party's last nominee, Ada Lund,`) or after capitalised words and one person
 * noun or title word modifying it (`Harbour College historian Ada Lund`). Null when the words
 * before the name are anything else.
 */
function nameInSubject(subject: string): { start: number; end: number } | null {
  let end = subject.length;
  const aside = /,\s*for one,?$/u.exec(subject);
  if (aside !== null) end = aside.index;
  const appositive = /^(?:the|a|an) ([^,]+), (\p{Lu}[^,]*),$/u.exec(subject.slice(0, end));
  if (appositive !== null) {
    // A description holds no verb of its own ("the man who said, …").
    const description = appositive[1]!.split(" ");
    if (description.some((w) => VERBS.has(w) || FINITE_AUXILIARY_VERBS.has(w))) return null;
    const start = end - 1 - appositive[2]!.length;
    return { start, end: end - 1 };
  }
  if (subject.slice(0, end).endsWith(",")) return null;
  const modifier = /^(?:[Tt]he )?(?:\p{Lu}[\p{L}’'.-]* )*(\p{Ll}+) (?=\p{Lu})/u.exec(subject);
  if (modifier !== null) {
    const noun = modifier[1]!;
    if (!PERSON_NOUNS.has(noun) && !TITLE_HEADS.has(noun)) return null;
    return { start: modifier[0].length, end };
  }
  return { start: 0, end };
}

/**
 * A relative pronoun, a subject of capitalised words (a title or "the" may lead; a description and
 * a comma, or one lowercase noun, before the name: `describedSubject`), a naming verb.
 */
const OBJECT_RELATIVE =
  /\b(?:what|which|whom|who|that) ((?:the |[Tt]he )?(?:(?:the|a|an) [^,“”"]{1,60}, )?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,5}(?:(?!(?:on|in|at|of|for|and|or|by|with|from|to)\s)\p{Ll}+\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,3}[\p{Lu}][\p{L}’'-]*(?:,\s*for one,|,)?)\s+(?:\p{Ll}+ly\s+|on \p{Lu}\p{Ll}+day\s+)?(?:called|calls|dubbed|dubs|termed|terms|labeled|labels|labelled|branded|brands|described as|describes as|referred to as|refers to as)(?:\s+(?:it|him|her|them|this|itself|himself|herself)(?:\s+as)?)?(?:\s+(?:a|an))?\s*,?\s*$/u;

/**
 * `Lund, who has long described Vint as “…”` / `Ed Moss who tweeted, “…”`: the first verb of the
 * "who" clause (after auxiliaries, adverbs and a short phrase such as "in the past") is a verb of
 * saying or judging, no other reporting verb and no finite auxiliary opening a new clause come
 * after it before the mark; the person named right before "who" speaks. Any other active verb
 * does when the mark sits in its predicate as the main-clause sieve reads one (`voicedBySubject`):
 * `Vint, who has cast himself as the “law and order candidate,” …` and the cleft `it was Vint
 * who pressed for a “grand bargain”` → Vint, as `Vint pressed for a “grand bargain”` would be;
 * not `Lund, who could be celebrating being dubbed the “nominee”` (a passive) nor a title.
 */
function subjectRelative(
  body: string,
  registry: EntityRegistry,
  sStart: number,
  open: number,
  inner: string,
): SieveFinding | null {
  const before = body.slice(sStart, open);
  const who = before.lastIndexOf(" who ");
  if (who < 0) return null;
  const whoStart = sStart + who + 1;
  let nameEnd = whoStart;
  while (nameEnd > sStart && /[\s,]/.test(body[nameEnd - 1]!)) nameEnd -= 1;
  const lastWord = body.lastIndexOf(" ", nameEnd - 1) + 1;
  const named =
    registry.personEndingAt(nameEnd) ??
    registry.entityAt(Math.max(sStart, lastWord)) ??
    newNameBefore(body, registry, sStart, nameEnd);
  if (typeof named !== "number" || registry.kindOf(named) !== "person") return null;
  let verbFound = false;
  // The first verb is no verb of saying: the quotation must sit in its active predicate.
  let predicate = false;
  let auxiliaries = 0;
  let phrase = false;
  let words = 0;
  WORD.lastIndex = whoStart + 3;
  for (let m = WORD.exec(body); m !== null && m.index < open; m = WORD.exec(body)) {
    const word = m[0];
    words += 1;
    if (!verbFound) {
      if (SPEECH_VERBS.has(word) && !word.endsWith("ing")) {
        verbFound = true;
        continue;
      }
      // Before the verb: auxiliaries, adverbs and a short phrase ("has in the past described").
      if (words > 5 || /^\p{Lu}/u.test(word)) return null;
      if (FINITE_AUXILIARY_VERBS.has(word) || ADVERBS.has(word) || /^\p{Ll}+ly$/u.test(word)) {
        auxiliaries += FINITE_AUXILIARY_VERBS.has(word) ? 1 : 0;
        continue;
      }
      if (SHORT_ADVERBIAL_WORDS.has(word)) {
        phrase = true;
        continue;
      }
      // Another head verb right after "who" and its auxiliaries: finite ("pressed", "backs",
      // "drew") unless an auxiliary came first ("has postured").
      if (phrase || !(auxiliaries > 0 || FINITE_FORM.test(word) || IRREGULAR_PAST.has(word)))
        return null;
      verbFound = true;
      predicate = true;
      continue;
    }
    // After the verb: no second speaker's verb, and no comma opening the main clause's predicate
    // ("Lund, who praised it, is “furious”").
    if (VERBS.has(word) && !word.endsWith("ing")) return null;
    const gap = body.slice(Math.max(sStart, m.index - 2), m.index);
    if (/,\s*$/.test(gap) && FINITE_AUXILIARY_VERBS.has(word)) return null;
  }
  if (!verbFound) return null;
  if (predicate && (isTitle(inner) || !voicedBySubject(body, whoStart + 4, open, inner)))
    return null;
  return { speaker: named, start: whoStart, end: open };
}

/**
 * The person (or organisation) a subject phrase names, if the registry knew it before quotes
 * were read: the name ending at the phrase's end, or the phrase as a whole; else a new person
 * when the phrase is a full name (`newFullName`).
 */
function knownSpeaker(
  body: string,
  registry: EntityRegistry,
  start: number,
  end: number,
): number | null {
  while (end > start && /[\s,]/.test(body[end - 1]!)) end -= 1;
  const known = registry.entities.length;
  const lastWord = body.lastIndexOf(" ", end - 1) + 1;
  const read =
    registry.personEndingAt(end) ??
    registry.entityAt(Math.max(start, lastWord)) ??
    registry.speakerFromPhrase(start, end, false);
  // Only a speaker known before, or the one new person `newFullName` vouches for.
  const named = typeof read === "number" && read < known ? read : newFullName(registry, start, end);
  return named !== null && registry.canSpeak(named) ? named : null;
}

/** The capitalised run right before `end` ("… from Rikkie Vantell| who"), read as a new speaker. */
function newNameBefore(
  body: string,
  registry: EntityRegistry,
  sStart: number,
  end: number,
): number | null {
  const run = /(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]*$/u.exec(body.slice(sStart, end));
  return run === null ? null : newFullName(registry, sStart + run.index, end);
}

/**
 * The new person a phrase of a full name's form makes (a speaker phrase may name someone no list
 * knows), or null when the phrase has another form or reads as someone or something else.
 */
function newFullName(registry: EntityRegistry, start: number, end: number): number | null {
  const phrase = registry.text.body.slice(start, end).trim();
  if (!hasFullNameForm(phrase)) return null;
  const known = registry.entities.length;
  const named = registry.speakerFromPhrase(start, end, true);
  if (typeof named !== "number" || named !== known) return null;
  return newFullNamePerson(registry, named, phrase) ? named : null;
}
