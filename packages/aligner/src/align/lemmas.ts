import { PARTICLE_VERBS } from "../../lexicons/event-words.ts";
import { PRONOUNS } from "../../lexicons/pronouns.ts";
import { REPORTING_LEMMAS } from "../../lexicons/synonym-classes.ts";
import { buildCountryIndex, countryAt } from "../country-classes.ts";
import { its, nlp } from "../english-model.ts";
import { taggedText } from "../tagged-text.ts";
import { canonicalLemma } from "./lexicon.ts";
import { insideName, runningCase } from "./name-words.ts";

const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"]);

const COUNTRIES = buildCountryIndex(
  (form) => nlp.readDoc(form).tokens().out(its.value) as string[],
);

// Recombined stories repeat sentences verbatim (agency copy, quotes); lemmatising each distinct text
// once keeps large stories near-linear. Bounded so a long-running server does not grow without end.
/** "Group of Seven" is the G7 in another outlet's style. */
const GROUP_OF: Record<string, string> = { Seven: "G7", Eight: "G8", Twenty: "G20", "20": "G20" };

const CACHE_LIMIT = 50_000;
/**
 * A content word that can name an event: a verb, or a noun that may nominalise one. `inName`: a
 * verb form continuing a capitalised name ("the Threatened Birds Act", `name-words.ts`).
 */
export type EventWord = { lemma: string; verb: boolean; inName?: true };
type Read = { lemmas: readonly string[]; eventWords: readonly EventWord[] };
const cache = new Map<string, Read>();

/**
 * The content lemmas of a text, lowercased and mapped to their synonym class, in text order
 * (duplicates kept, so callers can weigh repeated words).
 */
export function contentLemmas(text: string): readonly string[] {
  return read(text).lemmas;
}

/**
 * The verbs and common nouns among a text's content lemmas (the same reading as `contentLemmas`,
 * cached with it): the words that can name what happened ("was arrested", "the arrest").
 */
export function eventWords(text: string): readonly EventWord[] {
  return read(text).eventWords;
}

/**
 * The happening a verb tells with the particle after it (`PARTICLE_VERBS`: "checked out" is not
 * "checked in"); other verbs are their lemma. A reflexive pronoun or a hyphen before the particle
 * is skipped ("checked herself in", "checked - in").
 */
function particleSense(lemma: string, values: readonly string[], at: number): string {
  const senses = PARTICLE_VERBS.get(lemma);
  if (!senses) return lemma;
  let next = at + 1;
  while (next < values.length && skippedBeforeParticle(values[next] as string)) next += 1;
  return senses.get((values[next] ?? "").toLowerCase()) ?? senses.get("") ?? lemma;
}

const skippedBeforeParticle = (word: string) =>
  word === "-" || (PRONOUNS.has(word.toLowerCase()) && /sel(f|ves)$/i.test(word));

function read(text: string): Read {
  const cached = cache.get(text);
  if (cached) return cached;
  const {
    values,
    pos,
    lemmas: lemmaOut,
    stops: stop,
  } = taggedText(
    text.replace(/\bGroup of (Seven|Eight|Twenty|20)\b/g, (_, n: string) => GROUP_OF[n] ?? "G20"),
  );
  const lemmas: string[] = [];
  const events: EventWord[] = [];
  const running = runningCase(values, pos);
  for (let i = 0; i < values.length; i += 1) {
    const tag = pos[i] as string;
    // Before the stop list: "US" is the country, not the pronoun "us" the stop list removes.
    const country = countryAt(COUNTRIES, values, i);
    if (country) {
      lemmas.push(country.lemma);
      i += country.length - 1;
      continue;
    }
    if (stop[i] || !CONTENT_POS.has(tag)) continue;
    const lemma = (lemmaOut[i] as string).toLowerCase().replace(/[’']/g, "");
    if (lemma.length < 2 || REPORTING_LEMMAS.has(lemma)) continue;
    const canonical = canonicalLemma(lemma, tag);
    lemmas.push(canonical);
    if (tag === "VERB" || tag === "NOUN")
      events.push({
        lemma: tag === "VERB" ? particleSense(canonical, values, i) : canonical,
        verb: tag === "VERB",
        ...(insideName(values, pos, i, running) ? { inName: true as const } : {}),
      });
  }
  const result = { lemmas, eventWords: events };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}
