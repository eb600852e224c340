import { compareExtractions, extractArticle, renderMarkdown } from "@parallax/aligner";
import {
  type Article,
  ArticleSchema,
  type Comparison,
  ComparisonSchema,
  type Extraction,
  ExtractionSchema,
  IngestError,
  parseArticle,
} from "@parallax/core";
import { buildGroupingSignature, type GroupingSignature } from "../grouping/grouping-signature.ts";
import {
  extractionsForComparison,
  type RefreshedExtraction,
  type RejectedExtraction,
} from "./stored-extractions.ts";

// The CPU-heavy work of the API. Runs inside worker threads (see worker-pool.ts) so a long
// comparison never blocks the event loop. Every input read from storage is validated here, and
// every output once before it leaves: parseArticle already returns an ArticleSchema-checked
// article, so that one is not checked a second time (~20 ms for a 2 MB article).

export type IngestInput = {
  outlet: string;
  url: string | null;
} & ({ text: string | Uint8Array } | { html: string | Uint8Array });

export type Tasks = {
  ingest: {
    input: IngestInput;
    /**
     * The extraction leaves as JSON, checked against ExtractionSchema first: it is only stored,
     * and a 2 MB article's is ~13 MB of JSON whose structured clone to the main thread took
     * 160-380 ms (then the main thread stringified it again to store it).
     */
    output: { article: Article; extractionJson: string; signature: GroupingSignature };
  };
  extract: {
    input: { articleJson: string };
    output: { extraction: Extraction; signature: GroupingSignature };
  };
  compare: {
    /**
     * `extractionJsons[i]` is the stored extraction of `articleJsons[i]` when the running aligner
     * version made it, else null: the articles without one are extracted again and their fresh
     * extractions come back to be stored. Omitted: every article is extracted, nothing comes back.
     */
    input: { articleJsons: string[]; extractionJsons?: (string | null)[] };
    output: {
      json: string;
      conflictCount: number;
      refreshed: RefreshedExtraction[];
      rejected: RejectedExtraction[];
    };
  };
  markdown: {
    input: { comparisonJson: string; articleJsons: string[] };
    output: { markdown: string };
  };
};

export type TaskKind = keyof Tasks;
export type Task = { [K in TaskKind]: { kind: K; input: Tasks[K]["input"] } }[TaskKind];

function extract(article: Article) {
  const extraction = ExtractionSchema.parse(extractArticle(article));
  return { extraction, signature: buildGroupingSignature(article, extraction) };
}

const parseArticles = (jsons: readonly string[]) =>
  jsons.map((json) => ArticleSchema.parse(JSON.parse(json)));

export const TASKS: { [K in TaskKind]: (input: Tasks[K]["input"]) => Tasks[K]["output"] } = {
  ingest(input) {
    const article =
      "html" in input
        ? parseArticle({ outlet: input.outlet, url: input.url, html: input.html })
        : parseArticle({ outlet: input.outlet, url: input.url, text: input.text });
    const { extraction, signature } = extract(article);
    return { article, extractionJson: JSON.stringify(extraction), signature };
  },
  extract({ articleJson }) {
    return extract(ArticleSchema.parse(JSON.parse(articleJson)));
  },
  compare({ articleJsons, extractionJsons }) {
    const articles = parseArticles(articleJsons);
    const { extractions, refreshed, rejected } = extractionsForComparison(
      articles,
      extractionJsons,
    );
    const comparison: Comparison = ComparisonSchema.parse(
      compareExtractions(articles, extractions),
    );
    return {
      json: JSON.stringify(comparison),
      conflictCount: comparison.groups.filter((g) => g.relation === "conflict").length,
      refreshed,
      rejected,
    };
  },
  markdown({ comparisonJson, articleJsons }) {
    const comparison = ComparisonSchema.parse(JSON.parse(comparisonJson));
    return { markdown: renderMarkdown(comparison, parseArticles(articleJsons)) };
  },
};

export function runTask(task: Task): Tasks[TaskKind]["output"] {
  const run = TASKS[task.kind] as (input: Task["input"]) => Tasks[TaskKind]["output"];
  return run(task.input);
}

/** What crosses the thread boundary when a task fails; IngestError keeps its code. */
export type SerializedError = {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  details?: Record<string, unknown>;
};

export function serializeError(error: unknown): SerializedError {
  if (error instanceof IngestError) {
    return { name: error.name, message: error.message, code: error.code, details: error.details };
  }
  if (error instanceof Error)
    return { name: error.name, message: error.message, stack: error.stack };
  return { name: "Error", message: String(error) };
}

export function deserializeError(error: SerializedError): Error {
  if (error.name === "IngestError" && error.code) {
    return new IngestError(error.code as IngestError["code"], error.message, error.details);
  }
  const restored = new Error(error.message);
  restored.name = error.name;
  if (error.stack) restored.stack = error.stack;
  return restored;
}
