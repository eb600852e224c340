import type { Article } from "@parallax/core";
import { sql } from "kysely";
import type { Config } from "../config.ts";
import { parseStoredArticle } from "../db/repositories/article-repository.ts";
import type { Store } from "../db/store.ts";
import type { GroupingDecision } from "../db/tables.ts";
import { ApiError, notFound } from "../errors.ts";
import { candidateWindow, chooseStory } from "../grouping/choose-story.ts";
import { fetchArticlePage } from "../ingest/fetch-article-page.ts";
import { nameFromSharedWords } from "../stories/story-name.ts";
import type { WorkerPool } from "../workers/worker-pool.ts";
import type { IngestInput } from "../workers/worker-tasks.ts";
import { currentArticleId } from "./current-article-id.ts";
import { placeInStory } from "./place-in-story.ts";
import { SerialLock } from "./serial-lock.ts";

export type AddArticleRequest = {
  outlet: string;
  text?: string;
  html?: string;
  url?: string;
  storyId?: string;
};

export type AddArticleResult = {
  /** 201 when stored now, 200 when the same content was already there. */
  created: boolean;
  article: Article;
  storyId: string | null;
  grouping: { decision: GroupingDecision; score: number; storyId: string | null };
};

const STORY_NAME_MAX = 200;
/** Key of the PostgreSQL advisory lock that serialises grouping across processes. */
const GROUPING_LOCK_KEY = 7_426_001;

function storyNameFor(article: Article): string {
  const name = article.headline?.trim() || `${article.outlet.name} article`;
  return name.length > STORY_NAME_MAX ? `${name.slice(0, STORY_NAME_MAX - 1)}…` : name;
}

/** Adding an article: fetch (for a URL), parse and extract in a worker, group, store. */
/** Inputs over this many characters get a fresh worker afterwards (see RunOptions.recycle). */
const RECYCLE_AFTER_CHARS = 512 * 1024;

export class ArticleIngest {
  private readonly lock = new SerialLock();
  /** Ingests accepted and not yet answered (fetching, parsing, waiting for a worker, storing). */
  private pending = 0;
  /** Moving average of one ingest's duration, for Retry-After. */
  private averageMs = 1000;

  constructor(
    private readonly store: Store,
    private readonly pool: WorkerPool,
    private readonly config: Config,
    private readonly clock: () => Date,
    private readonly alignerVersion: string,
  ) {}

  private async toIngestInput(request: AddArticleRequest): Promise<IngestInput> {
    const url = request.url ?? null;
    if (request.text !== undefined) return { outlet: request.outlet, url, text: request.text };
    if (request.html !== undefined) return { outlet: request.outlet, url, html: request.html };
    if (url === null) throw new ApiError(400, "INVALID_INPUT", "give one of text, html or url");
    const page = await fetchArticlePage(url, this.config.fetch);
    return page.kind === "html"
      ? { outlet: request.outlet, url: page.url, html: page.body }
      : { outlet: request.outlet, url: page.url, text: page.body };
  }

  /**
   * Adds an article, or refuses at once with 503 and Retry-After when PARALLAX_INGEST_QUEUE
   * ingests are already under way: a burst of writes cannot queue minutes of work.
   */
  async add(request: AddArticleRequest): Promise<AddArticleResult> {
    const limit = this.config.limits.ingestQueue;
    if (this.pending >= limit) {
      const seconds = Math.max(
        1,
        Math.ceil((this.pending * this.averageMs) / Math.max(1, this.config.workers) / 1000),
      );
      throw new ApiError(
        503,
        "INGEST_QUEUE_FULL",
        `${this.pending} articles are being added already (PARALLAX_INGEST_QUEUE=${limit}); retry in ${seconds} s`,
        { pending: this.pending, retryAfterSeconds: seconds },
        { "retry-after": String(seconds) },
      );
    }
    this.pending++;
    const started = performance.now();
    try {
      return await this.addNow(request);
    } finally {
      this.pending--;
      this.averageMs = 0.8 * this.averageMs + 0.2 * (performance.now() - started);
    }
  }

