import { describe, expect, it } from "vitest";
import { perText } from "./per-text.ts";
import { perUnit } from "./per-unit.ts";
import { ownReadings, readingSlot, unitReadings } from "./unit-readings.ts";
import type { AlignUnit } from "./units.ts";

/** A statement carrying its own store, as `buildUnits` makes them. */
function withStore(text: string): AlignUnit {
  const unit = { text } as AlignUnit;
  unit.readings = unitReadings(unit);
  return unit;
}

describe("unit readings", () => {
  it("gives each reading a slot of its own", () => {
    expect(readingSlot()).not.toBe(readingSlot());
  });

  it("are the owner's only: a copy with other words reads apart", () => {
    const reads: string[] = [];
    const upper = perUnit((unit) => {
      reads.push(unit.text);
      return unit.text.toUpperCase();
    });
    const unit = withStore("Mira Olsen left the harbour.");
    const copy = { ...unit, text: "Mira Olsen left the harbour" };
    expect(ownReadings(unit)).toBeDefined();
    expect(ownReadings(copy)).toBeUndefined();
    expect([upper(unit), upper(unit), upper(copy), upper(copy)]).toEqual([
      "MIRA OLSEN LEFT THE HARBOUR.",
      "MIRA OLSEN LEFT THE HARBOUR.",
      "MIRA OLSEN LEFT THE HARBOUR",
      "MIRA OLSEN LEFT THE HARBOUR",
    ]);
    expect(reads).toEqual(["Mira Olsen left the harbour.", "Mira Olsen left the harbour"]);
  });

  it("keep a text reading shared by statements of the same words, and apart from a copy's", () => {
    let reads = 0;
    const length = perText((text) => {
      reads += 1;
      return text.length;
    });
    const first = withStore("The ferry sailed at dawn.");
    const second = withStore("The ferry sailed at dawn.");
    const copy = { ...first, text: "The ferry sailed." };
    expect([length(first), length(second), length(first), length(copy)]).toEqual([25, 25, 25, 17]);
    expect(reads).toBe(2);
  });
});
