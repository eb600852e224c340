/**
 * `pnpm bench:compare`: speed of compareStory, printed (not asserted).
 *
 * - the corpus end to end (extraction + alignment), warm: the median of repeated runs after one
 *   warm-up run;
 * - generated stories of 10, 100 and 1,000 articles, built by recombining and perturbing the corpus
 *   sentences (synonym swaps, changed figures, dropped words) so statements recur across articles the
 *   way agency copy and shared quotes do, with a seeded generator: the same stories every run.
 */
import { createHash } from "node:crypto";
import { constants, type NodeGCPerformanceDetail, PerformanceObserver } from "node:perf_hooks";
import { compareExtractions, compareStory } from "../src/compare-story.ts";
import { extractArticle } from "../src/extract-article.ts";
import { corpusArticles as corpus, generateStory } from "./generated-story.ts";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Wall time and CPU time (user + system) of one call. The machine is shared: under load the wall
 * time grows with other people's work, the CPU time much less, so both are printed.
 */
function time<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

console.log(`node ${process.version}, ${new Date().toISOString()}`);
// Warm: the model loaded, the code compiled by the JIT, the lemma cache filled. Timed in batches of
// 20 runs (per-run mean of each batch, median over batches): single runs on a busy shared machine
// mostly measure the other processes.
for (let i = 0; i < 10; i += 1) compareStory(corpus);
function perRun(fn: () => unknown): { ms: number; cpuMs: number } {
  const batches = Array.from({ length: 7 }, () =>
    time(() => {
      for (let i = 0; i < 20; i += 1) fn();
    }),
  );
  return {
    ms: median(batches.map((b) => b.ms)) / 20,
    cpuMs: median(batches.map((b) => b.cpuMs)) / 20,
  };
}
const endToEnd = perRun(() => compareStory(corpus));
const extractionOnly = perRun(() => corpus.map(extractArticle));
const extractions = corpus.map(extractArticle);
const alignmentOnly = perRun(() => compareExtractions(corpus, extractions));
console.log(
  `corpus (5 articles) end to end, warm: ${endToEnd.ms.toFixed(1)} ms wall, ${endToEnd.cpuMs.toFixed(1)} ms CPU ` +
    `per run (extraction ${extractionOnly.ms.toFixed(1)} ms + alignment ${alignmentOnly.ms.toFixed(1)} ms wall)`,
);

/**
 * Main-thread garbage collection pauses since the last call: young (scavenges) and old (mark-compact)
 * collections' time. A large story's collection time is much of its run and depends on the heap's
 * young generation size (`--max-semi-space-size`), so it is printed beside the figures.
 */
const pauses: { kind: number; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    pauses.push({
      // A gc entry carries its kind in `detail` (typed only on Node's own entry classes).
      kind: (entry as unknown as { detail: NodeGCPerformanceDetail }).detail.kind ?? 0,
      ms: entry.duration,
    });
}).observe({ entryTypes: ["gc"] });
async function collections(): Promise<string> {
  // GC entries are delivered on the event loop, after the synchronous work they measured.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const sum = (kind: number) =>
    pauses.filter((p) => p.kind === kind).reduce((ms, p) => ms + p.ms, 0);
  const young = sum(constants.NODE_PERFORMANCE_GC_MINOR);
  const old = sum(constants.NODE_PERFORMANCE_GC_MAJOR);
  pauses.length = 0;
  return `GC ${(young + old).toFixed(0)} ms (young ${young.toFixed(0)}, old ${old.toFixed(0)})`;
}

// BENCH_SIZES=1000 runs one size; the output digest shows a speed change left the comparison as it was.
console.log("generated stories (end to end: extraction + alignment; first run in this process):");
for (const size of (process.env.BENCH_SIZES ?? "10,100,1000").split(",").map(Number)) {
  const story = generateStory(size, size);
  await collections();
  const extracted = time(() => story.map(extractArticle));
  const aligned = time(() => compareExtractions(story, extracted.value));
  const total = extracted.ms + aligned.ms;
  const cpu = extracted.cpuMs + aligned.cpuMs;
  const gc = await collections();
  const statements = aligned.value.groups.reduce((n, g) => n + g.statements.length, 0);
  console.log(
    `  ${String(size).padStart(5)} articles: ${total.toFixed(0).padStart(6)} ms wall, ` +
      `${cpu.toFixed(0).padStart(6)} ms CPU = ${(cpu / size).toFixed(2)} ms CPU/article ` +
      `(extraction ${extracted.cpuMs.toFixed(0)} ms, alignment ${aligned.cpuMs.toFixed(0)} ms = ` +
      `${(aligned.cpuMs / size).toFixed(2)} ms/article); ${statements} statements in ` +
      `${aligned.value.groups.length} groups; ${gc}; output sha256 ` +
      createHash("sha256").update(JSON.stringify(aligned.value)).digest("hex").slice(0, 12),
  );
}
