import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  type Json,
  jsonRequest,
  TEST_BACKENDS,
  type TestApp,
} from "../testing/test-app.ts";

const TEXT =
  "Harbour council approves new ferry timetable\n\nThe harbour council on Tuesday approved a new " +
  "ferry timetable that adds four daily crossings from March, the council's finance office said.";

// NUL, BEL, ESC, a tab and a newline (a name is one line), DEL, and C1's NEL.
const CONTROLS = ["\u0000", "\u0007", "\u001b", "\t", "\n", "\u007f", "\u0085"];

describe.each(TEST_BACKENDS)("control characters in names and outlets (%s)", (backend) => {
  let t: TestApp;
  let storyId: string;
  beforeAll(async () => {
    t = await createTestApp({ backend });
    const res = await t.app.request("/api/stories", jsonRequest("POST", { name: "Ferries" }));
    storyId = ((await res.json()) as Json).id;
  });
  afterAll(() => t.close());

  const expect400 = async (res: Response, field: string) => {
    const body = (await res.json()) as Json;
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(body.error.message).toContain(field);
    expect(body.error.message).toMatch(/control character/);
  };

  it("refuses them with 400 in a story name (create and rename) and an article's outlet", async () => {
    for (const control of CONTROLS) {
      const name = `Ferry${control}timetable`;
      await expect400(await t.app.request("/api/stories", jsonRequest("POST", { name })), "name");
      await expect400(
        await t.app.request(`/api/stories/${storyId}`, jsonRequest("PATCH", { name })),
        "name",
      );
      await expect400(
        await t.app.request(
          "/api/articles",
          jsonRequest("POST", { outlet: `Harbour${control}Post`, text: TEXT }),
        ),
        "outlet",
      );
      await expect400(
        await t.app.request(
          "/api/feeds",
          jsonRequest("POST", {
            url: "http://127.0.0.1:9/feed.xml",
            outlet: `Harbour${control}Post`,
          }),
        ),
        "outlet",
      );
    }
    const stories = (await (await t.app.request("/api/stories")).json()) as Json;
    expect(stories.items.map((s: Json) => s.name)).toEqual(["Ferries"]);
  });

  it("still accepts names in any script, with inner spaces and punctuation", async () => {
    for (const name of ["Tarif négocié — 2025", "한미 관세 협상", 'Zölle: "Einigung" (Teil 2)']) {
      const res = await t.app.request("/api/stories", jsonRequest("POST", { name }));
      expect(res.status).toBe(201);
      expect(((await res.json()) as Json).name).toBe(name);
    }
  });

  it("stores HTML whose entities decode to control characters without a database error", async () => {
    const paragraph =
      "<p>The harbour council on Tuesday approved a new ferry timetable that adds four daily crossings from March, its finance office said.</p>";
    const html = `<html><head><title>Ferry&#0; vote&#x7;</title></head><body><article><h1>Ferry&#0;timetable&#x1b; approved</h1>${paragraph}${paragraph.replace("Tuesday", "Wednesday")}</article></body></html>`;
    const res = await t.app.request(
      "/api/articles",
      jsonRequest("POST", { outlet: "Harbour Post", html }),
    );
    const body = (await res.json()) as Json;
    expect(res.status, JSON.stringify(body)).toBeLessThan(500);
    // HTML maps &#0; to U+FFFD, so no NUL reaches the database (PostgreSQL would refuse it).
    expect(body.article.headline).toContain("Ferry\ufffdtimetable");
  });

  it("refuses a list cursor that carries a NUL byte with 400, not a database error", async () => {
    const cursor = Buffer.from(JSON.stringify(["2025-10-24T00:00:00.000Z", "a\u0000b"])).toString(
      "base64url",
    );
    const res = await t.app.request(`/api/articles?cursor=${cursor}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error.code).toBe("INVALID_CURSOR");
  });
});
