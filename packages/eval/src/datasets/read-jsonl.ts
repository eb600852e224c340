import { readFileSync } from "node:fs";
import type { z } from "zod";
import { DatasetError } from "./dataset-error.ts";

/** One validated record and the 1-based line it came from. */
export type JsonlRecord<T> = { line: number; value: T };

/**
 * Reads a JSON-lines file and validates every line with `schema`. `check` runs after validation for
 * what a schema cannot say (offsets inside the text) and returns a problem or null. Blank lines are
 * skipped. Any problem is a DatasetError naming the file and line.
 */
export function readJsonl<S extends z.ZodType>(
  file: string,
  schema: S,
  check: (value: z.infer<S>) => string | null = () => null,
): JsonlRecord<z.infer<S>>[] {
  let content: string;
  try {
    content = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DatasetError(
      file,
      null,
      code === "ENOENT"
        ? "no such file; give the dataset folder with --data"
        : `cannot read the file (${code ?? (error as Error).message})`,
    );
  }
  const records: JsonlRecord<z.infer<S>>[] = [];
  const lines = content.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const text = (lines[index] as string).trim();
    if (text === "") continue;
    const line = index + 1;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new DatasetError(file, line, `not valid JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
      throw new DatasetError(
        file,
        line,
        `unexpected shape${where}: ${issue?.message ?? "invalid"}`,
      );
    }
    const problem = check(parsed.data);
    if (problem !== null) throw new DatasetError(file, line, problem);
    records.push({ line, value: parsed.data });
  }
  if (records.length === 0) throw new DatasetError(file, null, "the file holds no records");
  return records;
}

/** A problem message when `span` does not fit in `text` or does not slice to its own text. */
export function spanProblem(
  text: string,
  span: { start: number; end: number; text?: string },
  what: string,
): string | null {
  if (span.end < span.start || span.end > text.length) {
    return `${what} offsets [${span.start}, ${span.end}) are out of range (the text has ${text.length} characters)`;
  }
  if (span.text !== undefined && text.slice(span.start, span.end) !== span.text) {
    return `${what} offsets [${span.start}, ${span.end}) do not slice to its text "${span.text.slice(0, 40)}"`;
  }
  return null;
}
