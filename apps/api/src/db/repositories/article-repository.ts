import {
  type Article,
  ArticleIdSchema,
  ArticleSchema,
  type Extraction,
  ExtractionSchema,
} from "@parallax/core";
import type { Kysely } from "kysely";
import type { GroupingSignature } from "../../grouping/grouping-signature.ts";
import type { ArticleSummary } from "../../schemas/api-schemas.ts";
import type { ArticleRow, GroupingDecision, Tables } from "../tables.ts";
import { readPage } from "./list-cursor.ts";

const isArticleId = (id: string) => ArticleIdSchema.safeParse(id).success;

export type NewArticle = {
  article: Article;
  /**
   * The extraction as JSON, validated where it was built (the ingest task): a 2 MB article's
   * extraction is ~13 MB of JSON, too costly to copy between threads as objects and stringify
   * again here.
   */
  extractionJson: string;
  extractionVersion: string;
  signature: GroupingSignature;
  storyId: string | null;
  decision: GroupingDecision;
  score: number;
  addedAt: string;
};

export type ArticleListQuery = {
  storyId?: string;
  outletId?: string;
  limit: number;
  cursor?: string;
};

const SUMMARY_COLUMNS = [
  "id",
  "story_id",
  "outlet_id",
  "outlet_name",
  "headline",
  "published_at",
  "url",
  "word_count",
  "added_at",
  "grouping_decision",
  "grouping_score",
] as const;

type SummaryRow = Pick<ArticleRow, (typeof SUMMARY_COLUMNS)[number]>;

export function toArticleSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    outlet: { id: row.outlet_id, name: row.outlet_name },
    headline: row.headline,
    publishedAt: row.published_at,
    url: row.url,
    wordCount: Number(row.word_count),
    storyId: row.story_id,
    addedAt: row.added_at,
    grouping: { decision: row.grouping_decision, score: Number(row.grouping_score) },
  };
}

/** Stored JSON is validated on the way out: a corrupt row fails loudly instead of reaching a client. */
export const parseStoredArticle = (json: string): Article => ArticleSchema.parse(JSON.parse(json));
export const parseStoredExtraction = (json: string): Extraction =>
  ExtractionSchema.parse(JSON.parse(json));

const wordCount = (body: string) => body.split(/\s+/).filter(Boolean).length;

