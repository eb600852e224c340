import type { Database } from "./open-database.ts";
import { ArticleRepository } from "./repositories/article-repository.ts";
import { ComparisonRepository } from "./repositories/comparison-repository.ts";
import { StoryRepository } from "./repositories/story-repository.ts";

/** The database plus one repository per table: what the routes are given. */
export type Store = {
  database: Database;
  articles: ArticleRepository;
  stories: StoryRepository;
  comparisons: ComparisonRepository;
};

export function createStore(database: Database): Store {
  return {
    database,
    articles: new ArticleRepository(database.db),
    stories: new StoryRepository(database.db),
    comparisons: new ComparisonRepository(database.db),
  };
}
