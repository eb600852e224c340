import { describe, expect, it } from "vitest";
import { joinGroupMates } from "./group-mates.ts";
import type { EventCluster } from "./story-events.ts";

const event = (action: string, units: number[]): EventCluster => ({
  action,
  main: false,
  units,
  participants: ["e1"],
});

describe("joinGroupMates", () => {
  it("puts a statement in no event into the one event of its claim-group mates", () => {
    const events = [event("enter", [0, 3]), event("leave", [5, 7])];
    // Unit 4 is aligned with 0 and 3 (group a) but no event holds it.
    const groups = ["a", undefined, undefined, "a", "a", undefined, undefined, undefined];
    joinGroupMates(events, groups.length, (u) => groups[u]);
    expect(events[0]?.units).toEqual([0, 3, 4]);
    expect(events[1]?.units).toEqual([5, 7]);
  });

  it("leaves it out when its mates are in two events, or in none", () => {
    const events = [event("enter", [0]), event("leave", [1])];
    const groups = ["a", "a", "a", "b", "b"];
    joinGroupMates(events, groups.length, (u) => groups[u]);
    expect(events.map((e) => e.units)).toEqual([[0], [1]]);
  });
});
