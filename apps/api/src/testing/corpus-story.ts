import { loadCorpus } from "@parallax/corpus";
import { jsonRequest } from "./test-app.ts";

/** Creates a story and adds the five corpus articles to it through the API; returns their ids. */
type RequestingApp = {
  request: (path: string, init?: RequestInit) => Response | Promise<Response>;
};

export async function addCorpusStory(app: RequestingApp, name = "Tariff talks") {
  const corpus = loadCorpus();
  const story = (await (
    await app.request("/api/stories", jsonRequest("POST", { name }))
  ).json()) as {
    id: string;
  };
  const articleIds: string[] = [];
  for (const file of corpus.files) {
    const res = await app.request(
      "/api/articles",
      jsonRequest("POST", { outlet: file.outlet, text: file.text, storyId: story.id }),
    );
    if (res.status !== 201 && res.status !== 200) {
      throw new Error(`adding ${file.file} failed: ${res.status} ${await res.text()}`);
    }
    articleIds.push(((await res.json()) as { article: { id: string } }).article.id);
  }
  return { storyId: story.id, articleIds };
}
