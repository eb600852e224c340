import { gzipSync } from "node:zlib";
import { ComparisonSchema } from "@parallax/core";
import type { Store } from "../db/store.ts";
import { ApiError, notFound } from "../errors.ts";
import type { Logger } from "../logger.ts";
import type { RefreshedExtraction } from "../workers/stored-extractions.ts";
import type { WorkerPool } from "../workers/worker-pool.ts";
import { comparisonCacheKey } from "./comparison-cache-key.ts";

/** The Markdown report of a cached comparison, encoded and gzipped once like the JSON. */
export type CachedMarkdown = {
  key: string;
  bytes: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
};

export type ComparisonLimits = { maxArticles: number; timeoutMs: number };

export type CachedComparison = {
  storyId: string;
  key: string;
  /** The comparison serialised and UTF-8 encoded once; responses send these bytes as they are. */
  bytes: Uint8Array<ArrayBuffer>;
  /** gzip of `bytes`, compressed once, for clients that accept it (every browser does). */
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
};

/** Bytes of serialised comparisons kept in memory; least recently used ones are dropped. */
const MEMORY_BYTES = 64 * 1024 * 1024;

/**
 * Comparisons are computed in the worker pool, stored in the database under their cache key and
 * kept in memory as serialised JSON, so a repeated GET costs a key check and a string write.
 */
export class ComparisonService {
  private readonly memory = new Map<string, CachedComparison>();
  private readonly inflight = new Map<string, Promise<CachedComparison>>();
  /** Markdown reports per story, valid while their key is the story's current one. */
  private readonly markdowns = new Map<string, CachedMarkdown>();
  private readonly markdownInflight = new Map<string, Promise<CachedMarkdown>>();
  /** Current cache key per story, valid while no write happened since (same generation). */
  private readonly keys = new Map<string, { key: string; generation: number; at: number }>();
  private generation = 0;
  private changeCount = 0;
  /**
   * On PostgreSQL other processes may write too, so a remembered key also expires after this
   * long; on the embedded database this process is the only writer.
   */
  private readonly keyTtlMs: number;

  constructor(
    private readonly store: Store,
    private readonly pool: WorkerPool,
    private readonly alignerVersion: string,
    private readonly clock: () => Date,
    private readonly logger: Logger,
    private readonly limits: ComparisonLimits,
  ) {
    this.keyTtlMs = store.database.kind === "postgres" ? 1000 : Number.POSITIVE_INFINITY;
  }

  /** Called after every write request: remembered keys may be stale now. */
  invalidate(): void {
    this.generation++;
    this.changeCount++;
    this.keys.clear();
  }

  /**
   * Moves on every write this process sees and every comparison it stores: anything read from
   * the database before (e.g. a story-list page with conflict counts) is stale once it moved.
   */
  get changes(): number {
    return this.changeCount;
  }

  async currentKey(storyId: string): Promise<string> {
    const now = Date.now();
    const known = this.keys.get(storyId);
    if (known && known.generation === this.generation && now - known.at < this.keyTtlMs) {
      return known.key;
    }
    // Taken before reading: a write that lands meanwhile bumps it and voids this entry.
    const generation = this.generation;
    if (!(await this.store.stories.find(storyId))) throw notFound("story", storyId);
    const key = comparisonCacheKey(
      await this.store.articles.idsOfStory(storyId),
      this.alignerVersion,
    );
    if (generation === this.generation) this.keys.set(storyId, { key, generation, at: now });
    return key;
  }

  async get(storyId: string): Promise<CachedComparison> {
    const key = await this.currentKey(storyId);
    const remembered = this.memory.get(storyId);
    if (remembered?.key === key) {
      this.memory.delete(storyId);
      this.memory.set(storyId, remembered);
      return remembered;
    }
    const running = this.inflight.get(key);
    if (running) return running;
    const loading = this.loadOrCompute(storyId, key).finally(() => this.inflight.delete(key));
    this.inflight.set(key, loading);
    return loading;
  }

