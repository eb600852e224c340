import { createHash } from "node:crypto";

/**
 * A comparison depends only on its articles (content-hashed ids) and the aligner version, so this
 * key changes exactly when a cached comparison goes stale.
 */
export function comparisonCacheKey(articleIds: readonly string[], alignerVersion: string): string {
  const hash = createHash("sha256");
  hash.update(alignerVersion);
  for (const id of [...articleIds].sort()) hash.update(`\n${id}`);
  return hash.digest("hex").slice(0, 32);
}
