import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { dateVerb } from "./day-values.ts";
import { goesInto } from "./going-into.ts";

function dated(index: number, text: string) {
  return withDays(index, index, text, [["Tuesday", "2025-05-06"]], { position: 0 });
}

const goes = (sideVerb: string | null, unit: ReturnType<typeof dated>) => {
  const day = unit.dates[0];
  if (!day) throw new Error("no day");
  return goesInto(sideVerb, unit, day, dateVerb(unit, day) ?? "");
};

describe("goesInto", () => {
  const went = dated(0, "A friend said Ada Lund went to the harbour clinic on Tuesday.");
  const headed = dated(
    1,
    "The singer, 41, reportedly headed to a lakeside treatment centre on Tuesday.",
  );
  const wentHome = dated(2, "Ada Lund went home on Tuesday.");
  const drove = dated(3, "Ada Lund drove to the harbour clinic on Tuesday.");

  it("reads going to a place as the entry another outlet tells", () => {
    expect(goes("check", went)).toBe(true);
    expect(goes("enter", headed)).toBe(true);
  });

  it("needs a row statement telling an entry", () => {
    expect(goes("arrest", went)).toBe(false);
    expect(goes(null, headed)).toBe(false);
  });

  it("needs a verb of going with the place it goes to", () => {
    expect(goes("check", wentHome)).toBe(false);
    expect(goes("check", drove)).toBe(false);
  });
});
