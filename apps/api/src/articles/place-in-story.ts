import type { Store } from "../db/store.ts";
import type { GroupingDecision } from "../db/tables.ts";
import { ApiError, notFound } from "../errors.ts";

export type Placement = { storyId: string; decision: GroupingDecision; score: number };

/**
 * Puts a stored article into a story: check and write in one transaction, with the story held
 * so that a concurrent delete of it waits (or has already happened: then 404, never a dangling
 * reference). An article in another story is a 409; one already there is left as it is.
 */
export async function placeInStory(
  store: Store,
  articleId: string,
  storyId: string,
  now: string,
): Promise<Placement> {
  return store.database.db.transaction().execute(async (trx) => {
    if (!(await store.stories.findHeld(storyId, trx, store.database.kind))) {
      throw notFound("story", storyId);
    }
    const article = await store.articles.find(articleId, trx);
    if (!article) throw notFound("article", articleId);
    if (article.story_id === storyId) {
      return {
        storyId,
        decision: article.grouping_decision,
        score: Number(article.grouping_score),
      };
    }
    if (article.story_id !== null) {
      throw new ApiError(
        409,
        "ARTICLE_IN_OTHER_STORY",
        `article ${articleId} is in story "${article.story_id}"; remove it there first to move it`,
        { articleId, storyId: article.story_id },
      );
    }
    const placement = { storyId, decision: "explicit" as const, score: 1 };
    await store.articles.assignStory(articleId, storyId, placement, trx);
    await store.stories.touch(storyId, now, trx);
    return placement;
  });
}
