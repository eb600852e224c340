import type { ArticleVersionRow, ArticleWatchRow, FeedItemRow, FeedRow } from "./feed-tables.ts";

/** Row types of every table, as Kysely sees them. JSON columns hold text so both databases agree. */
export type Tables = {
  stories: StoryRow;
  articles: ArticleRow;
  comparisons: ComparisonRow;
  feeds: FeedRow;
  feed_items: FeedItemRow;
  article_versions: ArticleVersionRow;
  article_watches: ArticleWatchRow;
};

export type StoryRow = {
  id: string;
  name: string;
  /** "auto": Parallax named it and renames it as articles join; "user": a person did. */
  name_source: "auto" | "user";
  created_at: string;
  updated_at: string;
};

export type GroupingDecision = "explicit" | "joined" | "new";

export type ArticleRow = {
  /** The content hash from `parseArticle`: adding the same text twice finds this row. */
  id: string;
  story_id: string | null;
  outlet_id: string;
  outlet_name: string;
  headline: string | null;
  /** `publishedAt.value` of the article, ISO date or date-time. */
  published_at: string | null;
  url: string | null;
  word_count: number;
  added_at: string;
  article_json: string;
  extraction_json: string;
  /** ALIGNER_VERSION that produced `extraction_json`; a newer aligner re-extracts on read. */
  extraction_version: string;
  /** Entities, figures and dates used to group articles into stories. */
  signature_json: string;
  grouping_decision: GroupingDecision;
  grouping_score: number;
};

export type ComparisonRow = {
  story_id: string;
  /** sha256 of the sorted article ids and ALIGNER_VERSION: any change of either misses. */
  cache_key: string;
  aligner_version: string;
  comparison_json: string;
  conflict_count: number;
  computed_at: string;
};
