import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { leadEvents } from "./lead-events.ts";

const rows: [number, string, string[]][] = [
  [0, "A strong quake shook the island on Sunday.", ["earthquake", "shake"]],
  [0, "Schools were closed.", ["close"]],
  [0, "Officials counted the damage.", ["count"]],
  [0, "The quake was felt in the capital.", ["earthquake", "feel"]],
  [1, "An earthquake hit the island early on Sunday.", ["earthquake", "hit"]],
  [1, "The earthquake destroyed two bridges.", ["earthquake", "destroy"]],
  [2, "An earthquake struck a valley far away last year.", ["earthquake", "strike"]],
  [2, "That earthquake left many homeless.", ["earthquake", "leave"]],
];
const units = rows.map(([article, text], i) => makeUnit(i, article, text));
const triggers = rows.map(([, , t]) => new Set(t));

describe("leadEvents", () => {
  it("takes the later statements telling the happening most leads tell, per thread", () => {
    const events = leadEvents(units, triggers, [0, 0, 1]);
    expect(events.map((e) => `${e.verb}:${e.units.map((u) => u.index).join(",")}`)).toEqual([
      "earthquake:0,3,4,5",
      "earthquake:6,7",
    ]);
  });
});
