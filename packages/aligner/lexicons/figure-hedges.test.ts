import { describe, expect, it } from "vitest";
import { COUNT_OPENERS, FIGURE_HEDGES, WON_SHARE_APPROXIMATORS } from "./figure-hedges.ts";

describe("figure hedges: one vocabulary", () => {
  it("the approximators before a won share are the listed 'about' hedges, and 'just'", () => {
    const about = new Set(
      [...FIGURE_HEDGES].filter(([, kind]) => kind === "about").map(([word]) => word),
    );
    expect(WON_SHARE_APPROXIMATORS.filter((word) => word !== "just" && !about.has(word))).toEqual(
      [],
    );
  });

  it("the openers of a counted clause are three determiners and listed hedges", () => {
    expect(
      COUNT_OPENERS.filter(
        (word) => !["the", "all", "some"].includes(word) && !FIGURE_HEDGES.has(word),
      ),
    ).toEqual([]);
  });
});
