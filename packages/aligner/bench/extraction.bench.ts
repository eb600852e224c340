/**
 * Extraction speed next to bare wink-nlp tokenisation of the same text, in the same run.
 * Run: pnpm bench (from packages/aligner) — prints tokens/second for both and their ratio.
 * Target (issue 3): the full extraction within 3x of bare tokenisation.
 *
 * The machine is shared, so every figure is a median of samples taken alternately (bare, full,
 * bare, full, …): load from other processes hits both workloads alike. Two views of the corpus:
 * - "blocked": each sample runs one workload over the corpus many times in a row. Bare wink then
 *   runs with its model hot in the CPU caches, its most favourable case: the strict baseline.
 * - "interleaved": each article is tokenised and then extracted, each call timed on its own, so
 *   both see the same cache state (what a caller extracting a stream of articles gets).
 * Extraction itself no longer tokenises: its sentence candidates come from a character scan that
 * finds exactly the ends wink's tokens proposed (src/extract/sentence-ends.ts and its test), so
 * wink here is the yardstick the issue names, not a part of the pipeline. The scan alone is
 * printed too, and tokens/second are absolute, so the figures stand on their own.
 */
import { type Article, parseArticle } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { sentenceEnds } from "../src/extract/sentence-ends.ts";
import { extractArticle } from "../src/extract-article.ts";

/** Bare wink-nlp tokenisation (no pipes), the yardstick. Returns the token count. */
const bareNlp = winkNLP(model, []);
function countWinkTokens(text: string): number {
  return bareNlp.readDoc(text).tokens().length();
}

const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 10 * 1024 * 1024);
/** Minimum milliseconds spent sampling the corpus (both workloads together). */
const CORPUS_MS = Number(process.env.BENCH_MS ?? 6000);

type Workload = () => void;

const median = (r: readonly number[]) => [...r].sort((x, y) => x - y)[r.length >> 1]!;

/** Medians of alternately sampled workloads, after `warmups` untimed rounds (JIT, wink caches). */
function sampleAlternately(
  workloads: readonly Workload[],
  warmups: number,
  minRuns: number,
  minMs: number,
): number[] {
  for (let w = 0; w < warmups; w += 1) for (const run of workloads) run();
  const samples: number[][] = workloads.map(() => []);
  const started = performance.now();
  while (samples[0]!.length < minRuns || performance.now() - started < minMs) {
    workloads.forEach((run, i) => {
      const t = performance.now();
      run();
      samples[i]!.push(performance.now() - t);
    });
  }
  return samples.map(median);
}

/**
 * Per-article alternation: bare then full on each article, each call timed separately; a sample
 * is one pass over the corpus (sums of its call times).
 */
function sampleInterleaved(
  articles: readonly Article[],
  warmups: number,
  minRuns: number,
  minMs: number,
): [number, number] {
  const pass = (): [number, number] => {
    let bare = 0;
    let full = 0;
    for (const a of articles) {
      let t = performance.now();
      countWinkTokens(a.body);
      bare += performance.now() - t;
      t = performance.now();
      extractArticle(a);
      full += performance.now() - t;
    }
    return [bare, full];
  };
  for (let w = 0; w < warmups; w += 1) pass();
  const bare: number[] = [];
  const full: number[] = [];
  const started = performance.now();
  while (bare.length < minRuns || performance.now() - started < minMs) {
    const [b, f] = pass();
    bare.push(b);
    full.push(f);
  }
  return [median(bare), median(full)];
}

const rate = (tokens: number, ms: number) =>
  Math.round(tokens / (ms / 1000))
    .toLocaleString("en-US")
    .padStart(12);

function line(label: string, tokens: number, ms: number, bare: number): string {
  const ratio = label === "bare wink-nlp tokenisation" ? "" : `  ${(ms / bare).toFixed(2)}x bare`;
  return `  ${label.padEnd(30)}${rate(tokens, ms)} tokens/s  (median ${ms.toFixed(2)} ms)${ratio}`;
}

function verdict(full: number, bare: number): string {
  const ratio = full / bare;
  return `  extraction / tokenisation time: ${ratio.toFixed(2)}x (target <= 3x: ${ratio <= 3 ? "met" : "NOT met"})`;
}

const corpus = loadCorpus().files.map((f) => parseArticle({ text: f.text, outlet: f.outlet }));
const corpusTokens = corpus.reduce((n, a) => n + countWinkTokens(a.body), 0);
const corpusBytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.body), 0);

{
  // Blocked: 20 corpus passes per sample, so a sample spans many scheduler slices.
  const passes = 20;
  const repeat = (f: (a: Article) => unknown): Workload => {
    return () => {
      for (let r = 0; r < passes; r += 1) for (const a of corpus) f(a);
    };
  };
  const [bare, ends, full] = sampleAlternately(
    [
      repeat((a) => countWinkTokens(a.body)),
      repeat((a) => sentenceEnds(a.body)),
      repeat((a) => extractArticle(a)),
    ],
    3,
    9,
    CORPUS_MS,
  ) as [number, number, number];
  const tokens = corpusTokens * passes;
  console.log(
    `corpus, blocked (5 articles, ${corpusBytes.toLocaleString("en-US")} bytes, ` +
      `${corpusTokens.toLocaleString("en-US")} tokens; ${passes} passes per sample)\n` +
      `${line("bare wink-nlp tokenisation", tokens, bare, bare)}\n` +
      `${line("sentence-end scan alone", tokens, ends, bare)}\n` +
      `${line("full extraction", tokens, full, bare)}\n${verdict(full, bare)}`,
  );
}
{
  const [bare, full] = sampleInterleaved(corpus, 20, 30, CORPUS_MS / 2);
  console.log(
    "corpus, interleaved (each article tokenised then extracted; one corpus pass per sample)\n" +
      `${line("bare wink-nlp tokenisation", corpusTokens, bare, bare)}\n` +
      `${line("full extraction", corpusTokens, full, bare)}\n${verdict(full, bare)}`,
  );
}
{
  // One large article: the five bodies repeated up to the target size, to show the pipeline stays
  // linear on a single long input (no per-sentence re-tokenisation, no quadratic scans).
  const unit = corpus.map((a) => a.body).join("\n\n");
  const copies = Math.max(1, Math.round(TARGET_BYTES / Buffer.byteLength(unit)));
  const large: Article = {
    ...corpus[0]!,
    body: Array(copies).fill(unit).join("\n\n"),
    paragraphs: [],
  };
  const tokens = countWinkTokens(large.body);
  const [bare, full] = sampleAlternately(
    [() => countWinkTokens(large.body), () => extractArticle(large)],
    1,
    5,
    0,
  ) as [number, number];
  console.log(
    `large generated input (corpus x${copies}, one article: ` +
      `${(Buffer.byteLength(large.body) / 1024 / 1024).toFixed(2)} MB, ${tokens.toLocaleString("en-US")} tokens; 5 samples)\n` +
      `${line("bare wink-nlp tokenisation", tokens, bare, bare)}\n` +
      `${line("full extraction", tokens, full, bare)}\n${verdict(full, bare)}`,
  );
}
