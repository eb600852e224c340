// Entity layer: the speaker a description names ("the company", "the person", "a senior aide"):
// the one organisation or unnamed source named earlier that it takes up, or an unnamed source of
// its own (phrases.ts).

import {
  DETERMINERS,
  PREPOSITIONS,
  SUBORDINATORS,
  VERB_GROUP_ADVERBS,
} from "../../../../lexicons/function-words.ts";
import { tagsAt } from "../../tagged-words.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { COMPANY_DESCRIPTION, PUBLIC_BODY_DESCRIPTION } from "../mention-patterns.ts";
import { cutDescriptionStart, isTimePhrase } from "./cut-description.ts";
import { describesSomeone, FOCUSING_ADVERB, NOT_A_SPEAKER } from "./rules.ts";

/** The entity the description in [phraseStart, phraseEnd) names, or null when it names nobody. */
export function speakerFromDescription(
  r: EntityRegistry,
  phraseStart: number,
  phraseEnd: number,
): number | "ambiguous" | null {
  const phrase = r.text.body.slice(phraseStart, phraseEnd);
  const words = phrase.split(/\s+/);
  if (words.length > 10 || words.length === 0) return null;
  // "…, although his advisers say …": the subordinator opens the clause; its subject speaks.
  if (words.length > 1 && SUBORDINATOR.has(words[0]!)) {
    return speakerFromDescription(r, phraseStart + words[0]!.length + 1, phraseEnd);
  }
  // "people familiar with | her plans say": the whole description speaks, or no one if its head
  // is not clean.
  const sentence = r.text.sentenceAt(phraseStart);
  const cut =
    sentence && cutDescriptionStart(r.text.body, sentence.span.start, phraseStart, words[0]!);
  if (cut === "cut") return null;
  if (typeof cut === "number") return speakerFromDescription(r, cut, phraseEnd);
  if (isTimePhrase(words)) return null;
  if (/^(?:it|r|that|which|who|there|they|we|I|you|It|This|That|There|They|We|You)$/.test(phrase)) {
    return null;
  }
  if (words.length === 1 && (NOT_A_SPEAKER.test(phrase) || FOCUSING_ADVERB.test(phrase))) {
    return null;
  }
  if (
    !describesSomeone(words) ||
    opensWithVerb(r, phraseStart, phraseEnd, words[0]!, words.length === 1)
  )
    return null;
  const company = r.organizationReferredTo(phrase, phraseStart);
  if (company !== null) {
    if (company !== "ambiguous" && !r.descriptionStarts.has(phraseStart)) {
      r.descriptionStarts.add(phraseStart);
      const sentence = r.text.sentenceIndexAt(phraseStart);
      r.pushMention(phraseStart, phraseEnd, "description", company, sentence, null);
    }
    return company;
  }
  const earlier = r.earlierDescription(phrase, phraseStart);
  if (earlier === "ambiguous") return earlier;
  // "The agency specifically declined", "Officials privately said": an adverb between the subject
  // and its verb is read with the phrase (as it always was: the same source resolves) but is no
  // word of the name a new source gets, nor of its mention.
  const nameEnd =
    earlier === null ? withoutTrailingAdverb(r, phraseStart, phraseEnd, words) : phraseEnd;
  const index = earlier ?? r.entityFor("person", r.text.body.slice(phraseStart, nameEnd), null);
  const record = r.entities[index]!;
  record.unnamed = true;
  if (!r.descriptionStarts.has(phraseStart)) {
    r.descriptionStarts.add(phraseStart);
    r.pushMention(
      phraseStart,
      nameEnd,
      "description",
      index,
      r.text.sentenceIndexAt(phraseStart),
      null,
    );
  }
  return index;
}

/**
 * Where the description ends once the lowercase last words wink tags as adverbs in its sentence
 * are left out ("almost universally"): `phraseEnd` itself when there is none. A first word, or a
 * determiner with one word after it, always stays.
 */
function withoutTrailingAdverb(
  r: EntityRegistry,
  phraseStart: number,
  phraseEnd: number,
  words: readonly string[],
): number {
  const sentence = r.text.sentenceAt(phraseStart);
  if (sentence === undefined) return phraseEnd;
  let end = phraseEnd;
  for (let n = words.length; n >= 2; n -= 1) {
    const last = words[n - 1]!;
    // "a third said": wink may tag an ordinal as an adverb; a determiner alone describes no one.
    if (!/^\p{Ll}+$/u.test(last) || (n === 2 && DETERMINERS.has(words[0]!.toLowerCase()))) break;
    // Tagging a sentence costs: it is tagged only when its last word may be an adverb; the words
    // before ("almost universally") then read the tags already made.
    if (end === phraseEnd && !last.endsWith("ly") && !VERB_GROUP_ADVERBS.has(last)) break;
    const at = end - last.length;
    if (tagsAt(r.text.body, sentence.span.start, sentence.span.end, at)?.tag !== "ADV") break;
    end = phraseStart + r.text.body.slice(phraseStart, at).trimEnd().length;
  }
  return end;
}

