/**
 * PolNeAR train direct quotes broken down by publisher and by layout (issue 11: dev leaves twice
 * train's share of direct quotes with no speaker; this asks which layouts the rules do not reach).
 * For each gold direct attribution in the body: found (a system quote matches it), and, where the
 * gold speaker resolves to a name, right / wrong / unknown, by half (BUILD read, CHECK counted).
 *
 *   pnpm --filter @parallax/eval exec tsx scripts/polnear-layouts.ts [--dump OUT.jsonl] [DATA_DIR]
 *
 * --dump: writes each BUILD direct quote left unknown with its features and paragraphs, for
 * reading (never CHECK). Features come from the text and the extraction only (layout-features.ts).
 */
import { writeFileSync } from "node:fs";
import { DEFAULT_DATA_DIR } from "../src/datasets/default-data-dir.ts";
import { judgedTrainArticles } from "../src/polnear/judged-train.ts";
import { layoutFeatures } from "../src/polnear/layout-features.ts";

const args = process.argv.slice(2);
const dumpAt = args.indexOf("--dump");
const dumpFile = dumpAt >= 0 ? (args[dumpAt + 1] ?? null) : null;
const dataDir =
  args.find((a, i) => !a.startsWith("--") && (dumpAt < 0 || i !== dumpAt + 1)) ?? DEFAULT_DATA_DIR;

type Cell = { n: number; found: number; right: number; wrong: number; unknown: number };
const empty = (): Cell => ({ n: 0, found: 0, right: 0, wrong: 0, unknown: 0 });
/** feature=value → half → cell */
const table = new Map<string, Map<string, Cell>>();
const cell = (row: string, half: string): Cell => {
  const byHalf = table.get(row) ?? new Map<string, Cell>();
  table.set(row, byHalf);
  const found = byHalf.get(half) ?? empty();
  byHalf.set(half, found);
  return found;
};
const dumps: string[] = [];

for (const { item, article, offsets, half, extraction, judged } of judgedTrainArticles(dataDir)) {
  for (const g of judged.gold) {
    if (!g.direct || g.status !== "scored") continue;
    const attribution = item.attributions.find((a) => a.id === g.id);
    const parts = (attribution?.content ?? [])
      .map((c) => offsets.span(c.start, c.end))
      .filter((r) => r !== null);
    const first = parts[0];
    if (!first) continue;
    const features = layoutFeatures(article, extraction, first, g.speaker.kind);
    const rows = ["all", `publisher=${item.publisher}`, ...features];
    for (const row of rows) {
      const c = cell(row, half);
      c.n++;
      if (g.found) c.found++;
      if (g.verdict === "correct") c.right++;
      else if (g.verdict !== null) c[g.verdict]++;
    }
    if (half === "build" && g.verdict === "unknown" && dumpFile !== null) {
      const p = article.paragraphs.findIndex((q) => q.start <= first.start && first.start < q.end);
      const text = (i: number) => {
        const q = article.paragraphs[i];
        return q ? article.body.slice(q.start, q.end) : null;
      };
      dumps.push(
        JSON.stringify({
          article: item.id,
          publisher: item.publisher,
          attribution: g.id,
          gold: attribution?.source?.text ?? null,
          features,
          before: text(p - 1),
          paragraph: text(p),
          after: text(p + 1),
        }),
      );
    }
  }
}

const pct = (a: number, b: number) => (b === 0 ? "  -  " : `${((100 * a) / b).toFixed(1)}%`);
const show = (c: Cell | undefined) => {
  const d = c ?? empty();
  const judged = d.right + d.wrong + d.unknown;
  return `${String(d.n).padStart(4)} ${String(d.found).padStart(4)} ${String(d.right).padStart(4)} ${String(d.wrong).padStart(3)} ${String(d.unknown).padStart(3)} ${pct(d.unknown, judged).padStart(6)}`;
};
console.log(
  `${"row".padEnd(34)} | BUILD:  n  found right wrong unk unk%   | CHECK:  n  found right wrong unk unk%`,
);
const order = (row: string) => (row === "all" ? "" : row);
for (const row of [...table.keys()].sort((a, b) => order(a).localeCompare(order(b)))) {
  const byHalf = table.get(row);
  console.log(`${row.padEnd(34)} | ${show(byHalf?.get("build"))} | ${show(byHalf?.get("check"))}`);
}
if (dumpFile !== null) writeFileSync(dumpFile, dumps.map((l) => `${l}\n`).join(""));
