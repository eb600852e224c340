import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { compareStory } from "../../compare-story.ts";

/** Two invented reports of one race; each recalls a margin far past its lead. */
function story(first: string, second: string) {
  const lead = [
    "Ada Lund won the Velden caucuses on Saturday, beating Ivo Vint by a wide margin.",
    "Lund thanked her volunteers at a rally in the Velden harbour hall.",
    "Vint said he would stay in the race until the convention in July.",
    "The two candidates meet again next week in the Castlebay primary.",
    "Turnout in Velden was higher than in any caucus since the party began holding them.",
    "Lund has led Vint in every count of the race so far.",
  ];
  const a = parseArticle({
    text: `Lund wins Velden\n\n${[...lead, first].join(" ")}`,
    outlet: "Harbour Gazette",
  });
  const b = parseArticle({
    text: `Lund beats Vint in Velden\n\n${[...lead.slice().reverse(), second].join(" ")}`,
    outlet: "Norland Courier",
  });
  return compareStory([a, b]).groups.flatMap((g) =>
    g.conflicts.filter((c) => c.kind === "figure").map((c) => c.values.map((v) => v.text).sort()),
  );
}

describe("one person's margin in one place's contest, recalled by two outlets", () => {
  it("disagrees when the outlets give two margins of one result", () => {
    expect(
      story(
        "The Vint campaign blamed his narrow Orvale win and 22-point loss in Norland on the weather.",
        "After a humbling, 44-point defeat in Norland on Tuesday, Ivo Vint is staggering in.",
      ),
    ).toEqual([["22-point", "44-point"]]);
  });

  it("does not for a win against a loss, two people's results, or two places", () => {
    const loss =
      "After a humbling, 44-point defeat in Norland on Tuesday, Ivo Vint is staggering in.";
    expect(story("Ada Lund savoured her 22-point win in Norland.", loss)).toEqual([]);
    expect(story("Ada Lund shrugged off a 22-point defeat in Norland.", loss)).toEqual([]);
    expect(story("Ivo Vint shrugged off a 22-point defeat in Orvale.", loss)).toEqual([]);
  });

  it("does not for a margin a poll foresees", () => {
    expect(
      story(
        "A new poll shows Ivo Vint heading for a 22-point defeat in Norland.",
        "After a humbling, 44-point defeat in Norland on Tuesday, Ivo Vint is staggering in.",
      ),
    ).toEqual([]);
  });
});

describe("one person's share of the vote in one place, recalled by two outlets", () => {
  it("disagrees when the outlets give two shares, the place after the share or in the statement", () => {
    expect(
      story(
        "In the end Ivo Vint won 31 percent of the vote in Oregon, his best result.",
        "Oregon went the other way: Ivo Vint took 41% of the vote there after a late surge.",
      ),
    ).toEqual([["31 percent", "41%"]]);
  });

  it("does not for two people's shares or a share of one group's vote", () => {
    const won = "In the end Ivo Vint won 31 percent of the vote in Oregon, his best result.";
    expect(story(won, "Ada Lund won 41 percent of the vote in Oregon on Tuesday.")).toEqual([]);
    expect(story(won, "Ivo Vint won 41 percent of the women's vote in Oregon.")).toEqual([]);
  });
});
