import { writeFileSync } from "node:fs";
import { extractArticle } from "@parallax/aligner";
import { isIngestError } from "@parallax/core";
import { polnearFile, readPolnear } from "../datasets/polnear.ts";
import {
  type ArticleSpread,
  type ArticleTally,
  articleSpread,
  directTally,
} from "../polnear/article-spread.ts";
import type { GoldOutcome, SystemOutcome } from "../polnear/judge-article.ts";
import { judgeArticle } from "../polnear/judge-article.ts";
import { missClassRows, type SpeakerMiss, speakerMisses } from "../polnear/miss-classes.ts";
import {
  type GoldFigures,
  type PolnearFigures,
  type StrictFigures,
  type SystemFigures,
  summarizePolnear,
} from "../polnear/summarize.ts";
import { pct, share, targetLine } from "../report/format.ts";
import { renderTable } from "../report/table.ts";
import type { Suite, SuiteContext, SuiteReport } from "../suite.ts";
import { type DatasetArticle, ingestDatasetText } from "../text/dataset-article.ts";

/** Attribution on PolNeAR: are quotes and reported statements found, and is the speaker right? */
export const polnearSuite: Suite = {
  name: "polnear",
  summary: "attribution on PolNeAR: quotes found, speaker accuracy, precision (direct/indirect)",
  usesDatasets: true,
  run(context: SuiteContext): SuiteReport {
    const file = polnearFile(context.dataDir, context.split);
    const all = readPolnear(file);
    const articles = context.limit === null ? all : all.slice(0, context.limit);
    const gold: GoldOutcome[] = [];
    const system: SystemOutcome[] = [];
    context.progress.start(articles.length, "extracting");
    let extractMs = 0;
    /** Articles ingestion refuses (no body): left out with their attributions, and counted. */
    const refused: { id: string; attributions: number }[] = [];
    const misses: SpeakerMiss[] = [];
    const tallies: ArticleTally[] = [];
    for (const [index, item] of articles.entries()) {
      context.progress.update(index, "extracting");
      let ingested: DatasetArticle;
      try {
        ingested = ingestDatasetText(item.text, item.publisher);
      } catch (error) {
        if (!isIngestError(error)) throw error;
        refused.push({ id: item.id, attributions: item.attributions.length });
        continue;
      }
      const { article, offsets } = ingested;
      const started = performance.now();
      const extraction = extractArticle(article);
      extractMs += performance.now() - started;
      const judged = judgeArticle(item, offsets, extraction);
      gold.push(...judged.gold);
      tallies.push(directTally(judged.gold));
      misses.push(
        ...speakerMisses(item, offsets, article.body, article.paragraphs, extraction, judged.gold),
      );
      system.push(...judged.system);
    }
    context.progress.stop(`extracted ${articles.length} articles`);
    const figures = summarizePolnear(articles.length, gold, system);
    const msPerArticle = articles.length === 0 ? null : extractMs / articles.length;
    const spread = articleSpread(tallies);
    let text = `${render(figures, file, msPerArticle, refused)}\n${spreadLine(spread)}`;
    // Counts by class are printed on every split; the paragraphs are written on train alone
    // (--misses), so dev texts stay unread.
    if (context.misses !== null)
      writeFileSync(context.misses, misses.map((m) => `${JSON.stringify(m)}\n`).join(""));
    const where = context.misses === null ? "" : `; each with its paragraph in ${context.misses}`;
    text += `\n\nDirect speaker misses by class (${context.split}${where})\n${renderTable(["verdict", "class", "quotes"], missClassRows(misses))}`;
    return {
      text,
      figures: { ...figures, msPerArticle, refusedArticles: refused, directSpeakerSpread: spread },
    };
  },
};