  private async addNow(request: AddArticleRequest): Promise<AddArticleResult> {
    if (request.storyId !== undefined && !(await this.store.stories.find(request.storyId))) {
      throw notFound("story", request.storyId);
    }
    const input = await this.toIngestInput(request);
    const size = "html" in input ? input.html.length : input.text.length;
    const { article, extractionJson, signature } = await this.pool.run("ingest", input, {
      recycle: size > RECYCLE_AFTER_CHARS,
    });

    return this.lock.run(async () => {
      const existing = await this.existing(article.id, request.storyId);
      if (existing) return existing;

      const now = this.clock().toISOString();
      const placed = await this.store.database.db
        .transaction()
        .execute(async (trx) => {
          if (this.store.database.kind === "postgres") {
            // One grouping decision at a time across every process sharing the database.
            await sql`select pg_advisory_xact_lock(${GROUPING_LOCK_KEY})`.execute(trx);
          }
          if (await this.store.articles.find(article.id, trx)) throw new ConcurrentInsert();
          let decision: GroupingDecision;
          let score: number;
          let storyId: string | null;
          if (request.storyId !== undefined) {
            decision = "explicit";
            score = 1;
            storyId = request.storyId;
          } else {
            const byStory = await this.store.articles.signaturesByStory(
              candidateWindow(signature),
              trx,
            );
            const choice = chooseStory(
              signature,
              [...byStory].map(([id, members]) => ({ storyId: id, members })),
            );
            decision = choice.decision;
            score = choice.score;
            storyId = choice.decision === "joined" ? choice.storyId : null;
          }
          if (storyId === null) {
            storyId = (await this.store.stories.create(storyNameFor(article), now, trx, "auto")).id;
          } else if (!(await this.store.stories.findHeld(storyId, trx, this.store.database.kind))) {
            throw notFound("story", storyId);
          }
          const added = await this.store.articles.insert(
            {
              article,
              extractionJson,
              extractionVersion: this.alignerVersion,
              signature,
              storyId,
              decision,
              score,
              addedAt: now,
            },
            trx,
          );
          if (!added) throw new ConcurrentInsert();
          await this.store.stories.touch(storyId, now, trx);
          // A story Parallax named is renamed after what its headlines now share.
          const shared = nameFromSharedWords(
            await this.store.articles.headlinesOfStory(storyId, trx),
          );
          if (shared) await this.store.stories.renameIfAutomatic(storyId, shared, trx);
          return { decision, score, storyId };
        })
        .catch((error: unknown) => {
          if (error instanceof ConcurrentInsert) return null;
          throw error;
        });
      if (!placed) {
        // Another process stored the same content since the check above.
        const raced = await this.existing(article.id, request.storyId);
        if (raced) return raced;
        throw new Error(`article ${article.id} vanished while being added`);
      }
      return { created: true, article, storyId: placed.storyId, grouping: placed };
    });
  }

  /**
   * The stored article with this content hash, placed in `storyId` if it was ungrouped. The
   * content of an earlier version finds the article as it is now (not a second copy).
   */
  private async existing(
    contentId: string,
    storyId: string | undefined,
  ): Promise<AddArticleResult | null> {
    const id = await currentArticleId(this.store, contentId);
    const row = await this.store.articles.find(id);
    if (!row) return null;
    let current = row.story_id;
    let grouping = { decision: row.grouping_decision, score: Number(row.grouping_score) };
    if (storyId !== undefined && current !== storyId) {
      if (current !== null) {
        throw new ApiError(
          409,
          "ARTICLE_IN_OTHER_STORY",
          `this article is already in story "${current}"; remove it there first to move it`,
          { articleId: id, storyId: current },
        );
      }
      const placed = await placeInStory(this.store, id, storyId, this.clock().toISOString());
      grouping = { decision: placed.decision, score: placed.score };
      current = storyId;
    }
    return {
      created: false,
      article: parseStoredArticle(row.article_json),
      storyId: current,
      grouping: { ...grouping, storyId: current },
    };
  }
}

class ConcurrentInsert extends Error {}
