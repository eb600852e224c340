import type { Store } from "../db/store.ts";

/**
 * The id an article has now. Ids are content hashes, so a re-fetched page that changed gives the
 * article a new id; an id handed out earlier (a link, a cached comparison, a version list) still
 * names the same article, and writes made with it act on the article as it is now. Unknown ids
 * are returned as they are (the caller's lookup then answers 404).
 */
export async function currentArticleId(store: Store, id: string): Promise<string> {
  if (await store.articles.findSummary(id)) return id;
  const earlier = await store.versions.findByContentId(id);
  return earlier?.current_id ?? id;
}