function spreadLine(s: ArticleSpread): string {
  const interval =
    s.low === null || s.high === null ? "n/a" : `${s.low.toFixed(3)}–${s.high.toFixed(3)}`;
  return `direct speaker accuracy over articles: 95% interval ${interval} (jackknife over articles); the 5 articles with most misses hold ${s.topFiveMisses} of ${s.misses} misses (${s.articles} articles judged)`;
}

function goldRow(label: string, g: GoldFigures): string[] {
  return [
    label,
    String(g.attributions),
    share(g.foundRate, g.found, g.attributions),
    share(g.speakerAccuracy, g.speakerCorrect, g.speakerJudged),
    String(g.speakerWrong),
    String(g.speakerUnknown),
    String(g.speakerUnresolved),
  ];
}

function strictRow(label: string, s: StrictFigures): string[] {
  return [
    label,
    share(s.accuracy, s.correct, s.judged),
    String(s.wrong),
    String(s.unknown),
    String(s.lenientOnly),
    String(s.lenientOnlyBy["part of the gold name"]),
    String(s.lenientOnlyBy["longer name"]),
    String(s.lenientOnlyBy["other name"]),
  ];
}

function systemRow(label: string, s: SystemFigures): string[] {
  return [
    label,
    String(s.quotes),
    share(s.quotePrecision, s.matched, s.quotes),
    share(s.attributedPrecision, s.attributedCorrect, s.attributed),
  ];
}

function render(
  f: PolnearFigures,
  file: string,
  msPerArticle: number | null,
  refused: readonly { id: string; attributions: number }[],
): string {
  const g = f.gold;
  const unresolved = Object.entries(g.unresolved)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(", ");
  return [
    `PolNeAR attribution — ${file}`,
    `${f.articles} articles, ${g.total} gold attributions: ${g.noContent} without content and ${g.outsideBody} wholly outside the body (headline) are left out.`,
    ...(refused.length > 0
      ? [
          `${refused.length} articles refused by ingestion are left out with their ${refused.reduce((n, r) => n + r.attributions, 0)} attributions: ${refused.map((r) => r.id).join(", ")}`,
        ]
      : []),
    "",
    "Gold attributions (recall side)",
    renderTable(
      ["", "gold", "found", "speaker accuracy", "wrong", "unknown", "unresolved gold"],
      [
        goldRow("all", g.all),
        goldRow("direct", g.direct),
        goldRow("indirect", g.indirect),
        goldRow("named source", g.namedSource),
      ],
    ),
    `speaker accuracy counts found attributions whose gold speaker resolves to a name; "unresolved gold" ones are left out (gold speakers not resolved, all scored: ${unresolved || "none"}).`,
    "",
    "Strict speaker accuracy (same attributions; right only when the speaker entity's name is the gold name or another form of the same person's name)",
    renderTable(
      [
        "",
        "strict accuracy",
        "wrong",
        "unknown",
        "lenient-right, strict-wrong",
        "part of the gold name",
        "longer name",
        "other name",
      ],
      [
        strictRow("all", g.strict.all),
        strictRow("direct", g.strict.direct),
        strictRow("indirect", g.strict.indirect),
        strictRow("named source", g.strict.namedSource),
      ],
    ),
    "",
    "System quotes (precision side; direct/indirect as the system labels them)",
    renderTable(
      ["", "quotes", "match a gold attribution", "attributed with the right speaker"],
      [
        systemRow("all", f.system.all),
        systemRow("direct", f.system.direct),
        systemRow("indirect", f.system.indirect),
      ],
    ),
    "",
    "Targets (issue 11)",
    `  ${targetLine("direct found", g.direct.foundRate, 0.9)}`,
    `  ${targetLine("direct speaker accuracy", g.direct.speakerAccuracy, 0.9)}`,
    `  ${targetLine("named-source speaker accuracy", g.namedSource.speakerAccuracy, 0.75)}`,
    "",
    `extraction: ${msPerArticle === null ? "n/a" : `${msPerArticle.toFixed(1)} ms/article`}; found rate all ${pct(g.all.foundRate)}`,
  ].join("\n");
}
