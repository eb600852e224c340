import { honorificGender, taggedText } from "@parallax/aligner";
import type { Extraction, Quote } from "@parallax/core";
import { readWordList } from "../text/word-list.ts";
import { inCondition, NEGATED, witnessReading } from "./negated-statement.ts";
import {
  MAX_CASES_PER_FORM,
  overlap,
  type PerturbCase,
  type PerturbStory,
  spread,
  words,
} from "./perturb-case.ts";
import { sameTeller } from "./same-teller.ts";

const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s$/;
const PLAIN_NAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*)+$/u;

/**
 * The story's people with a plain full name ("Gregg Hastings"), most mentioned first: the people a
 * quote can be moved to.
 */
function storyPeople(extractions: readonly Extraction[]): string[] {
  const mentions = new Map<string, number>();
  for (const x of extractions)
    for (const e of x.entities)
      if (
        e.kind === "person" &&
        !e.unnamed &&
        PLAIN_NAME.test(e.name) &&
        e.mentions.some((m) => m.form === "name" && m.text === e.name)
      )
        mentions.set(e.name, (mentions.get(e.name) ?? 0) + e.mentions.length);
  return [...mentions].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
}

/**
 * A direct quote whose speaker one article names at the attribution ("…," Hastings said), and whose
 * words another article quotes too (80% of the shorter quote's words): the name is replaced by
 * another person of the story, sharing no name word with the speaker.
 */
export function speakerCases(
  story: PerturbStory,
  extractions: readonly Extraction[],
  max = MAX_CASES_PER_FORM,
): PerturbCase[] {
  const people = storyPeople(extractions);
  const cases: PerturbCase[] = [];
  extractions.forEach((x, i) => {
    const body = story.articles[i]?.body ?? "";
    for (const quote of x.quotes) {
      const cue = quote.cue;
      if (!quote.direct || quote.speakerStatus !== "resolved" || !cue) continue;
      const quoted = words(quote.text);
      if (quoted.size < MIN_QUOTE_WORDS) continue;
      const speaker = x.entities.find((e) => e.id === quote.speakerId);
      if (speaker?.kind !== "person") continue;
      const mention = speaker.mentions.find(
        (m) =>
          (m.form === "name" || m.form === "surname") &&
          !m.ambiguous &&
          m.span.start >= cue.start &&
          m.span.end <= cue.end,
      );
      // Only a mention made of the speaker's own name words ("Police Lt" is a title).
      if (!mention || overlap(words(mention.text), words(speaker.name)) < 1) continue;
      const speakerWords = words(speaker.name);
      // A witness states the old value: it quotes the same words and credits them to the same
      // person by name. An article quoting them with no speaker, or through "he said" read back to
      // nobody, states no speaker another outlet could contradict.
      const witnesses = extractions.flatMap((other, j) =>
        j !== i &&
        other.quotes.some((q) => {
          if (!resolvedQuoteOf(q, quoted)) return false;
          const credited = other.entities.find((e) => e.id === q.speakerId);
          return credited !== undefined && overlap(words(credited.name), speakerWords) > 0;
        })
          ? [j]
          : [],
      );
      if (witnesses.length === 0) continue;
      const replacement = people.find((name) => overlap(words(name), speakerWords) === 0);
      if (!replacement) continue;
      // "Mr Guest said" becomes "Peter Guest said", not "Mr Peter Guest said".
      const honorific = HONORIFIC.exec(
        body.slice(Math.max(0, mention.span.start - 6), mention.span.start),
      );
      const start = mention.span.start - (honorific?.[0].length ?? 0);
      cases.push({
        story: story.name,
        source: story.source,
        kind: "speaker",
        form: "named quote",
        articleIndex: i,
        start,
        before: body.slice(start, mention.span.end),
        after: replacement,
        witnesses,
        expect: ["speaker"],
      });
    }
  });
  return spread(cases, max);
}

const STATUS = /\b(former|ex|late|acting|interim|deputy|vice|assistant)\b/i;

/**
 * A person's title in one article, when another article gives the same person (same full name) a
 * title sharing a word with it, neither with a status or rank word: "former" is put before it.
 */
