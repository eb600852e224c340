import { type EcbDoc, isCrossDocChain, isEventMention } from "../datasets/ecbplus.ts";
import { countPairs, type PairCounts } from "../metrics/pairwise.ts";
import { type Range, spansMatch } from "../metrics/span-overlap.ts";
import { cosine, tfidfVectors } from "../metrics/tfidf.ts";
import type { Story } from "./story-doc.ts";

/** A selected sentence, the cross-document event chains it mentions and where it is in the body. */
export type SentenceUnit = {
  doc: string;
  text: string;
  events: ReadonlySet<string>;
  /** The aligned groups holding a statement on this sentence. */
  groups: Set<string>;
  /** The story events (`Comparison.events`) holding a statement on this sentence. */
  storyEvents: Set<string>;
};

/** The selected sentences of one document with their gold event chains. */
export function goldSentences(doc: EcbDoc): (SentenceUnit & { range: Range })[] {
  return doc.sentences
    .filter((s) => s.selected)
    .map((s) => ({
      doc: doc.id,
      text: doc.text.slice(s.start, s.end),
      events: new Set(
        doc.mentions
          .filter(
            (m) =>
              isEventMention(m) && isCrossDocChain(m.chain) && m.start >= s.start && m.end <= s.end,
          )
          .map((m) => m.chain as string),
      ),
      groups: new Set<string>(),
      storyEvents: new Set<string>(),
      range: { start: s.start, end: s.end },
    }));
}

/**
 * The story's selected sentences that are in the body, each with the claim groups (shared
 * statements: `about` "claim", two statements or more) holding a statement that matches it
 * (`spansMatch`). Selected sentences wholly outside the body (a headline) are counted apart.
 */
export function storySentences(story: Story): { units: SentenceUnit[]; outsideBody: number } {
  const units: SentenceUnit[] = [];
  let outsideBody = 0;
  for (const d of story.docs) {
    const statements = story.comparison.groups
      .filter((g) => (g.about ?? "claim") === "claim" && g.statements.length > 1)
      .flatMap((g) =>
        g.statements
          .filter((s) => s.articleId === d.article.id)
          .map((s) => ({ group: g.id, span: s.span })),
      );
    const told = (story.comparison.events ?? []).flatMap((e) =>
      e.statements
        .filter((s) => s.articleId === d.article.id)
        .map((s) => ({ event: e.id, span: s.span })),
    );
    for (const sentence of goldSentences(d.doc)) {
      const body = d.offsets.span(sentence.range.start, sentence.range.end);
      if (!body) {
        outsideBody++;
        continue;
      }
      for (const s of statements) if (spansMatch(s.span, [body])) sentence.groups.add(s.group);
      for (const s of told) if (spansMatch(s.span, [body])) sentence.storyEvents.add(s.event);
      units.push(sentence);
    }
  }
  return { units, outsideBody };
}

const differentDocs = (a: SentenceUnit, b: SentenceUnit) => a.doc !== b.doc;
const sameEvent = (a: SentenceUnit, b: SentenceUnit) => [...a.events].some((e) => b.events.has(e));

/** Pairs of sentences of different documents: gold = a shared event chain, system = a shared group. */
export function systemPairs(units: readonly SentenceUnit[]): PairCounts {
  return countPairs(units, differentDocs, sameEvent, (a, b) =>
    [...a.groups].some((g) => b.groups.has(g)),
  );
}

/**
 * As `systemPairs`, system = a shared story event: the measure that asks what the gold asks (do
 * the two sentences tell one happening?), where a claim group asks whether they state one fact.
 */
export function eventPairs(units: readonly SentenceUnit[]): PairCounts {
  return countPairs(units, differentDocs, sameEvent, (a, b) =>
    [...a.storyEvents].some((e) => b.storyEvents.has(e)),
  );
}

/** Each sentence pair of different documents with its TF-IDF cosine (df over `corpus`). */
export function cosinePairs(
  units: readonly SentenceUnit[],
  corpus: readonly string[],
): { score: number; gold: boolean }[] {
  const vectors = tfidfVectors(
    units.map((u) => u.text),
    corpus,
  );
  const pairs: { score: number; gold: boolean }[] = [];
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i] as SentenceUnit;
      const b = units[j] as SentenceUnit;
      if (!differentDocs(a, b)) continue;
      pairs.push({
        score: cosine(vectors[i] as Map<string, number>, vectors[j] as Map<string, number>),
        gold: sameEvent(a, b),
      });
    }
  }
  return pairs;
}

/** The baseline's pairs: cosine at or above `threshold`. */
export function baselinePairs(
  scored: readonly { score: number; gold: boolean }[],
  threshold: number,
): PairCounts {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  for (const p of scored) {
    if (p.gold) gold++;
    if (p.score < threshold) continue;
    predicted++;
    if (p.gold) correct++;
  }
  return { gold, predicted, correct };
}

/** Every sentence of the given documents: the baseline's document-frequency corpus. */
export function allSentences(docs: readonly EcbDoc[]): string[] {
  return docs.flatMap((d) => d.sentences.map((s) => d.text.slice(s.start, s.end)));
}
