/**
 * PolNeAR train speaker figures by half (issue 11): for direct and indirect gold attributions,
 * right / wrong / unknown speakers; for system quotes, attributed and right. BUILD is an article
 * whose id's char codes sum to an even number, CHECK an odd one. Train only.
 *
 *   pnpm --filter @parallax/eval exec tsx scripts/polnear-halves.ts [--unknown OUT.jsonl]
 *     [--strict-misses OUT.jsonl] [--wrong OUT.jsonl] [DATA_DIR]
 *
 * Each line also gives the strict measure (strict-speaker.ts): strict right / wrong, and how many
 * lenient-right speakers it judges wrong.
 * --unknown: also writes each BUILD direct quote left unknown (gold speaker a name) with its
 * paragraph and the body offsets of its content, for reading which sieve refused it.
 * --strict-misses: writes each BUILD attribution (direct or indirect) right by the lenient
 * measure and wrong by the strict one, with the gold name, the system entity and its paragraph.
 * --wrong: writes each BUILD attribution (direct or indirect) wrong by the lenient measure, in the
 * same form (mismatch "wrong"), for reading wrong speakers on the indirect side too (the misses
 * file of `pnpm eval polnear` holds direct quotes only).
 */
import { writeFileSync } from "node:fs";
import { DEFAULT_DATA_DIR } from "../src/datasets/default-data-dir.ts";
import { judgedTrainArticles } from "../src/polnear/judged-train.ts";

const args = process.argv.slice(2);
const unknownAt = args.indexOf("--unknown");
const unknownFile = unknownAt >= 0 ? (args[unknownAt + 1] ?? null) : null;
const strictAt = args.indexOf("--strict-misses");
const strictFile = strictAt >= 0 ? (args[strictAt + 1] ?? null) : null;
const wrongAt = args.indexOf("--wrong");
const wrongFile = wrongAt >= 0 ? (args[wrongAt + 1] ?? null) : null;
const dataDir =
  args.find(
    (a, i) =>
      !a.startsWith("--") &&
      (unknownAt < 0 || i !== unknownAt + 1) &&
      (strictAt < 0 || i !== strictAt + 1) &&
      (wrongAt < 0 || i !== wrongAt + 1),
  ) ?? DEFAULT_DATA_DIR;

type Tally = Record<
  "right" | "wrong" | "unknown" | "attributed" | "systemRight" | "strictRight" | "lenientOnly",
  number
>;
const empty = (): Tally => ({
  right: 0,
  wrong: 0,
  unknown: 0,
  attributed: 0,
  systemRight: 0,
  strictRight: 0,
  lenientOnly: 0,
});
const tallies = new Map<string, Tally>();
const tally = (key: string): Tally => {
  const found = tallies.get(key) ?? empty();
  tallies.set(key, found);
  return found;
};
const unknowns: string[] = [];
const strictMisses: string[] = [];
const wrongs: string[] = [];

for (const { item, article, offsets, half, extraction, judged } of judgedTrainArticles(dataDir)) {
  for (const g of judged.gold) {
    if (g.verdict === null) continue;
    const t = tally(`${half} ${g.direct ? "direct" : "indirect"}`);
    t[g.verdict === "correct" ? "right" : g.verdict]++;
    if (g.strictVerdict === "correct") t.strictRight++;
    const lenientWrong = g.verdict === "wrong";
    if (g.strictMismatch !== null) t.lenientOnly++;
    const out = lenientWrong ? wrongFile : g.strictMismatch !== null ? strictFile : null;
    if (half === "build" && out !== null && g.speaker.kind !== "unresolved") {
      const attribution = item.attributions.find((a) => a.id === g.id);
      const entity = extraction.entities.find((e) => e.id === g.speakerId);
      const first = attribution?.content[0];
      const span = first ? offsets.span(first.start, first.end) : null;
      const paragraph = span
        ? article.paragraphs.find((p) => p.start <= span.start && span.start < p.end)
        : undefined;
      (lenientWrong ? wrongs : strictMisses).push(
        JSON.stringify({
          article: item.id,
          attribution: g.id,
          direct: g.direct,
          mismatch: lenientWrong ? "wrong" : g.strictMismatch,
          gold: { source: attribution?.source?.text ?? null, name: g.speaker.name.text },
          system: {
            name: entity?.name ?? null,
            kind: entity?.kind ?? null,
            mentions: entity?.mentions.map((m) => m.text) ?? [],
          },
          content: attribution?.content.map((c) => c.text).join(" … ") ?? "",
          paragraph: paragraph ? article.body.slice(paragraph.start, paragraph.end) : "",
        }),
      );
    }
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
      : `${key}: right ${t.right} wrong ${t.wrong} unknown ${t.unknown}; strict right ${t.strictRight} (lenient-right, strict-wrong ${t.lenientOnly})`,
  );
}
if (unknownFile !== null) writeFileSync(unknownFile, unknowns.map((l) => `${l}\n`).join(""));
if (strictFile !== null) writeFileSync(strictFile, strictMisses.map((l) => `${l}\n`).join(""));
if (wrongFile !== null) writeFileSync(wrongFile, wrongs.map((l) => `${l}\n`).join(""));
