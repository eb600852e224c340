import { createHash } from "node:crypto";

/**
 * An article's id: the first 16 hex characters of the SHA-256 of its normalised input
 * (see `normalizeText`). The same capture always gets the same id, whoever parses it, and two
 * captures that differ only in line endings or trailing spaces share one.
 */
export function articleId(normalizedInput: string): string {
  return createHash("sha256").update(normalizedInput, "utf8").digest("hex").slice(0, 16);
}
