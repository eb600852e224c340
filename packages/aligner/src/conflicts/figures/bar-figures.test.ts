import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { ORVALE_RACE_LEAD } from "../../../test/fixtures/race-lead.ts";
import { compareStory } from "../../compare-story.ts";

/** Two invented reports of one race; the second recalls the bar far past its lead. */
function story(first: string, second: string) {
  const lead = ORVALE_RACE_LEAD;
  const a = parseArticle({
    text: `Lund wins Orvale\n\n${[...lead, first].join(" ")}`,
    outlet: "Harbour Gazette",
  });
  const b = parseArticle({
    text: `Lund beats Vint in Orvale\n\n${[...lead.slice().reverse(), second].join(" ")}`,
    outlet: "Norland Courier",
  });
  return compareStory([a, b]).groups.flatMap((g) =>
    g.conflicts.filter((c) => c.kind === "figure").map((c) => c.values.map((v) => v.text).sort()),
  );
}

describe("a bar said of no one, recalled by two outlets", () => {
  it("disagrees when the outlets give two numbers for one goal", () => {
    expect(
      story(
        "It takes 1,200 delegates to win the Harbour Party nomination.",
        "To secure the Harbour Party nomination, a candidate must win 2,400 delegates.",
      ),
    ).toEqual([["1,200", "2,400"]]);
  });

  it("disagrees when one outlet's goal is the nominee, the other's the nomination", () => {
    const nominee =
      "Ada Lund has reached the 2,400 delegates needed to become the Harbour Party nominee.";
    expect(story("It takes 1,200 delegates to win the Harbour Party nomination.", nominee)).toEqual(
      [["1,200", "2,400"]],
    );
  });

  it("disagrees when one outlet leaves the bar's noun out, named by a count before it", () => {
    expect(
      story(
        "It takes 1,200 delegates to win the Harbour Party nomination.",
        "Lund is 40 delegates short of the magic number of 2,400 needed to win the Harbour Party nomination.",
      ),
    ).toEqual([["1,200", "2,400"]]);
  });

  it("does not for what one candidate still lacks, two parties' bars, or a goal naming no one's", () => {
    expect(
      story(
        "It takes 1,200 delegates to win the Harbour Party nomination.",
        "Vint needs 800 delegates to win the Harbour Party nomination.",
      ),
    ).toEqual([]);
    expect(
      story(
        "It takes 1,200 delegates to win the nomination.",
        "A candidate must win 2,400 delegates to secure the nomination.",
      ),
    ).toEqual([]);
    expect(
      story(
        "It takes 1,200 delegates to win the Harbour Party nomination.",
        "It takes 2,400 delegates to win the Tide Party nomination.",
      ),
    ).toEqual([]);
  });
});

describe("a bar recalled as “the nomination” in an article about one party", () => {
  const named = "It takes 1,200 delegates to win the Republican nomination.";
  const recalled =
    "Vint hopes to keep Lund from the 2,400 delegates needed to secure the nomination.";
  const republican =
    "Vint is a Republican from Orvale. Republicans in Norland back Lund. A GOP donor met Lund.";

  it("is that party's bar, the other party named in passing", () => {
    expect(story(named, `${republican} ${recalled}`)).toEqual([["1,200", "2,400"]]);
    expect(story(named, `${republican} Democrats stayed home. ${recalled}`)).toEqual([
      ["1,200", "2,400"],
    ]);
  });

  it("is no one's when the article names both parties alike, or a party only once", () => {
    const both = `${republican} Democrats met in Velden. The Democratic hall was full.`;
    expect(story(named, `${both} ${recalled}`)).toEqual([]);
    expect(story(named, `Vint is a Republican from Orvale. ${recalled}`)).toEqual([]);
    expect(story(named, recalled)).toEqual([]);
  });
});

describe("whose “the nomination” a bar is, in a report of both parties' races", () => {
  const named = "It takes 1,200 delegates to win the Republican nomination.";
  const bothRaces =
    "Democrats met in Velden. The Democratic hall was full. Republicans met in Castlebay. A GOP donor spoke.";

  it("is the party its own statement names", () => {
    const own =
      "Vint doubts anyone will reach the Republican convention with the 2,400 delegates needed to win the nomination.";
    expect(story(named, `${bothRaces} ${own}`)).toEqual([["1,200", "2,400"]]);
  });

  it("is the party of the statement before, when the bar's own statement names no one", () => {
    const before = "Republican party officials hold a seventh of the seats on the floor.";
    const after =
      "Voting as one, they would hold a third of the 2,400 delegates needed to win the nomination.";
    expect(story(named, `${bothRaces} ${before} ${after}`)).toEqual([["1,200", "2,400"]]);
  });

  it("is no one's when its statement names both parties, or names someone of its own", () => {
    const twoParties =
      "Unlike Democrats, Republican rivals must each reach the 2,400 delegates needed to win the nomination.";
    expect(story(named, `${bothRaces} ${twoParties}`)).toEqual([]);
    const before = "Republican party officials hold a seventh of the seats on the floor.";
    const someone = "Ivo Vint is far from the 2,400 delegates needed to win the nomination.";
    expect(story(named, `${bothRaces} ${before} ${someone}`)).toEqual([]);
    const democratic = "Democratic party officials hold a seventh of the seats on the floor.";
    const after =
      "Voting as one, they would hold a third of the 2,400 delegates needed to win the nomination.";
    expect(story(named, `${bothRaces} ${democratic} ${after}`)).toEqual([]);
  });
});
