import { describe, expect, it } from "vitest";
import { IDS } from "../../test/fixtures/tariff-story.ts";
import { fixtureStoryData } from "../../test/story-data.ts";
import { buildGlance } from "./story-glance.ts";

describe("buildGlance", () => {
  const glance = buildGlance(fixtureStoryData());

  it("names each conflict with its values and who gives each", () => {
    expect(
      glance.conflicts.map((c) => [c.subject, c.sides.map((s) => [s.text, s.articleIds])]),
    ).toEqual([
      [
        "Donald Trump's title",
        [
          ["former US President", [IDS.benzinga]],
          ["U.S. President", [IDS.joongang22]],
        ],
      ],
    ]);
  });

  it("lists the undisputed claims every outlet reports", () => {
    // Two outlets in the fixture (JoongAng ×3, Benzinga); the $350 billion claim is in both.
    expect(glance.outletCount).toBe(2);
    expect(glance.shared.byEveryOutlet).toBe(true);
    expect(glance.shared.claims.map((c) => c.groupId)).toEqual(["g-investment"]);
  });

  it("counts single-article claims per article and reads the date range", () => {
    expect(glance.solo.map((s) => [s.articleId, s.claims.map((c) => c.groupId)])).toEqual([
      [IDS.joongang24, ["g-visit"]],
      [IDS.editorial, ["g-close"]],
    ]);
    expect(glance.dates).toEqual({ from: "2025-10-22", to: "2025-10-28", undated: 1 });
  });

  it("lists who is quoted by whom from resolved, named speakers only", () => {
    expect(glance.quoted.map((q) => [q.name, q.byArticle.map((r) => r.articleId)])).toEqual(
      expect.arrayContaining([["Donald Trump", [IDS.editorial]]]),
    );
    expect(glance.quoted.every((q) => q.entityId.length > 0)).toBe(true);
  });
});