  private async loadOrCompute(storyId: string, key: string): Promise<CachedComparison> {
    const stored = await this.store.comparisons.find(storyId);
    if (stored?.cache_key === key) {
      // Validated once on its way out of the database, then served from memory.
      ComparisonSchema.parse(JSON.parse(stored.comparison_json));
      return this.remember(this.entry(storyId, key, stored.comparison_json));
    }
    const rows = await this.store.articles.comparisonInputsOfStory(storyId, this.alignerVersion);
    if (rows.length > this.limits.maxArticles) {
      throw new ApiError(
        422,
        "COMPARISON_TOO_LARGE",
        `this story has ${rows.length} articles; a comparison takes at most ${this.limits.maxArticles} (PARALLAX_COMPARE_MAX_ARTICLES): split it into smaller stories`,
        { articles: rows.length, limit: this.limits.maxArticles },
      );
    }
    const started = performance.now();
    const { json, conflictCount, refreshed, rejected } = await this.pool.run(
      "compare",
      {
        articleJsons: rows.map((row) => row.article_json),
        extractionJsons: rows.map((row) => row.extraction_json),
      },
      {
        timeoutMs: this.limits.timeoutMs,
        onTimeout: () =>
          new ApiError(
            503,
            "COMPARISON_TIMEOUT",
            `comparing this story's ${rows.length} articles took longer than ${this.limits.timeoutMs} ms and was stopped (PARALLAX_COMPARE_TIMEOUT_MS); split the story or retry when the server is less busy`,
            { articles: rows.length, timeoutMs: this.limits.timeoutMs },
            { "retry-after": "30" },
          ),
      },
    );
    this.logger.info("comparison computed", {
      storyId,
      articles: rows.length,
      extracted: refreshed.length,
      ms: Math.round(performance.now() - started),
    });
    for (const { articleId, reason } of rejected) {
      this.logger.error("stored extraction unusable, extracted again", {
        storyId,
        articleId,
        reason,
      });
    }
    await this.storeExtractions(storyId, rows, refreshed);
    // The story may have changed while the workers ran: only a still-current result is stored.
    const now = comparisonCacheKey(
      await this.store.articles.idsOfStory(storyId),
      this.alignerVersion,
    );
    const computedKey = comparisonCacheKey(
      rows.map((row) => row.id),
      this.alignerVersion,
    );
    if (now === computedKey && (await this.store.stories.find(storyId))) {
      try {
        await this.store.comparisons.save({
          story_id: storyId,
          cache_key: computedKey,
          aligner_version: this.alignerVersion,
          comparison_json: json,
          conflict_count: conflictCount,
          computed_at: this.clock().toISOString(),
        });
        this.changeCount++;
      } catch (error) {
        // The story was deleted in between (foreign key): the result is still a valid answer.
        this.logger.info("comparison not stored", { storyId, reason: (error as Error).message });
      }
    }
    const result = this.entry(storyId, computedKey, json);
    return now === computedKey ? this.remember(result) : result;
  }

  /** Extractions made again are stored, so the next comparison of these articles reads them. */
  private async storeExtractions(
    storyId: string,
    rows: readonly { id: string; extraction_version: string }[],
    refreshed: readonly RefreshedExtraction[],
  ): Promise<void> {
    if (refreshed.length === 0) return;
    const versionRead = new Map(rows.map((row) => [row.id, row.extraction_version]));
    try {
      await this.store.articles.replaceExtractions(
        refreshed.map((fresh) => ({
          id: fresh.articleId,
          replacing: versionRead.get(fresh.articleId) ?? "",
          extractionJson: fresh.extractionJson,
          signature: fresh.signature,
        })),
        this.alignerVersion,
      );
    } catch (error) {
      // The comparison stands without them: the next one extracts these articles again.
      this.logger.error("extractions not stored", { storyId, reason: (error as Error).message });
    }
  }

  private entry(storyId: string, key: string, json: string): CachedComparison {
    const bytes = Buffer.from(json, "utf8");
    return { storyId, key, bytes, gzip: gzipSync(bytes), etag: `"${key}"` };
  }

  private remember(entry: CachedComparison): CachedComparison {
    this.memory.delete(entry.storyId);
    this.memory.set(entry.storyId, entry);
    let total = 0;
    for (const cached of this.memory.values()) total += cached.bytes.length + cached.gzip.length;
    // The newest entry always stays, however large.
    while (total > MEMORY_BYTES && this.memory.size > 1) {
      const [oldestId, oldest] = this.memory.entries().next().value ?? [];
      if (oldestId === undefined || !oldest) break;
      this.memory.delete(oldestId);
      this.markdowns.delete(oldestId);
      total -= oldest.bytes.length + oldest.gzip.length;
    }
    return entry;
  }

  /**
   * The comparison as a Markdown report, rendered in a worker once per comparison key and then
   * served from memory like the JSON.
   */
  async markdown(storyId: string): Promise<CachedMarkdown> {
    const comparison = await this.get(storyId);
    const known = this.markdowns.get(storyId);
    if (known?.key === comparison.key) return known;
    const running = this.markdownInflight.get(comparison.key);
    if (running) return running;
    const rendering = this.renderMarkdown(storyId, comparison).finally(() =>
      this.markdownInflight.delete(comparison.key),
    );
    this.markdownInflight.set(comparison.key, rendering);
    return rendering;
  }

  private async renderMarkdown(
    storyId: string,
    comparison: CachedComparison,
  ): Promise<CachedMarkdown> {
    const rows = await this.store.articles.jsonOfStory(storyId);
    const { markdown } = await this.pool.run("markdown", {
      comparisonJson: Buffer.from(comparison.bytes).toString("utf8"),
      articleJsons: rows.map((row) => row.article_json),
    });
    const bytes = Buffer.from(markdown, "utf8");
    const entry = {
      key: comparison.key,
      bytes,
      gzip: gzipSync(bytes),
      etag: `"md-${comparison.key}"`,
    };
    // Only a report of the comparison still current when it finished is kept.
    if (this.memory.get(storyId)?.key === comparison.key) this.markdowns.set(storyId, entry);
    return entry;
  }
}
