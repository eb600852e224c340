/**
 * Where a 2 MB article's time and memory go (printed figures, not a test):
 *   node --expose-gc --import tsx scripts/profile-large-article.ts [--mb 2] [--format text|html]
 *   (`pnpm --filter @parallax/api profile:large-article` does the same)
 * 1. through the worker pool as POST /api/articles runs it (recycle on, as for inputs over
 *    512 K characters): the time, and this process's RSS before, right after and once the worker
 *    is replaced;
 * 2. in this thread: parse, extract and the whole ingest task timed, with the heap before, right
 *    after and after a full GC, and a CPU profile of the ingest task (top functions by self time).
 * The article is the corpus texts repeated (real news sentences) up to the size asked for.
 */
import { Session } from "node:inspector/promises";
import { parseArgs } from "node:util";
import { extractArticle } from "@parallax/aligner";
import { parseArticle } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import { createWorkerPool } from "../src/workers/worker-pool.ts";
import { TASKS } from "../src/workers/worker-tasks.ts";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    mb: { type: "string", default: "2" },
    format: { type: "string", default: "text" },
    top: { type: "string", default: "15" },
  },
});
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  process.stderr.write("run with node --expose-gc (heap after GC is part of the figures)\n");
  process.exit(2);
}

const html = values.format === "html";
// Just under the size asked for (2 MB is the most parseArticle reads), markup and escapes included.
const targetBytes = Math.floor(Number(values.mb) * 1024 * 1024) - 4096;
const files = loadCorpus().files;
const paragraphs: string[] = [];
let size = 0;
let full = false;
for (let i = 0; !full; i++) {
  const file = files[i % files.length]!;
  // Skip each file's headline line after the first copy: one headline, a very long body.
  const lines = file.text.split("\n").filter((line) => line.trim() !== "");
  for (const line of i === 0 ? lines : lines.slice(1)) {
    const bytes = Buffer.byteLength(line) + (html ? 8 + 4 * (line.match(/[&<]/g)?.length ?? 0) : 2);
    full = size + bytes > targetBytes;
    if (full) break;
    paragraphs.push(line);
    size += bytes;
  }
}
const body = html
  ? `<html><head><title>${paragraphs[0]}</title></head><body><article><h1>${paragraphs[0]}</h1>${paragraphs
      .slice(1)
      .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
      .join("\n")}</article></body></html>`
  : paragraphs.join("\n\n");
const input = html
  ? { outlet: "Profile Outlet", url: null, html: body }
  : { outlet: "Profile Outlet", url: null, text: body };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const heap = () => process.memoryUsage().heapUsed;
/** Wall-clock ms and this process's CPU ms (all its threads): on a shared machine the wall
 * clock also counts the time other processes had the cores, the CPU time does not. */
type Spent = { wall: number; cpu: number };
const spent = (run: () => unknown): (() => Spent) => {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  run();
  return () => {
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
  };
};
const time = <T>(fn: () => T): [T, Spent] => {
  let value: T | undefined;
  const done = spent(() => {
    value = fn();
  });
  return [value as T, done()];
};
const ms = (s: Spent) => `${s.wall.toFixed(0)} ms (CPU ${s.cpu.toFixed(0)} ms)`;

process.stdout.write(
  `input: ${values.format}, ${mb(Buffer.byteLength(body))} (${body.length.toLocaleString("en")} characters, ${paragraphs.length} paragraphs)\n`,
);

// 1. Through the worker pool, as the API runs it, in a process that has done nothing else yet.
const small = { outlet: "Profile Outlet", url: null, text: files[0]!.text };
const pool = createWorkerPool({ size: 1 });
await pool.run("ingest", small); // worker started, lexicons loaded
gc();
const rssBefore = process.memoryUsage().rss;
const done = spent(() => undefined);
await pool.run("ingest", input, { recycle: true });
const poolSpent = done();
const rssAfter = process.memoryUsage().rss;
// The retired worker's heap goes with its thread; give the replacement a moment to start.
await new Promise((resolve) => setTimeout(resolve, 1000));
gc();
process.stdout.write(
  `worker pool (recycle on): ingest ${ms(poolSpent)}; process RSS before ${mb(rssBefore)}, right after ${mb(rssAfter)}, once the worker is replaced ${mb(process.memoryUsage().rss)}\n\n`,
);
await pool.close();
// 2. In this thread, after a small article has loaded the lexicons (so the heap figures show
// what the large one leaves behind, not one-time tables).
TASKS.ingest(small);
gc();
const heapBefore = heap();
const [article, parseMs] = time(() => parseArticle(input));
const [extraction, extractMs] = time(() => extractArticle(article));
const heapAfter = heap();
process.stdout.write(
  `parse ${ms(parseMs)}, extract ${ms(extractMs)} (${extraction.claims.length} claims, ${extraction.quotes.length} quotes, ${article.body.length.toLocaleString("en")} body characters)\n`,
);
const [, taskMs] = time(() => TASKS.ingest(input));
process.stdout.write(
  `whole ingest task (parse + schema checks + extract + grouping signature): ${ms(taskMs)}\n`,
);
gc();
process.stdout.write(
  `heap: before ${mb(heapBefore)}, after parse + extract ${mb(heapAfter)}, after GC ${mb(heap())}\n`,
);

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
TASKS.ingest(input);
const { profile } = await session.post("Profiler.stop");
session.disconnect();
// Self time says which function burns the CPU; total time (the function and what it calls,
// each function counted once per sample) says which step of the pipeline it belongs to.
const selfMs = new Map<string, number>();
const totalMs = new Map<string, number>();
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes)
  for (const child of node.children ?? []) parentOf.set(child, node.id);
const nameOf = (id: number) => {
  const frame = byId.get(id)!.callFrame;
  return `${frame.functionName || "(anonymous)"} ${frame.url.replace(/^.*\/(packages|node_modules|apps)\//, "$1/")}:${frame.lineNumber + 1}`;
};
const deltas = profile.timeDeltas ?? [];
(profile.samples ?? []).forEach((id, i) => {
  const ms = (deltas[i] ?? 0) / 1000;
  selfMs.set(nameOf(id), (selfMs.get(nameOf(id)) ?? 0) + ms);
  const onStack = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    onStack.add(nameOf(at));
  }
  for (const where of onStack) totalMs.set(where, (totalMs.get(where) ?? 0) + ms);
});
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
const table = (title: string, times: Map<string, number>, skip: (where: string) => boolean) => {
  process.stdout.write(`\n${title}:\n`);
  const rows = [...times].filter(([where]) => !skip(where)).sort((a, b) => b[1] - a[1]);
  for (const [where, ms] of rows.slice(0, Number(values.top))) {
    process.stdout.write(
      `  ${ms.toFixed(0).padStart(6)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${where}\n`,
    );
  }
};
process.stdout.write(`\nCPU profile of one ingest task: ${total.toFixed(0)} ms sampled\n`);
table("self time", selfMs, () => false);
// Frames outside the project's and its libraries' code ((root), the script) say nothing.
table("total time", totalMs, (where) => !/ (packages|node_modules|apps)\//.test(where));
