import { loadCorpus } from "@parallax/corpus";
import { jsonRequest } from "./test-app.ts";

type RequestingApp = {
  request: (path: string, init?: RequestInit) => Response | Promise<Response>;
};

/** Creates a story and adds the given texts to it through the API; returns their ids. */
export async function addStoryOfTexts(
  app: RequestingApp,
  name: string,
  texts: Iterable<{ outlet: string; text: string }>,
) {
  const story = (await (
    await app.request("/api/stories", jsonRequest("POST", { name }))
  ).json()) as {
    id: string;
  };
  const articleIds: string[] = [];
  for (const { outlet, text } of texts) {
    const res = await app.request(
      "/api/articles",
      jsonRequest("POST", { outlet, text, storyId: story.id }),
    );
    if (res.status !== 201 && res.status !== 200) {
      throw new Error(`adding ${outlet}'s article failed: ${res.status} ${await res.text()}`);
    }
    articleIds.push(((await res.json()) as { article: { id: string } }).article.id);
  }
  return { storyId: story.id, articleIds };
}

/** Creates a story and adds the five corpus articles to it through the API; returns their ids. */
export function addCorpusStory(app: RequestingApp, name = "Tariff talks") {
  return addStoryOfTexts(app, name, loadCorpus().files);
}
