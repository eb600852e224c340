/**
 * PolNeAR train speaker figures by half (issue 11): for direct and indirect gold attributions,
 * right / wrong / unknown speakers; for system quotes, attributed and right. BUILD is an article
 * whose id's char codes sum to an even number, CHECK an odd one. Train only.
 *
 *   pnpm --filter @parallax/eval exec tsx scripts/polnear-halves.ts [--unknown OUT.jsonl] [DATA_DIR]
 *
 * --unknown: also writes each BUILD direct quote left unknown (gold speaker a name) with its
 * paragraph and the body offsets of its content, for reading which sieve refused it.
 */
import { writeFileSync } from "node:fs";
import { extractArticle } from "@parallax/aligner";
import { DEFAULT_DATA_DIR } from "../src/datasets/default-data-dir.ts";
import { polnearFile, readPolnear } from "../src/datasets/polnear.ts";
import { judgeArticle } from "../src/polnear/judge-article.ts";
import { articleHalf } from "../src/polnear/pseudo-stories.ts";
import { ingestDatasetTextOrNull } from "../src/text/dataset-article.ts";

const args = process.argv.slice(2);
const unknownAt = args.indexOf("--unknown");
const unknownFile = unknownAt >= 0 ? (args[unknownAt + 1] ?? null) : null;
const dataDir =
  args.find((a, i) => !a.startsWith("--") && (unknownAt < 0 || i !== unknownAt + 1)) ??
  DEFAULT_DATA_DIR;

type Tally = Record<"right" | "wrong" | "unknown" | "attributed" | "systemRight", number>;
const empty = (): Tally => ({ right: 0, wrong: 0, unknown: 0, attributed: 0, systemRight: 0 });
const tallies = new Map<string, Tally>();
const tally = (key: string): Tally => {
  const found = tallies.get(key) ?? empty();
  tallies.set(key, found);
  return found;
};
const unknowns: string[] = [];

for (const item of readPolnear(polnearFile(dataDir, "train"))) {
  const ingested = ingestDatasetTextOrNull(item.text, item.publisher);
  if (ingested === null) continue;
  const { article, offsets } = ingested;
  const half = articleHalf(item.id);
  const judged = judgeArticle(item, offsets, extractArticle(article));
  for (const g of judged.gold) {
    if (g.verdict === null) continue;
    const t = tally(`${half} ${g.direct ? "direct" : "indirect"}`);
    t[g.verdict === "correct" ? "right" : g.verdict]++;
    if (half !== "build" || !g.direct || g.verdict !== "unknown" || unknownFile === null) continue;
    const attribution = item.attributions.find((a) => a.id === g.id);
    const first = attribution?.content[0];
    const span = first ? offsets.span(first.start, first.end) : null;
    if (!span) continue;
    const paragraph = article.paragraphs.find((p) => p.start <= span.start && span.start < p.end);
    unknowns.push(
      JSON.stringify({
        article: item.id,
        attribution: g.id,
        gold: attribution?.source?.text ?? null,
        content: span,
        paragraph: paragraph ? article.body.slice(paragraph.start, paragraph.end) : "",
        paragraphStart: paragraph?.start ?? 0,
      }),
    );
  }
  for (const s of judged.system) {
    if (!s.attributed) continue;
    const t = tally(`${half} system ${s.direct ? "direct" : "indirect"}`);
    t.attributed++;
    if (s.speakerCorrect) t.systemRight++;
  }
}

for (const [key, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(
    key.includes("system")
      ? `${key}: right ${t.systemRight} of ${t.attributed} attributed`
      : `${key}: right ${t.right} wrong ${t.wrong} unknown ${t.unknown}`,
  );
}
if (unknownFile !== null) writeFileSync(unknownFile, unknowns.map((l) => `${l}\n`).join(""));
