import { writeFileSync } from "node:fs";
import { compareExtractions, extractArticle, renderMarkdown } from "@parallax/aligner";
import type { Article, Extraction } from "@parallax/core";
import { ProgressBar, type ProgressStream } from "@parallax/progress";
import { CliError } from "./cli-error.ts";
import type { CompareOptions } from "./compare-options.ts";
import { readArticle, resolveOutlets } from "./read-articles.ts";

export type CommandIo = { stdout: { write(chunk: string): unknown }; stderr: ProgressStream };

/** `parallax compare`: reads the files, compares them and prints (or writes) the report. */
export function runCompare(options: CompareOptions, io: CommandIo): number {
  const report = compareFiles(options, io.stderr);
  if (options.out) {
    try {
      writeFileSync(options.out, report);
    } catch (error) {
      throw new CliError(`cannot write ${options.out}: ${(error as Error).message}`, 1);
    }
  } else {
    io.stdout.write(report);
  }
  return 0;
}

function compareFiles(options: CompareOptions, stderr: ProgressStream): string {
  const inputs = resolveOutlets(options.files, options.outlets);
  const steps = inputs.length * 2;
  const bar = new ProgressBar(
    stderr,
    steps,
    ProgressBar.shouldShow(stderr, inputs.length, options.progress),
  );
  const articles: Article[] = inputs.map((input, index) => {
    bar.update(index, "reading");
    return readArticle(input);
  });
  const distinct = new Set(articles.map((a) => a.id));
  if (distinct.size < 2) {
    throw new CliError(
      "the files hold fewer than two different articles; give at least two different articles",
      2,
    );
  }
  const extractions: Extraction[] = articles.map((article, index) => {
    bar.update(inputs.length + index, "extracting");
    return extractArticle(article);
  });
  bar.update(steps, "comparing");
  const comparison = compareExtractions(articles, extractions);
  bar.done(`compared ${distinct.size} articles: ${comparison.groups.length} statement groups`);
  return options.format === "json"
    ? `${JSON.stringify(comparison, null, 2)}\n`
    : renderMarkdown(comparison, articles);
}
