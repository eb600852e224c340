/**
 * Generated stories for benchmarks (this package's and the API's): the corpus sentences recombined
 * and perturbed (synonym swaps, changed figures, dropped words) so statements recur across articles
 * the way agency copy and shared quotes do, with a seeded generator: the same stories every run.
 */
import { createHash } from "node:crypto";
import { type Article, ArticleSchema, parseArticle } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import { splitSentences } from "../src/extract/sentences.ts";

export const corpusArticles: readonly Article[] = loadCorpus().files.map((f) =>
  parseArticle({ text: f.text, outlet: f.outlet }),
);
/** Mulberry32: a small seeded generator, so generated stories are identical across runs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SWAPS: [RegExp, string][] = [
  [/\bsubstantial\b/g, "significant"],
  [/\btalks\b/g, "negotiations"],
  [/\bsaid\b/g, "told reporters"],
  [/\bdeal\b/g, "agreement"],
  [/\bprogress\b/g, "headway"],
  [/\bremain\b/g, "are still"],
];
const OUTLETS = [
  "Daily Ledger",
  "Morning Wire",
  "Capital Post",
  "Harbor Times",
  "Northern Star",
  "Metro Herald",
  "Asia Desk",
];

export function generateStory(size: number, seed: number): Article[] {
  const next = random(seed);
  const pool = corpusArticles.flatMap((article) =>
    splitSentences(article)
      .map((s) => s.text)
      .filter((t) => t.length > 40),
  );
  const articles: Article[] = [];
  for (let i = 0; i < size; i += 1) {
    const count = 12 + Math.floor(next() * 14);
    const sentences: string[] = [];
    for (let j = 0; j < count; j += 1) {
      let text = pool[Math.floor(next() * pool.length)] as string;
      const roll = next();
      if (roll < 0.3) {
        const [pattern, replacement] = SWAPS[Math.floor(next() * SWAPS.length)] as [RegExp, string];
        text = text.replace(pattern, replacement);
      } else if (roll < 0.4) {
        text = text.replace(/\$(\d+) billion/, (_, n) => `$${Number(n) - 50} billion`);
      } else if (roll < 0.5) {
        const words = text.split(" ");
        words.splice(1 + Math.floor(next() * (words.length - 2)), 1);
        text = words.join(" ");
      }
      sentences.push(text);
    }
    const paragraphs: string[] = [];
    for (let j = 0; j < sentences.length; j += 3)
      paragraphs.push(sentences.slice(j, j + 3).join(" "));
    const body = paragraphs.join("\n\n");
    const starts: number[] = [];
    let offset = 0;
    for (const p of paragraphs) {
      starts.push(offset);
      offset += p.length + 2;
    }
    const outlet = `${OUTLETS[i % OUTLETS.length]} ${Math.floor(i / OUTLETS.length) + 1}`;
    const source = corpusArticles[Math.floor(next() * corpusArticles.length)] as Article;
    articles.push(
      ArticleSchema.parse({
        ...source,
        id: createHash("sha256").update(`${outlet}\n${body}`).digest("hex").slice(0, 16),
        outlet: { id: outlet.toLowerCase().replace(/\s+/g, "-"), name: outlet },
        body,
        paragraphs: paragraphs.map((p, j) => ({
          start: starts[j],
          end: (starts[j] as number) + p.length,
          kind: "text",
        })),
        captions: [],
        embeds: [],
        boilerplate: [],
      }),
    );
  }
  return articles;
}