export function titleCases(
  story: PerturbStory,
  extractions: readonly Extraction[],
  max = MAX_CASES_PER_FORM,
): PerturbCase[] {
  const cases: PerturbCase[] = [];
  const key = (name: string) => name.toLowerCase().replace(/[^\p{L}]/gu, "");
  extractions.forEach((x, i) => {
    const body = story.articles[i]?.body ?? "";
    for (const entity of x.entities) {
      if (entity.kind !== "person" || entity.unnamed || !PLAIN_NAME.test(entity.name)) continue;
      const title = entity.titles.find(
        (t) =>
          // "Mr."/"Mrs." is a courtesy, no post: "former Mrs. Roe" makes no counterfactual.
          honorificGender(t.text) === null &&
          !STATUS.test(t.text) &&
          !STATUS.test(body.slice(Math.max(0, t.span.start - 12), t.span.start)),
      );
      if (!title) continue;
      const post = words(title.text);
      const witnesses = extractions.flatMap((other, j) =>
        j !== i &&
        other.entities.some(
          (e) =>
            key(e.name) === key(entity.name) &&
            e.titles.some((t) => !STATUS.test(t.text) && overlap(words(t.text), post) > 0),
        )
          ? [j]
          : [],
      );
      if (witnesses.length === 0) continue;
      const opensSentence = /(?:^|[.!?"“”]\s*|\n\s*)$/.test(
        body.slice(Math.max(0, title.span.start - 3), title.span.start),
      );
      cases.push({
        story: story.name,
        source: story.source,
        kind: "title",
        form: "former added",
        articleIndex: i,
        start: title.span.start,
        before: title.text,
        after: `${opensSentence ? "Former" : "former"} ${title.text}`,
        witnesses,
        expect: ["title"],
      });
    }
  });
  return spread(cases, max);
}

const AUXILIARY =
  /\b(is|are|was|were|has|have|had|will|would|can|could|should|did|does|do)\s+(?!not\b|n't\b|never\b|been\b|be\b)(\p{L}{3,})/gu;
/** Forms of "do" and "have" are main verbs as often as auxiliaries ("did nothing", "has a plan"). */
const DO_OR_HAVE = new Set(["did", "does", "do", "has", "have", "had"]);

const HAVE = new Set(["has", "have", "had"]);
/** Participles written as their base form ("have come"): a lemma equal to the word is no sign. */
const BASE_FORM_PARTICIPLES = readWordList(
  new URL("../../data/base-form-participles.txt", import.meta.url),
);

/**
 * Whether an AUXILIARY match is one: a form of "do" or "have" must be followed by a verb as wink
 * tags it, else "not" would make no English ("did not nothing wrong"); a form of "have", by a past
 * participle (a lemma other than the word, an -ed or -en ending, or a base-form participle): wink
 * tags "experience" in "someone who has experience" a verb, and "has not experience" is no English.
 * Be-forms and modals take "not" before a verb, an adjective or a noun alike ("was not ready").
 */
function auxiliaryAt(text: string, m: RegExpMatchArray): boolean {
  const aux = (m[1] as string).toLowerCase();
  if (!DO_OR_HAVE.has(aux)) return true;
  const next = (m.index ?? 0) + m[0].length - (m[2] as string).length;
  const tagged = taggedText(text);
  let at = 0;
  for (const [i, value] of tagged.values.entries()) {
    const start = text.indexOf(value, at);
    if (start < 0) return false;
    if (start === next) {
      if (tagged.pos[i] !== "VERB") return false;
      if (!HAVE.has(aux)) return true;
      const word = value.toLowerCase();
      return (
        (tagged.lemmas[i] ?? word).toLowerCase() !== word ||
        /(?:ed|en)$/.test(word) ||
        BASE_FORM_PARTICIPLES.has(word)
      );
    }
    at = start + value.length;
  }
  return false;
}

/**
 * A restricting word right after the auxiliary: "were not just declared the winner" says more than
 * that, it denies nothing (the aligner's negation reading passes "not only" over alike).
 */
const RESTRICTING = /^(?:just|only|merely|simply|solely)$/i;

/** The first auxiliary of a text that "not" can follow, with the word after it. */
export function negatableAuxiliary(text: string): RegExpMatchArray | undefined {
  return [...text.matchAll(AUXILIARY)].find((m) => auxiliaryAt(text, m));
}

/**
 * Words (three letters or more) a quote must hold, on either side, to be words a reader could see
 * moved to another person: a word or two of a long quotation ("new", "very sad") quoted by another
 * outlet is no quote of the same words.
 */
const MIN_QUOTE_WORDS = 4;

/**
 * A witness quote of the same words: a direct quote credited to a resolved speaker, of
 * `MIN_QUOTE_WORDS` at least, that shares 80% of the shorter quote's words with `quoted`. Case
 * generation chooses witnesses by it, and the speaker stage (speaker-stage.ts) looks for them by it.
 */
export function resolvedQuoteOf(q: Quote, quoted: ReadonlySet<string>): boolean {
  if (!q.direct || q.speakerStatus !== "resolved") return false;
  const own = words(q.text);
  return own.size >= MIN_QUOTE_WORDS && overlap(own, quoted) >= 0.8;
}

/**
 * A reported statement negated ("had made progress" → "had not made progress"), when another
 * article tells the same fact with the word it turns on, without a negation, in a sentence sharing
 * the statement's words, as the story's witness reading reads them (negated-statement.ts).
 */
export function negationCases(
  story: PerturbStory,
  extractions: readonly Extraction[],
  max = MAX_CASES_PER_FORM,
): PerturbCase[] {
  const cases: PerturbCase[] = [];
  const reading = witnessReading(story.source);
  const sentences = story.articles.map((a) => reading.sentences(a));
  extractions.forEach((x, i) => {
    for (const quote of x.quotes) {
      if (NEGATED.test(quote.text)) continue;
      const m = negatableAuxiliary(quote.text);
      if (!m || RESTRICTING.test(m[2] as string)) continue;
      // Only where one fact is told by words alone is a condition's verb left out ("If … is").
      if (story.source === "polnear" && inCondition(quote.text, m.index ?? 0)) continue;
      const at = quote.span.start + (m.index ?? 0);
      const word = reading.word(quote.text.slice((m.index ?? 0) + (m[1] as string).length));
      if (!word) continue;
      const own = reading.own(quote.text, m.index ?? 0);
      const witnesses = story.articles.flatMap((other, j) => {
        if (j === i) return [];
        for (const span of sentences[j] ?? []) {
          const text = other.body.slice(span.start, span.end).toLowerCase();
          if (!reading.states(text, word, own)) continue;
          if (story.source === "polnear" && !sameTeller(x, quote, extractions[j], span)) continue;
          if (story.sameFact(i, at, j, span.start + reading.at(text, word))) return [j];
        }
        return [];
      });
      if (witnesses.length === 0) continue;
      cases.push({
        story: story.name,
        source: story.source,
        kind: "negation",
        form: "reported statement",
        articleIndex: i,
        start: at + (m[1] as string).length,
        before: "",
        after: " not",
        witnesses,
        expect: ["negation"],
      });
    }
  });
  return spread(cases, max);
}
