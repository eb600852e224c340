import type { AlignUnit } from "../align/units.ts";

/** Statements under one key: a happening (`verb`) of one participant (`who`). */
export type EventBucket = { verb: string; who: string; units: AlignUnit[]; main?: boolean };

/** Share of a thread's articles that must use a word for it to be part of what the thread tells. */
const SIGNATURE_SHARE = 0.7;
/** Articles a thread needs before its shared words say what it is about. */
const MIN_THREAD_ARTICLES = 2;
/** Signature words a statement must use to tell the thread's main happening. */
const SIGNATURE_WORDS = 3;

/**
 * The main happening of each thread of articles (articles with one protagonist): the words most of
 * the thread's articles use (its signature: "clinic", "enter", "treatment" in articles about one
 * person's stay in a clinic) mark the statements that tell it, whatever their verb ("checked into
 * the clinic for treatment", "entered the treatment clinic"). A statement joins it when it uses
 * three signature words and, if it names participants, names the protagonist among them (a line
 * about other people only is about another happening). Named by the signature's verb most of the thread uses.
 *
 * Linear: one pass to count each thread's words per article, one to place the statements.
 */
export function threadMainEvents(
  units: readonly AlignUnit[],
  threadOf: readonly (string | null)[],
  named: readonly (readonly string[])[],
  verbOf: (lemma: string, verb: boolean) => string | null,
): EventBucket[] {
  const articles = new Map<string, Set<number>>();
  // Thread → lemma → the thread's articles using the word. Nested maps, not joined string keys:
  // both passes look up every event word of every statement.
  const using = new Map<string, Map<string, Set<number>>>();
  for (const unit of units) {
    const thread = threadOf[unit.articleIndex];
    if (!thread) continue;
    const set = articles.get(thread) ?? new Set<number>();
    set.add(unit.articleIndex);
    articles.set(thread, set);
    let words = using.get(thread);
    if (!words) {
      words = new Map();
      using.set(thread, words);
    }
    for (const word of unit.eventWords) {
      const list = words.get(word.lemma) ?? new Set<number>();
      list.add(unit.articleIndex);
      words.set(word.lemma, list);
    }
  }
  const buckets = new Map<string, EventBucket>();
  // Each thread's label: its signature verb (or noun of a verb) most of its articles use, else
  // its most used signature word.
  const labels = new Map<string, { verb: string | null; word: string; articles: number }>();
  const label = (thread: string, lemma: string, verb: string | null, count: number) => {
    const known = labels.get(thread);
    const better = (name: string, than: string | null, n: number, thanN: number) =>
      than === null || n > thanN || (n === thanN && name < than);
    if (!known) labels.set(thread, { verb, word: lemma, articles: count });
    else {
      if (verb && better(verb, known.verb, count, known.verb ? known.articles : -1)) {
        known.verb = verb;
        known.articles = count;
      }
      if (!known.verb && better(lemma, known.word, count, known.articles)) known.word = lemma;
    }
  };
  for (const unit of units) {
    const thread = threadOf[unit.articleIndex];
    if (!thread) continue;
    const size = (articles.get(thread) as Set<number>).size;
    if (size < MIN_THREAD_ARTICLES) continue;
    const own = named[unit.index] as readonly string[];
    if (own.length > 0 && !own.includes(thread)) continue;
    const needed = Math.max(MIN_THREAD_ARTICLES, SIGNATURE_SHARE * size);
    const signature = new Map<string, { verb: boolean; count: number }>();
    const words = using.get(thread);
    for (const word of unit.eventWords) {
      const count = words?.get(word.lemma)?.size ?? 0;
      if (count >= needed) signature.set(word.lemma, { verb: word.verb, count });
    }
    if (signature.size < SIGNATURE_WORDS) continue;
    for (const [lemma, { verb, count }] of signature)
      label(thread, lemma, verbOf(lemma, verb), count);
    const bucket = buckets.get(thread);
    if (bucket) bucket.units.push(unit);
    else buckets.set(thread, { verb: "", who: thread, units: [unit] });
  }
  return [...buckets.values()].map((bucket) => {
    const known = labels.get(bucket.who);
    return { ...bucket, verb: known?.verb ?? known?.word ?? "" };
  });
}
