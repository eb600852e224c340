import { join } from "node:path";
import { z } from "zod";
import { readJsonl, spanProblem } from "./read-jsonl.ts";

/** PolNeAR in the shape of ../shared/datasets/polnear (see its README). */
const SpanSchema = z.object({
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  text: z.string(),
});
export type PolnearSpan = z.infer<typeof SpanSchema>;

const AttributionSchema = z.object({
  id: z.string(),
  source: SpanSchema.nullable(),
  cue: SpanSchema.nullable(),
  content: z.array(SpanSchema),
  direct: z.boolean(),
});
export type PolnearAttribution = z.infer<typeof AttributionSchema>;

export const PolnearArticleSchema = z.object({
  id: z.string().min(1),
  publisher: z.string().min(1),
  date: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  attributions: z.array(AttributionSchema),
});
export type PolnearArticle = z.infer<typeof PolnearArticleSchema>;

export type Split = "dev" | "train";

function offsetsProblem(article: PolnearArticle): string | null {
  for (const a of article.attributions) {
    const spans: [string, PolnearSpan | null][] = [
      ["source", a.source],
      ["cue", a.cue],
      ...a.content.map((c, i): [string, PolnearSpan] => [`content ${i + 1}`, c]),
    ];
    for (const [role, span] of spans) {
      if (!span) continue;
      const problem = spanProblem(article.text, span, `attribution ${a.id} ${role}`);
      if (problem) return problem;
    }
  }
  return null;
}

/** Reads `<dir>/<split>.jsonl`; every offset is checked against the article text. */
export function readPolnear(file: string): PolnearArticle[] {
  return readJsonl(file, PolnearArticleSchema, offsetsProblem).map((r) => r.value);
}

export function polnearFile(dataDir: string, split: Split): string {
  return join(dataDir, "polnear", `${split}.jsonl`);
}
