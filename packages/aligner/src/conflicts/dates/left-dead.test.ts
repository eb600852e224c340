import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { killedIn } from "./left-dead.ts";

function killing(text: string): string[] {
  const unit = withDays(0, 0, text, [["Wednesday", "2025-05-07"]], { position: 0 });
  const day = unit.dates[0];
  if (!day) throw new Error("no day");
  return killedIn(unit, day);
}

describe("killedIn", () => {
  it("reads a result of deaths in the day's clause as a killing", () => {
    expect(
      killing("Riots left three harbour workers dead and engulfed the old town on Wednesday."),
    ).toEqual(["kill"]);
  });

  it("reads nothing in a clause that tells no deaths", () => {
    expect(killing("Riots left the old town in ruins on Wednesday.")).toEqual([]);
    expect(
      killing("Ada Lund left the harbour on Wednesday, and three men were found dead."),
    ).toEqual([]);
  });
});
