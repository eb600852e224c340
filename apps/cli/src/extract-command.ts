import { extractArticle } from "@parallax/aligner";
import type { CommandIo } from "./compare-command.ts";
import type { ExtractOptions } from "./extract-options.ts";
import { extractionText } from "./extraction-text.ts";
import { readArticle, resolveOutlets } from "./read-articles.ts";

/**
 * `parallax extract`: reads every file first (so a bad one fails before anything is printed), then
 * prints each article's extraction as readable text or as one JSON array.
 */
export function runExtract(options: ExtractOptions, io: CommandIo): number {
  const inputs = resolveOutlets(options.files, options.outlets);
  const articles = inputs.map(readArticle);
  const entries = articles.map((article, index) => ({
    file: inputs[index]?.path as string,
    article,
    extraction: extractArticle(article),
  }));
  if (options.format === "json") {
    const json = entries.map(({ file, article, extraction }) => ({
      file,
      article: {
        id: article.id,
        outlet: article.outlet,
        headline: article.headline,
        publishedAt: article.publishedAt,
      },
      extraction,
    }));
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  io.stdout.write(
    entries.map((entry, index) => extractionText({ ...entry, number: index + 1 })).join("\n"),
  );
  return 0;
}
