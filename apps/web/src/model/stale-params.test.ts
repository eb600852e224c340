import { describe, expect, it } from "vitest";
import { COMPARISON, IDS } from "../../test/fixtures/tariff-story.ts";
import { fixtureStoryData } from "../../test/story-data.ts";
import { HOME } from "./app-location.ts";
import { staleParams } from "./stale-params.ts";

const STORY = { ...HOME, storyId: "s1" };

describe("staleParams", () => {
  it("keeps parameters that point at what the story holds", () => {
    const row = COMPARISON.groups[0]!.id;
    expect(
      staleParams({ ...STORY, rowId: row, articleId: IDS.benzinga }, fixtureStoryData()),
    ).toBeNull();
  });

  it("clears an unknown row, article or person, and an open article on another tab", () => {
    const data = fixtureStoryData();
    expect(
      staleParams(
        { ...STORY, rowId: "g999", articleId: "0000000000000000", personId: "E999" },
        data,
      ),
    ).toEqual({ rowId: null, articleId: null, personId: null });
    expect(
      staleParams(
        { ...STORY, tab: "people", rowId: COMPARISON.groups[0]!.id, articleId: IDS.benzinga },
        data,
      ),
    ).toEqual({ rowId: null, articleId: null });
  });
});
