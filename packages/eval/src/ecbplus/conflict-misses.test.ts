import { describe, expect, it } from "vitest";
import {
  apartConflict,
  loadFixtureStories,
  rescuedConflict,
  withConflicts,
} from "../../test/ecbplus-fixture.ts";
import { conflictMisses } from "./conflict-misses.ts";

describe("conflictMisses", () => {
  it("lists only the conflicts whose two sentences mention no one gold event, with both sentences", () => {
    const { ecb } = loadFixtureStories();
    const right = rescuedConflict(ecb);
    const wrong = apartConflict(ecb);
    const story = withConflicts(ecb, [right, wrong]);
    const misses = conflictMisses(story);
    expect(misses).toHaveLength(1);
    const [miss] = misses;
    expect(miss?.kind).toBe("date");
    expect(miss?.values).toEqual(["0:40 passengers", "1:Monday"]);
    expect(miss?.sides.map((s) => s.doc)).toEqual([0, 1]);
    expect(miss?.sides[0]?.sentence).toContain("40 passengers");
    expect(miss?.sides[1]?.sentence).toContain("Monday");
    expect(miss?.group).toBe(0);
  });
});
