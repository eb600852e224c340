import { loadCorpus } from "@parallax/corpus";
import type { ArticleIngest } from "../articles/article-ingest.ts";
import type { Store } from "../db/store.ts";

/**
 * Loads the tariff-talks corpus as one story so a first start shows something real. Called only
 * right after migration 001 created the schema: a user who deletes the demo story keeps it deleted.
 */
export async function loadDemoStory(
  store: Store,
  ingest: ArticleIngest,
  now: Date,
): Promise<{ storyId: string; articles: number }> {
  const corpus = loadCorpus();
  const story = await store.stories.create(corpus.story, now.toISOString());
  for (const file of corpus.files) {
    await ingest.add({ outlet: file.outlet, text: file.text, storyId: story.id });
  }
  return { storyId: story.id, articles: corpus.files.length };
}
