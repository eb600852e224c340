import { describe, expect, it } from "vitest";
import type { AlignUnit } from "../align/units.ts";
import { namedOf } from "./named-ids.ts";

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
