import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import { otherOccasions, tellsOtherOccasion } from "./other-occasion.ts";
import { storyEvents } from "./story-events.ts";

describe("tellsOtherOccasion", () => {
  it("reads a sentence opened by an adverbial of another occasion", () => {
    expect(tellsOtherOccasion("Earlier on Sunday a smaller quake shook the island.")).toBe(true);
    expect(tellsOtherOccasion("This time the fire broke out at the Lakeside mill.")).toBe(true);
    expect(tellsOtherOccasion("In a separate incident, a barn burned near Vale.")).toBe(true);
    expect(tellsOtherOccasion("Previously, Ivo Vint had entered a clinic in Dunmore.")).toBe(true);
  });

  it("leaves the word inside a sentence, another word and a lowercase start", () => {
    expect(tellsOtherOccasion("The quake struck earlier than expected.")).toBe(false);
    expect(tellsOtherOccasion("Earliest reports put the toll at two.")).toBe(false);
    expect(tellsOtherOccasion("Ada Lund said this time the council would act.")).toBe(false);
    expect(tellsOtherOccasion("A strong quake shook the island on Sunday.")).toBe(false);
  });
});

describe("otherOccasions", () => {
  it("empties the lead triggers of a statement of another occasion only", () => {
    const units = [{ text: "A quake hit the island." }, { text: "Earlier, a quake hit the bay." }];
    const { apart, leadTriggers } = otherOccasions(units);
    expect(apart).toEqual([false, true]);
    const triggers = [new Set(["earthquake", "hit"]), new Set(["earthquake", "hit"])];
    expect(leadTriggers(triggers).map((t) => [...t])).toEqual([["earthquake", "hit"], []]);
  });
});

describe("storyEvents: a statement of another occasion", () => {
  const PLACES = new Set(["P-harbour"]);
  const units: AlignUnit[] = (
    [
      [0, "A strong quake shook the Harbour Isles on Sunday.", ["P-harbour"]],
      [0, "Earlier on Sunday a smaller quake shook the coast.", []],
      [1, "An earthquake hit the Harbour Isles early on Sunday.", ["P-harbour"]],
      [1, "The earthquake destroyed two bridges.", []],
    ] as [number, string, string[]][]
  ).map(([article, text, entities], index) => ({
    ...makeUnit(index, article, text, { entities: new Set(entities) }),
    position: index,
  }));
  const read = (rows: AlignUnit[], articles: boolean) =>
    storyEvents(rows, {
      isPlace: (id) => PLACES.has(id),
      ...(articles ? { articles: { between: () => 0.6, typical: 0.3 } } : {}),
    }).map((e) => `${e.action}:${e.units.join(",")}`);

  it("is no part of the quake its article's lead tells, broadly read", () => {
    expect(read(units, true)).toEqual(["earthquake:0,2,3"]);
  });

  it("is still keyed by its article's setting when read narrowly", () => {
    expect(read(units, false)).toContain("earthquake:0,1,2,3");
  });

  it("joins the lead's quake without its opener", () => {
    const plain = units.map((unit) =>
      unit.index === 1
        ? makeUnit(1, 0, "On Sunday a smaller quake shook the coast.", { position: 1 })
        : unit,
    );
    expect(read(plain, true)).toEqual(["earthquake:0,1,2,3"]);
  });
});
