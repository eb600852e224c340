import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import { deceasedPeople } from "./deceased.ts";
import type { EventCluster } from "./story-events.ts";

const surnames: Record<string, string> = { "E-vey": "Vey", "E-orr": "Orr" };
const surnameOf = (id: string) => surnames[id] ?? "";

/** A death happening keyed by one person, told by the given statements. */
function dying(units: AlignUnit[], who: string, main = false): EventCluster {
  return { action: "die", main, units: units.map((u) => u.index), participants: [who] };
}

describe("deceasedPeople", () => {
  it("reads the person a death happening is keyed by, named as the subject of dying", () => {
    const units = [
      makeUnit(0, 0, "Dana Vey, who founded the ferry company, died on Friday at her home."),
      makeUnit(1, 1, "The ferry company said its founder had died."),
    ];
    expect([...deceasedPeople([dying(units, "E-vey")], units, surnameOf)]).toEqual(["E-vey"]);
  });

  it("reads no death of a key named only as the one who killed or spoke", () => {
    const units = [
      makeUnit(0, 0, "Prosecutor Ned Orr said the guard was killed on Monday."),
      makeUnit(1, 1, "Orr killed the guard in the yard, the court heard."),
    ];
    expect([...deceasedPeople([dying(units, "E-orr")], units, surnameOf)]).toEqual([]);
  });

  it("leaves out a thread's main happening, keyed by its protagonist whatever happened", () => {
    const units = [
      makeUnit(0, 0, "Dana Vey died on Friday."),
      makeUnit(1, 1, "Dana Vey died at home."),
    ];
    expect([...deceasedPeople([dying(units, "E-vey", true)], units, surnameOf)]).toEqual([]);
  });
});