/** Subordinators that are no preposition too: "after the vote" names no one once "after" goes. */
const SUBORDINATOR: ReadonlySet<string> = new Set(
  SUBORDINATORS.filter((w) => !PREPOSITIONS.has(w)),
);

/**
 * `“…” pledge held firm through the winter`, `want to ban night shifts`: a phrase whose lowercase
 * first word wink reads as a verb in its sentence is a predicate a cue reader cut out, never a
 * description of someone (a description opens with a determiner, a number, an adjective or a
 * noun: "officials familiar with the plan"; "according to sources").
 */
function opensWithVerb(
  r: EntityRegistry,
  phraseStart: number,
  phraseEnd: number,
  first: string,
  alone: boolean,
): boolean {
  const sentence = r.text.sentenceAt(phraseStart);
  if (sentence === undefined) return false;
  // `Holding signs calling Vint “…”`: a participle opening its sentence, its object and a second
  // participle as the cue are a clause, when wink reads the first as a verb there (`Visiting
  // scholars told …` has a finite cue and is read as before).
  const openingParticiple =
    phraseStart === sentence.span.start &&
    /^\p{Lu}\p{Ll}+ing$/u.test(first) &&
    /^\s\p{Ll}+ing\b/u.test(r.text.body.slice(phraseEnd, phraseEnd + 20));
  if (!openingParticiple && (!/^\p{Ll}/u.test(first) || DETERMINERS.has(first))) return false;
  const tags = tagsAt(r.text.body, sentence.span.start, sentence.span.end, phraseStart);
  // "according to people close to the campaign": after "to" wink reads an infinitive where the
  // preposition takes a noun.
  if (tags === null || tags.before === "PART") return false;
  // `as well said`, `handwritten said`: a lone adjective or adverb is a scrap of a clause too
  // ("campaign says" in a headline is a noun and speaks).
  if (alone && (tags.tag === "ADJ" || tags.tag === "ADV")) return true;
  return tags.tag === "VERB" || tags.tag === "AUX";
}

/**
 * The company "the company" / "the automaker" takes up: the one organisation (not an outlet nor
 * a public body) that opened a sentence earlier — "Harbour Motor said Friday it would invest …"
 * … "the company said in a statement". "the ministry said": the one organisation named earlier
 * whose name holds that word. Several make it "ambiguous"; none leaves the phrase a source of
 * its own (null).
 */
export function organizationReferredTo(
  r: EntityRegistry,
  phrase: string,
  phraseStart: number,
): number | "ambiguous" | null {
  const publicBody = PUBLIC_BODY_DESCRIPTION.exec(phrase);
  const head = /^[Tt]he (\p{Ll}+)$/u.exec(phrase)?.[1];
  r.referents.advanceTo(phraseStart);
  // "the board said", "the company said": the one organisation named earlier whose name that
  // noun heads ("the Norland Harbour Board", "Orvale Shipping Company"), when the readers
  // above find none.
  const headed = head === undefined ? [] : (r.referents.heads.get(head) ?? []);
  if (publicBody === null && !COMPANY_DESCRIPTION.test(phrase)) return oneOf(headed);
  const found = publicBody
    ? (r.referents.publicBodies.get(publicBody[1]!.toLowerCase()) ?? [])
    : r.referents.companies;
  return oneOf(found.length === 0 ? headed : found);
}

/** The one entity of a list, "ambiguous" for several, null for none. */
function oneOf(found: readonly number[]): number | "ambiguous" | null {
  if (found.length === 0) return null;
  return found.length === 1 ? found[0]! : "ambiguous";
}

/**
 * The unnamed source a definite description takes up ("A person briefed on the talks" … "the
 * person said"): the one earlier description led by a/an/one and the same noun; "ambiguous" when
 * several are, null when none is (then the phrase is a source of its own).
 */
export function earlierDescription(
  r: EntityRegistry,
  phrase: string,
  phraseStart: number,
): number | "ambiguous" | null {
  const definite = /^[Tt]he ([a-z]+)$/.exec(phrase);
  if (definite === null) return null;
  r.referents.advanceTo(phraseStart);
  const found = r.referents.sources.get(definite[1]!) ?? [];
  if (found.length === 0) return null;
  return found.length === 1 ? found[0]! : "ambiguous";
}
