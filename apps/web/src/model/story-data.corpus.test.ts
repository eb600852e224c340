import { describe, expect, it } from "vitest";
import { COMPARISON, IDS, STORY } from "../../test/fixtures/tariff-story.ts";
import { fixtureStoryData } from "../../test/story-data.ts";
import { buildStoryData } from "./story-data.ts";

describe("buildStoryData", () => {
  it("draws columns from the story listing until the full articles arrive", () => {
    const data = buildStoryData(STORY, COMPARISON, new Map());
    expect(data.columns.map((c) => c.id)).toEqual([
      IDS.joongang22,
      IDS.joongang24,
      IDS.editorial,
      IDS.benzinga,
    ]);
    expect(data.byId.get(IDS.joongang22)?.bylines).toBeUndefined();
    expect(data.labelOf(IDS.benzinga)).toBe("Benzinga");
    expect(data.labelOf("0000000000000000")).toBe("Unknown article");
  });

  it("fills in bylines, kind and translation from the full articles", () => {
    const data = fixtureStoryData();
    expect(data.byId.get(IDS.joongang22)?.bylines).toEqual(["Kim Won", "Yoon Ji-won"]);
    expect(data.byId.get(IDS.editorial)?.kind).toBe("editorial");
    expect(data.byId.get(IDS.editorial)?.translation?.method).toBe("assisted");
  });
});
