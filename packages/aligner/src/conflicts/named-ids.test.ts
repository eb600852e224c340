import { describe, expect, it } from "vitest";
import type { AlignUnit } from "../align/units.ts";
import { namedInCommon, namedOf } from "./named-ids.ts";

describe("namedOf", () => {
  const unit = {
    text: "Ada Lund told the Harbour Council in Vintby that the ferry will run.",
    entities: new Set(["ada-lund", "harbour-council", "vintby"]),
    speakers: new Set(["ada-lund"]),
  } as unknown as AlignUnit;

  it("leaves out speakers and places, read again for another place test", () => {
    const isPlace = (id: string) => id === "vintby";
    expect([...namedOf(unit, isPlace)]).toEqual(["harbour-council"]);
    expect([...namedOf(unit, isPlace)]).toEqual(["harbour-council"]);
    expect([...namedOf(unit, undefined)].sort()).toEqual(["harbour-council", "vintby"]);
  });
});

describe("namedInCommon", () => {
  const unit = (entities: string[], speakers: string[] = []) =>
    ({
      text: "",
      entities: new Set(entities),
      speakers: new Set(speakers),
    }) as unknown as AlignUnit;

  it("counts who both statements name, speakers and places aside", () => {
    const isPlace = (id: string) => id === "vintby";
    const a = unit(["ada-lund", "harbour-council", "ivo-vint", "vintby"], ["ada-lund"]);
    const b = unit(["ada-lund", "harbour-council", "ivo-vint", "vintby"]);
    expect(namedInCommon(a, b, isPlace)).toBe(2);
    expect(namedInCommon(a, unit(["norland-trust"]), isPlace)).toBe(0);
  });
});