export class ArticleRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Inserts unless an article with the same content hash exists; true when inserted. */
  async insert(input: NewArticle, db: Kysely<Tables> = this.db): Promise<boolean> {
    const { article } = input;
    const result = await db
      .insertInto("articles")
      .values({
        id: article.id,
        story_id: input.storyId,
        outlet_id: article.outlet.id,
        outlet_name: article.outlet.name,
        headline: article.headline,
        published_at: article.publishedAt?.value ?? null,
        url: article.url,
        word_count: wordCount(article.body),
        added_at: input.addedAt,
        article_json: JSON.stringify(article),
        extraction_json: input.extractionJson,
        extraction_version: input.extractionVersion,
        signature_json: JSON.stringify(input.signature),
        grouping_decision: input.decision,
        grouping_score: input.score,
      })
      .onConflict((oc) => oc.column("id").doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  find(id: string, db: Kysely<Tables> = this.db): Promise<ArticleRow | undefined> {
    return db.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
  }

  async findSummary(id: string): Promise<ArticleSummary | undefined> {
    const row = await this.db
      .selectFrom("articles")
      .select(SUMMARY_COLUMNS)
      .where("id", "=", id)
      .executeTakeFirst();
    return row && toArticleSummary(row);
  }

  /** Articles in the order they were added, one page at a time. */
  async list(
    query: ArticleListQuery,
  ): Promise<{ items: ArticleSummary[]; nextCursor: string | null }> {
    let select = this.db.selectFrom("articles").select(SUMMARY_COLUMNS);
    if (query.storyId !== undefined) select = select.where("story_id", "=", query.storyId);
    if (query.outletId !== undefined) select = select.where("outlet_id", "=", query.outletId);
    const page = await readPage(select, query, "added_at", (row) => row.added_at, isArticleId);
    return { items: page.rows.map(toArticleSummary), nextCursor: page.nextCursor };
  }

  /** A story's articles by publication date (undated last), then by when they were added. */
  async summariesOfStory(storyId: string): Promise<ArticleSummary[]> {
    const rows = await this.db
      .selectFrom("articles")
      .select(SUMMARY_COLUMNS)
      .where("story_id", "=", storyId)
      .orderBy("added_at")
      .orderBy("id")
      .execute();
    return rows
      .map(toArticleSummary)
      .sort(
        (a, b) =>
          (a.publishedAt ? Date.parse(a.publishedAt) : Number.POSITIVE_INFINITY) -
            (b.publishedAt ? Date.parse(b.publishedAt) : Number.POSITIVE_INFINITY) || 0,
      );
  }

  /** Ids and stored article JSON of a story, sorted by id (the comparison's input order). */
  jsonOfStory(storyId: string): Promise<{ id: string; article_json: string }[]> {
    return this.db
      .selectFrom("articles")
      .select(["id", "article_json"])
      .where("story_id", "=", storyId)
      .orderBy("id")
      .execute();
  }

  /**
   * As `jsonOfStory`, with each article's stored extraction when aligner `version` made it (else
   * null: a stale one is not read) and the version that made the stored one.
   */
  comparisonInputsOfStory(
    storyId: string,
    version: string,
  ): Promise<
    {
      id: string;
      article_json: string;
      extraction_json: string | null;
      extraction_version: string;
    }[]
  > {
    return this.db
      .selectFrom("articles")
      .select((eb) => [
        "id",
        "article_json",
        "extraction_version",
        eb
          .case()
          .when("extraction_version", "=", version)
          .then(eb.ref("extraction_json"))
          .else(null)
          .end()
          .as("extraction_json"),
      ])
      .where("story_id", "=", storyId)
      .orderBy("id")
      .execute();
  }

  /**
   * Stores extractions made again (with their grouping signatures) under aligner `version`, each
   * only while its row still holds what was read (`replacing`, the version that made the stored
   * one): a row another writer refreshed meanwhile, or whose article changed, is left as it is.
   * One transaction: each commit is a disk sync on the embedded database.
   */
  async replaceExtractions(
    rows: readonly {
      id: string;
      replacing: string;
      extractionJson: string;
      signature: GroupingSignature;
    }[],
    version: string,
  ): Promise<number> {
    if (rows.length === 0) return 0;
    return this.db.transaction().execute(async (trx) => {
      let replaced = 0;
      for (const row of rows) {
        const result = await trx
          .updateTable("articles")
          .set({
            extraction_json: row.extractionJson,
            extraction_version: version,
            signature_json: JSON.stringify(row.signature),
          })
          .where("id", "=", row.id)
          .where("extraction_version", "=", row.replacing)
          .executeTakeFirst();
        replaced += Number(result.numUpdatedRows);
      }
      return replaced;
    });
  }

  /** The headlines of a story's articles, in the order they were added. */
  async headlinesOfStory(
    storyId: string,
    db: Kysely<Tables> = this.db,
  ): Promise<(string | null)[]> {
    const rows = await db
      .selectFrom("articles")
      .select("headline")
      .where("story_id", "=", storyId)
      .orderBy("added_at")
      .orderBy("id")
      .execute();
    return rows.map((row) => row.headline);
  }

  /** The story of each given article (null when ungrouped); unknown ids are left out. */
  async storyIdsOf(ids: readonly string[]): Promise<Map<string, string | null>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom("articles")
      .select(["id", "story_id"])
      .where("id", "in", [...new Set(ids)])
      .execute();
    return new Map(rows.map((row) => [row.id, row.story_id]));
  }

  async idsOfStory(storyId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom("articles")
      .select("id")
      .where("story_id", "=", storyId)
      .orderBy("id")
      .execute();
    return rows.map((row) => row.id);
  }

  /**
   * Grouped articles' signatures, for choosing the story of a new article. With a window, only
   * articles published inside it (or undated) are read, so grouping does not read the whole table.
   */
  async signaturesByStory(
    window?: { from: string; to: string },
    db: Kysely<Tables> = this.db,
  ): Promise<Map<string, GroupingSignature[]>> {
    let select = db
      .selectFrom("articles")
      .select(["story_id", "signature_json"])
      .where("story_id", "is not", null);
    if (window) {
      // ISO dates and date-times compare as text on their leading YYYY-MM-DD.
      select = select.where((eb) =>
        eb.or([
          eb("published_at", "is", null),
          eb.and([eb("published_at", ">=", window.from), eb("published_at", "<", window.to)]),
        ]),
      );
    }
    const rows = await select.orderBy("added_at").execute();
    const byStory = new Map<string, GroupingSignature[]>();
    for (const row of rows) {
      if (row.story_id === null) continue;
      const members = byStory.get(row.story_id) ?? [];
      members.push(JSON.parse(row.signature_json) as GroupingSignature);
      byStory.set(row.story_id, members);
    }
    return byStory;
  }

  /** For story listings: the few columns needed to count, list outlets and date each story. */
  async statsRows(storyIds: readonly string[]) {
    if (storyIds.length === 0) return [];
    return this.db
      .selectFrom("articles")
      .select(["id", "story_id", "outlet_id", "outlet_name", "published_at"])
      .where("story_id", "in", [...storyIds])
      .orderBy("added_at")
      .orderBy("id")
      .execute();
  }

  async assignStory(
    id: string,
    storyId: string | null,
    grouping: { decision: GroupingDecision; score: number },
    db: Kysely<Tables> = this.db,
  ): Promise<void> {
    await db
      .updateTable("articles")
      .set({
        story_id: storyId,
        grouping_decision: grouping.decision,
        grouping_score: grouping.score,
      })
      .where("id", "=", id)
      .execute();
  }

  async updateExtraction(
    id: string,
    extraction: Extraction,
    version: string,
    signature: GroupingSignature,
  ): Promise<void> {
    await this.db
      .updateTable("articles")
      .set({
        extraction_json: JSON.stringify(extraction),
        extraction_version: version,
        signature_json: JSON.stringify(signature),
      })
      .where("id", "=", id)
      .execute();
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom("articles").where("id", "=", id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom("articles")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
