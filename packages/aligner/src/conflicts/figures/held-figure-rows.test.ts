import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { ORVALE_RACE_LEAD } from "../../../test/fixtures/race-lead.ts";
import { compareStory } from "../../compare-story.ts";

/** Invented reports of one race, each recalling one figure far past its lead. */
function rows(lines: readonly string[]) {
  const lead = ORVALE_RACE_LEAD;
  const outlets = ["Harbour Gazette", "Norland Courier", "Castlebay Ledger"];
  const articles = lines.map((line, i) =>
    parseArticle({
      text: `Lund wins Orvale, report ${i + 1}\n\n${[...(i % 2 ? lead.slice().reverse() : lead), line].join(" ")}`,
      outlet: outlets[i] as string,
    }),
  );
  const outletOf = new Map(articles.map((a, i) => [a.id as string, outlets[i]]));
  return compareStory(articles).groups.flatMap((g) =>
    g.conflicts
      .filter((c) => c.kind === "figure")
      .map((c) => c.values.map((v) => `${outletOf.get(v.articleId)}: ${v.text}`).sort()),
  );
}

describe("one row for a fixed number recalled by several outlets", () => {
  it("names every outlet giving one of the two values of a bar", () => {
    expect(
      rows([
        "It takes 1,200 delegates to win the Harbour Party nomination.",
        "To secure the Harbour Party nomination, a candidate must win 2,400 delegates.",
        "Lund is far from the 1,200 delegates needed to win the Harbour Party nomination.",
      ]),
    ).toEqual([["Castlebay Ledger: 1,200", "Harbour Gazette: 1,200", "Norland Courier: 2,400"]]);
  });

  it("names every outlet giving one of the two values of one person's result", () => {
    expect(
      rows([
        "The Vint campaign blamed his 22-point loss in Velden on the weather.",
        "After a humbling, 44-point defeat in Velden, Ivo Vint is staggering in.",
        "Ivo Vint never recovered from his 22-point defeat in Velden.",
      ]),
    ).toEqual([
      ["Castlebay Ledger: 22-point", "Harbour Gazette: 22-point", "Norland Courier: 44-point"],
    ]);
  });
});
