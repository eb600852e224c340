import { type Article, parseArticle } from "@parallax/core";
import { DEFAULT_DATA_DIR } from "../datasets/default-data-dir.ts";
import { type PolnearArticle, polnearFile, readPolnear } from "../datasets/polnear.ts";
import { readWordList } from "../text/word-list.ts";

/**
 * Multi-outlet pseudo-stories from PolNeAR articles (real political news nobody here wrote), for
 * the conflict audit (scripts/polnear-story-conflicts.ts) and the perturbation of real news
 * (scripts/polnear-story-perturb.ts): an article and its most similar articles of other publishers
 * (TF-IDF cosine ≥ `min`, published within `days`), one per publisher, `size` articles at most.
 * Most stories join different but related happenings of one campaign.
 */
export type StoryOptions = { min: number; days: number; size: number };

const STOPWORDS = readWordList(new URL("../../data/similarity-stopwords.txt", import.meta.url));

/**
 * A story's half is its seed article's: build when the char codes of the id sum to an even number,
 * check when odd, so rules can be designed on one half and counted on the other.
 */
export function articleHalf(id: string): "build" | "check" {
  return [...id].reduce((s, c) => s + c.charCodeAt(0), 0) % 2 === 0 ? "build" : "check";
}

/** The words of a text that tell what it is about: three letters or more, function words left out. */
export function contentWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]{2,}/gu) ?? []).filter(
      (w) => !STOPWORDS.has(w),
    ),
  );
}

// Sublinear TF-IDF over whole articles, function words left out, so two articles score high when
// they share the rarer words of one happening.
function counts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? []) {
    if (!STOPWORDS.has(w)) m.set(w, (m.get(w) ?? 0) + 1);
  }
  return m;
}

function tfidfVectors(texts: readonly string[]): Map<string, number>[] {
  const raw = texts.map(counts);
  const df = new Map<string, number>();
  for (const v of raw) for (const w of v.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  return raw.map((v) => {
    const out = new Map<string, number>();
    for (const [w, c] of v) out.set(w, (1 + Math.log(c)) * Math.log(raw.length / (df.get(w) ?? 1)));
    const norm = Math.sqrt([...out.values()].reduce((s, x) => s + x * x, 0)) || 1;
    for (const [w, x] of out) out.set(w, x / norm);
    return out;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) dot += x * (large.get(w) ?? 0);
  return dot;
}

/**
 * The stories, each a list of indexes into `articles` (dated articles only), seed first, others by
 * similarity; a set of members already built is not built again.
 */
export function pseudoStories(
  articles: readonly Pick<PolnearArticle, "publisher" | "date" | "text">[],
  options: StoryOptions,
): number[][] {
  const vectors = tfidfVectors(articles.map((a) => a.text));
  const dayOf = (a: Pick<PolnearArticle, "date">) => Date.parse(a.date ?? "") / 86_400_000;
  const seen = new Set<string>();
  const stories: number[][] = [];
  for (const [i, seed] of articles.entries()) {
    const candidates: [number, number][] = [];
    for (const [j, other] of articles.entries()) {
      if (j === i || other.publisher === seed.publisher) continue;
      if (Math.abs(dayOf(other) - dayOf(seed)) > options.days) continue;
      const s = cosine(vectors[i] as Map<string, number>, vectors[j] as Map<string, number>);
      if (s >= options.min) candidates.push([j, s]);
    }
    candidates.sort((x, y) => y[1] - x[1]);
    const members = [i];
    for (const [j] of candidates) {
      if (members.length >= options.size) break;
      const publisher = articles[j]?.publisher;
      if (!members.some((m) => articles[m]?.publisher === publisher)) members.push(j);
    }
    const key = [...members].sort((x, y) => x - y).join(",");
    if (members.length < 2 || seen.has(key)) continue;
    seen.add(key);
    stories.push(members);
  }
  return stories;
}

/**
 * A PolNeAR article ingested as a user would paste it; with `dated`, given its publication day as
 * a captured page's dateline would, so rules that read an article's date (relative dates, "former"
 * said as of its day) apply as in use.
 */
export function ingestPolnear(
  a: Pick<PolnearArticle, "publisher" | "date" | "text">,
  dated: boolean,
): Article {
  const article = parseArticle({ text: a.text, outlet: a.publisher });
  const day = a.date?.slice(0, 10);
  return dated && day
    ? {
        ...article,
        publishedAt: {
          value: day,
          precision: "day" as const,
          source: "dateline" as const,
          text: day,
        },
      }
    : article;
}

/**
 * The dated PolNeAR TRAIN articles and their pseudo-stories under the scripts' string options:
 * the conflict audit and the pseudo-story perturbation judge the same stories.
 */
export function trainPseudoStories(
  data: string,
  options: { min: string; days: string; size: string },
): { articles: PolnearArticle[]; stories: number[][] } {
  const articles = readPolnear(polnearFile(data, "train")).filter((a) => a.date !== null);
  const stories = pseudoStories(articles, {
    min: Number(options.min),
    days: Number(options.days),
    size: Number(options.size),
  });
  return { articles, stories };
}

/**
 * The command-line options that choose the pseudo-stories (node:util parseArgs form), one set for
 * every script judging them, so the audit and the perturbation build the same stories by default.
 */
export const PSEUDO_STORY_ARGS = {
  data: { type: "string", default: DEFAULT_DATA_DIR },
  min: { type: "string", default: "0.08" },
  days: { type: "string", default: "10" },
  size: { type: "string", default: "6" },
  half: { type: "string", default: "all" },
  dated: { type: "boolean", default: false },
} as const;
