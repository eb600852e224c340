import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import { partFoundRemains, tellsFoundRemains } from "./found-remains.ts";
import type { EventCluster } from "./story-events.ts";

const story = (rows: [number, string][]): AlignUnit[] =>
  rows.map(([article, text], index) => makeUnit(index, article, text));

const death = (units: number[]): EventCluster => ({
  action: "die",
  main: true,
  units,
  participants: ["E-ivo"],
});

const parts = (events: EventCluster[]) => events.map((e) => `${e.action}:${e.units.join(",")}`);

describe("tellsFoundRemains", () => {
  it("reads a body found as the main clause", () => {
    expect(tellsFoundRemains("His body was discovered Tuesday by a maid.")).toBe(true);
    expect(tellsFoundRemains("Ivo Vint's body was found in the harbour.")).toBe(true);
    expect(tellsFoundRemains("The body of Ada Lund was later recovered from the river.")).toBe(
      true,
    );
  });

  it("leaves a body named in passing or a death", () => {
    expect(tellsFoundRemains("Ivo Vint died on Saturday and his body was found on Tuesday.")).toBe(
      false,
    );
    expect(tellsFoundRemains("Ivo Vint died on Saturday in his hotel room.")).toBe(false);
    expect(tellsFoundRemains("The body of work he left was praised.")).toBe(false);
  });
});

describe("partFoundRemains", () => {
  it("parts the finding of the body from the death", () => {
    const units = story([
      [0, "Ivo Vint, a former council aide, died on Saturday."],
      [0, "His body was discovered Tuesday by a maid."],
      [1, "Ivo Vint has died at 75."],
      [1, "His body was found Tuesday in his hotel room."],
    ]);
    expect(parts(partFoundRemains([death([0, 1, 2, 3])], units))).toEqual(["die:0,2", "find:1,3"]);
  });

  it("keeps an event none of whose statements tells a finding", () => {
    const units = story([
      [0, "Ivo Vint died on Saturday."],
      [1, "Ivo Vint has died at 75."],
    ]);
    expect(parts(partFoundRemains([death([0, 1])], units))).toEqual(["die:0,1"]);
  });

  it("drops a part told by one article alone", () => {
    const units = story([
      [0, "Ivo Vint died on Saturday."],
      [1, "Ivo Vint has died at 75."],
      [1, "His body was found Tuesday in his hotel room."],
    ]);
    expect(parts(partFoundRemains([death([0, 1, 2])], units))).toEqual(["die:0,1"]);
  });
});
