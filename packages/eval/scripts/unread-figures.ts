/**
 * Figure-reading recall on train text (issues 11 item 5 and 12): every number (digits or a number
 * word) in an article that no extracted figure covers, grouped by the word after it, by half.
 * BUILD = ECB+ even topics and PolNeAR articles whose id's char codes sum to an even number; CHECK
 * the rest. Years, ordinals, ages, clock readings and numbers inside dates or codes are left out
 * (no figure is meant to cover them), so what is listed is mostly a count read or missed. Only
 * BUILD examples are printed (never a CHECK text). Train only.
 *
 *   npx tsx scripts/unread-figures.ts [--top N] [--examples N] [--word WORD] [--figures OUT] [DATA_DIR]
 *
 * --figures: writes every figure read, one line each (half, article, value, unit, text; the
 * sentence around it for BUILD only), for diffing two versions of the extraction.
 */
import { writeFileSync } from "node:fs";
import { extractArticle } from "@parallax/aligner";
import { DEFAULT_DATA_DIR } from "../src/datasets/default-data-dir.ts";
import { ecbplusFile, readEcbplus } from "../src/datasets/ecbplus.ts";
import { polnearFile, readPolnear } from "../src/datasets/polnear.ts";
import { readStoryDoc } from "../src/ecbplus/story-doc.ts";
import { articleHalf } from "../src/polnear/pseudo-stories.ts";
import { ingestDatasetTextOrNull } from "../src/text/dataset-article.ts";

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const wordAt = args.indexOf("--word");
const onlyWord = wordAt >= 0 ? (args[wordAt + 1] ?? "").toLowerCase() : null;
const figuresAt = args.indexOf("--figures");
const figuresFile = figuresAt >= 0 ? (args[figuresAt + 1] ?? null) : null;
const figureLines: string[] = [];
const top = flag("--top", 40);
const examplesPer = flag("--examples", 3);
const dataDir =
  args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? DEFAULT_DATA_DIR;

const NUMBER =
  /(?<![\w$£€¥₩.,/-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|dozens|hundreds|thousands)(?:-\w+)?)(?![\w])/gi;
const MONTH =
  /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s$/;

/** Numbers no figure is meant to cover: years, ordinals, ages, clock readings, dates, codes. */
function notAFigure(body: string, start: number, end: number, text: string): boolean {
  const after = body.slice(end, end + 14);
  const before = body.slice(Math.max(0, start - 12), start);
  if (/^\d{4}$/.test(text) && Number(text) >= 1800 && Number(text) <= 2100) return true;
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return true;
  if (/^[-\s]years?[-\s]old\b|^-year-old/i.test(after)) return true;
  if (/^(?::\d|\s?[ap]\.?m\b)/i.test(after)) return true;
  if (MONTH.test(before)) return true;
  // "Ada Roe, 46, said", "She was 85.": an age after a name or "was".
  if (/^\d{1,3}$/.test(text) && /(?:, |\bwas |\baged? )$/.test(before) && /^[,.;)]/.test(after))
    return true;
  if (
    /^,?\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(after) &&
    /^\d{1,2}$/.test(text)
  )
    return true;
  if (/^[-/.]\d|^\//.test(after)) return true;
  if (/[A-Za-z]-$|[A-Z]\s?$|No\.\s$|#$/.test(before)) return true;
  return false;
}

type Hit = { half: "build" | "check"; next: string; example: string };
const hits: Hit[] = [];
const counted = { build: 0, check: 0 };
const covered = { build: 0, check: 0 };

type Read = {
  span: { start: number; end: number };
  value: number;
  unit: string;
  measure: string | null;
};
function scan(id: string, body: string, figures: readonly Read[], half: Hit["half"]) {
  for (const f of figures) {
    const { start, end } = f.span;
    const around =
      half === "build" ? body.slice(Math.max(0, start - 50), end + 50).replace(/\s+/g, " ") : "";
    figureLines.push(
      `${half}\t${id}\t${start}\t${body.slice(start, end)}\t${f.value} ${f.unit} (${f.measure})\t${around}`,
    );
  }
  const spans = figures.map((f) => f.span);
  for (const m of body.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (notAFigure(body, start, end, m[0])) continue;
    counted[half]++;
    if (spans.some((s) => s.start <= start && end <= s.end)) {
      covered[half]++;
      continue;
    }
    const nextWord = /^[\s-]+([A-Za-z’']+)/.exec(body.slice(end, end + 40))?.[1] ?? "·";
    const next =
      /^[A-Z]/.test(nextWord) && !/^[A-Z]+$/.test(nextWord) ? "<Cap>" : nextWord.toLowerCase();
    const line = body.slice(Math.max(0, start - 60), end + 60).replace(/\s+/g, " ");
    hits.push({ half, next: `${next}${/^[A-Z]/.test(nextWord) ? "" : ""}`, example: line });
    if (next === "<Cap>") hits.push({ half, next: `<Cap> ${nextWord}`, example: line });
  }
}

for (const sub of readEcbplus(ecbplusFile(dataDir, "train"))) {
  const half = sub.topic % 2 === 0 ? "build" : "check";
  for (const doc of sub.docs) {
    const read = readStoryDoc(doc);
    if (read === null) continue;
    scan(doc.id, read.article.body, read.extraction.figures, half);
  }
}
for (const item of readPolnear(polnearFile(dataDir, "train"))) {
  const ingested = ingestDatasetTextOrNull(item.text, item.publisher);
  if (ingested === null) continue;
  const x = extractArticle(ingested.article);
  scan(item.id, ingested.article.body, x.figures, articleHalf(item.id));
}

for (const half of ["build", "check"] as const) {
  const unread = hits.filter((h) => h.half === half && !h.next.startsWith("<Cap> "));
  console.log(
    `${half}: numbers ${counted[half]}, covered by a figure ${covered[half]}, unread ${unread.length}`,
  );
}
const groups = new Map<string, { build: Hit[]; check: number }>();
for (const h of hits) {
  const g = groups.get(h.next) ?? { build: [], check: 0 };
  if (h.half === "build") g.build.push(h);
  else g.check++;
  groups.set(h.next, g);
}
const sorted = [...groups.entries()]
  .filter(
    ([k]) =>
      onlyWord === null || k.toLowerCase() === onlyWord || k.toLowerCase() === `<cap> ${onlyWord}`,
  )
  .sort((a, b) => b[1].build.length + b[1].check - (a[1].build.length + a[1].check))
  .slice(0, onlyWord === null ? top : 1);
if (figuresFile !== null) writeFileSync(figuresFile, `${figureLines.join("\n")}\n`);
console.log("\nunread by the word after (build / check):");
for (const [next, g] of sorted) {
  console.log(`${String(g.build.length).padStart(5)} ${String(g.check).padStart(5)}  ${next}`);
  for (const h of g.build.slice(0, onlyWord === null ? examplesPer : 200))
    console.log(`             | ${h.example}`);
}
