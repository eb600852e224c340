import {
  EVENT_NOUN_CLASSES,
  EVENT_VERB_CLASSES,
  IRREGULAR_NOMINALISATIONS,
  LIGHT_VERBS,
  NOMINAL_SUFFIXES,
} from "../../lexicons/event-words.ts";
import type { EventWord } from "../align/lemmas.ts";

/**
 * The verbs a story uses as verbs (light verbs left out), each with the number of articles using
 * it: the happenings its articles tell. A noun names one of them only when the story itself uses
 * its verb ("the arrest" when some outlet writes "was arrested"), so a noun that merely looks like
 * a verb ("the coach") does not become an event in a story where nobody coaches.
 */
export function storyVerbs(
  units: readonly { articleIndex: number; eventWords: readonly EventWord[] }[],
): Map<string, number> {
  const articles = new Map<string, number>();
  // The last article counted for each verb: units come article by article, so a verb's articles
  // are counted without a set per verb.
  const last = new Map<string, number>();
  for (const unit of units)
    for (const word of unit.eventWords) {
      if (!word.verb || LIGHT_VERBS.has(word.lemma) || last.get(word.lemma) === unit.articleIndex)
        continue;
      last.set(word.lemma, unit.articleIndex);
      articles.set(word.lemma, (articles.get(word.lemma) ?? 0) + 1);
    }
  return articles;
}

/** Each class member → its class's first verb. */
const VERB_CLASS = new Map(
  EVENT_VERB_CLASSES.flatMap((row) => row.map((verb) => [verb, row[0] as string] as const)),
);

/** Each happening noun → its class's first word. */
const EVENT_NOUN = new Map(
  EVENT_NOUN_CLASSES.flatMap((row) => row.map((noun) => [noun, row[0] as string] as const)),
);

/** The verb a happening is keyed by: one per class of verbs telling it in other words. */
export function eventVerb(verb: string): string {
  return VERB_CLASS.get(verb) ?? verb;
}

/**
 * A noun spelled as its verb ("arrest", "attack") is that happening only when two articles or
 * more use the verb: a tagger reading one noun as a verb once ("the season", "people") is no
 * evidence that the story tells such a happening.
 */
const SAME_FORM_VERB_ARTICLES = 2;

/**
 * The happenings a statement names, as verb lemmas: its own verbs, and its nouns that nominalise a
 * verb of the story ("arrest", "death" → die, "resignation" → resign, "shooting" → shoot).
 */
export function eventTriggers(
  words: readonly EventWord[],
  verbs: ReadonlyMap<string, number>,
  /** Nouns already read in this story (a story repeats its nouns; each is undone once). */
  nouns: Map<string, string | null> = new Map(),
): Set<string> {
  const triggers = new Set<string>();
  for (const word of words) {
    if (word.verb) {
      if (!LIGHT_VERBS.has(word.lemma)) triggers.add(eventVerb(word.lemma));
      continue;
    }
    const happening = EVENT_NOUN.get(word.lemma);
    if (happening) {
      triggers.add(eventVerb(happening));
      continue;
    }
    let verb = nouns.get(word.lemma);
    if (verb === undefined) {
      verb = verbOfNoun(word.lemma, verbs);
      nouns.set(word.lemma, verb);
    }
    if (verb) triggers.add(eventVerb(verb));
  }
  return triggers;
}

/** The story verb a noun nominalises, or null. */
export function verbOfNoun(noun: string, verbs: ReadonlyMap<string, number>): string | null {
  if ((verbs.get(noun) ?? 0) >= SAME_FORM_VERB_ARTICLES) return noun;
  return nominalisedVerb(noun, (verb) => verbs.has(verb));
}

/**
 * Whether a noun nominalises one given verb ("payment" → pay, "killings" holds kill), by
 * `verbOfNoun`'s rules with that verb as the story's only one: the figure and clause checks ask it
 * for every pair of values they compare, and a map of one verb per question was their main garbage.
 */
export function nominalises(noun: string, verb: string): boolean {
  return nominalisedVerb(noun, (candidate) => candidate === verb) === verb;
}

/** The verb a noun is the irregular or suffixed form of, among the verbs `isVerb` accepts. */
function nominalisedVerb(noun: string, isVerb: (verb: string) => boolean): string | null {
  const irregular = IRREGULAR_NOMINALISATIONS.get(noun);
  if (irregular) return isVerb(irregular) ? irregular : null;
  for (const [suffix, endings] of NOMINAL_SUFFIXES) {
    if (!noun.endsWith(suffix) || noun.length < suffix.length + 3) continue;
    const stem = noun.slice(0, -suffix.length);
    for (const ending of endings) if (isVerb(stem + ending)) return stem + ending;
    // "stabbing" → "stab": a doubled final consonant before -ing.
    const last = stem.at(-1);
    if (suffix === "ing" && last && stem.at(-2) === last && isVerb(stem.slice(0, -1)))
      return stem.slice(0, -1);
  }
  return null;
}
