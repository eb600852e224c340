/**
 * Extraction speed next to bare wink-nlp tokenisation of the same text, in the same run.
 * Run: pnpm bench (from packages/aligner) — prints tokens/second for both and their ratio.
 * Target (issue 3): the full extraction within 3x of bare tokenisation.
 */
import { type Article, parseArticle } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import { countWinkTokens } from "../src/extract/wink-document.ts";
import { extractArticle } from "../src/extract-article.ts";

const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 10 * 1024 * 1024);

/**
 * Median times of the two workloads, measured alternately so that load from other processes on a
 * shared machine hits both alike.
 */
function timePair(a: () => void, b: () => void, minMs: number, minRuns: number): [number, number] {
  a();
  b(); // warm-up: JIT, wink model caches
  const ra: number[] = [];
  const rb: number[] = [];
  const started = performance.now();
  while (ra.length < minRuns || performance.now() - started < minMs) {
    let t = performance.now();
    a();
    ra.push(performance.now() - t);
    t = performance.now();
    b();
    rb.push(performance.now() - t);
  }
  const median = (r: number[]) => r.sort((x, y) => x - y)[Math.floor(r.length / 2)]!;
  return [median(ra), median(rb)];
}

function report(
  label: string,
  articles: readonly Article[],
  minMs: number,
  minRuns: number,
  repeat = 1,
): void {
  const tokens = repeat * articles.reduce((n, a) => n + countWinkTokens(a.body), 0);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0);
  const [bare, full] = timePair(
    () => {
      for (let r = 0; r < repeat; r += 1) for (const a of articles) countWinkTokens(a.body);
    },
    () => {
      for (let r = 0; r < repeat; r += 1) for (const a of articles) extractArticle(a);
    },
    minMs,
    minRuns,
  );
  const rate = (ms: number) => Math.round(tokens / (ms / 1000)).toLocaleString("en-US");
  console.log(
    `${label}: ${(bytes / 1024 / 1024).toFixed(2)} MB, ${tokens.toLocaleString("en-US")} tokens\n` +
      `  bare wink-nlp tokenisation ${rate(bare).padStart(12)} tokens/s  (median ${bare.toFixed(1)} ms)\n` +
      `  full extraction            ${rate(full).padStart(12)} tokens/s  (median ${full.toFixed(1)} ms)\n` +
      `  extraction / tokenisation time: ${(full / bare).toFixed(2)}x (target <= 3x)`,
  );
}

const corpus = loadCorpus().files.map((f) => parseArticle({ text: f.text, outlet: f.outlet }));
// Each sample runs the five articles 40 times, so a sample spans many scheduler slices on a busy
// machine instead of a few milliseconds.
report("corpus (5 articles, 40 passes per sample)", corpus, 5000, 9, 40);

// One large article: the five bodies repeated up to the target size, to show the pipeline stays
// linear on a single long input (no per-sentence re-tokenisation, no quadratic scans).
const unit = corpus.map((a) => a.body).join("\n\n");
const copies = Math.max(1, Math.round(TARGET_BYTES / Buffer.byteLength(unit)));
const large: Article = {
  ...corpus[0]!,
  body: Array(copies).fill(unit).join("\n\n"),
  paragraphs: [],
};
report(`large generated input (corpus x${copies}, one article)`, [large], 0, 3);
