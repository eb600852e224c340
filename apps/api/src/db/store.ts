import type { Database } from "./open-database.ts";
import { ArticleRepository } from "./repositories/article-repository.ts";
import { ArticleVersionRepository } from "./repositories/article-version-repository.ts";
import { ComparisonRepository } from "./repositories/comparison-repository.ts";
import { FeedItemRepository } from "./repositories/feed-item-repository.ts";
import { FeedRepository } from "./repositories/feed-repository.ts";
import { StoryRepository } from "./repositories/story-repository.ts";

/** The database plus one repository per table: what the routes are given. */
export type Store = {
  database: Database;
  articles: ArticleRepository;
  stories: StoryRepository;
  comparisons: ComparisonRepository;
  feeds: FeedRepository;
  feedItems: FeedItemRepository;
  versions: ArticleVersionRepository;
};

export function createStore(database: Database): Store {
  return {
    database,
    articles: new ArticleRepository(database.db),
    stories: new StoryRepository(database.db),
    comparisons: new ComparisonRepository(database.db),
    feeds: new FeedRepository(database.db),
    feedItems: new FeedItemRepository(database.db),
    versions: new ArticleVersionRepository(database.db),
  };
}
