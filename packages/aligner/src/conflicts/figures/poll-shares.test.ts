import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { compareStory } from "../../compare-story.ts";

function figureRows(first: string, second: string) {
  const a = parseArticle({
    text: `Lund leads Vint in Orvale\n\n${first} Lund will campaign in Orvale on Friday.`,
    outlet: "Harbour Gazette",
  });
  const b = parseArticle({
    text: `New poll in the Orvale race\n\n${second} Vint said polls had been wrong before.`,
    outlet: "Norland Courier",
  });
  return compareStory([a, b]).groups.flatMap((g) =>
    g.conflicts.filter((c) => c.kind === "figure").map((c) => c.values.map((v) => v.text).sort()),
  );
}

describe("one side's share in one result told by two outlets", () => {
  it("disagrees when the same pollster's result gives that side two shares", () => {
    expect(
      figureRows(
        "The poll by the Norland Policy Institute showed Ada Lund leading Ivo Vint among likely voters, 46 percent to 44 percent.",
        "The survey, conducted by the Norland Policy Institute, finds Ada Lund with a small lead over Ivo Vint, 52 percent to 44 percent, among likely voters.",
      ),
    ).toEqual([["46 percent", "52 percent"]]);
  });

  it("does not between two pollsters' results", () => {
    expect(
      figureRows(
        "The poll by the Norland Policy Institute showed Ada Lund leading Ivo Vint among likely voters, 46 percent to 44 percent.",
        "A survey by the Orvale Polling Institute finds Ada Lund with a small lead over Ivo Vint, 52 percent to 44 percent, among likely voters.",
      ),
    ).toEqual([]);
  });
});
