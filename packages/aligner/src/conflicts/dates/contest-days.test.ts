import type { Conflict } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { handBuiltArticle } from "../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { compareStory } from "../../compare-story.ts";
import type { ConflictContext } from "../guards.ts";
import { contestDayConflicts } from "./contest-days.ts";

// Invented: two outlets on one race, each naming the contest by its calendar day only.
function dateRows(first: string, second: string): string[][] {
  const story = compareStory([
    handBuiltArticle(first, "Coast Herald"),
    handBuiltArticle(second, "Daily Ledger"),
  ]);
  return story.groups
    .flatMap((g) => g.conflicts)
    .filter((c: Conflict) => c.kind === "date")
    .map((c) => c.values.map((v) => v.text).sort());
}

const LUND = "Some officials think Ada Lund is at risk of losing her";
const VINT = "Ivo Vint, a law professor, is challenging Ada Lund, the harbour board chair, in";

describe("a voting contest named by its calendar day", () => {
  it("sets 'her May 12 primary' against 'the May 15 primary' of the same two people", () => {
    expect(
      dateRows(
        `${LUND} May 12 primary to Ivo Vint, who has raised millions.`,
        `${VINT} the May 15 primary, having raised millions.`,
      ),
    ).toEqual([["May 12", "May 15"]]);
  });

  it("leaves one day, days a week apart, and days of other things alone", () => {
    const vint = `${VINT} the May 12 primary, having raised millions.`;
    expect(dateRows(`${LUND} May 12 primary to Ivo Vint, who has raised millions.`, vint)).toEqual(
      [],
    );
    expect(dateRows(`${LUND} May 22 primary to Ivo Vint, who has raised millions.`, vint)).toEqual(
      [],
    );
    expect(
      dateRows(
        `${LUND} May 15 primary to Ivo Vint, as she did in 2014.`,
        `${VINT} the May 12 primary, as he did in 2018.`,
      ),
    ).toEqual([]);
    expect(
      dateRows(`${LUND} May 15 fundraiser to Ivo Vint, who has raised millions.`, vint),
    ).toEqual([]);
  });

  it("leaves contests of two parties or two places apart", () => {
    expect(
      dateRows(
        `${LUND} May 12 Republican primary to Ivo Vint, who has raised millions.`,
        `${VINT} the May 15 Democratic primary, having raised millions.`,
      ),
    ).toEqual([]);
    // Places the story's entity reading knows (invented ones are not in the place list).
    const context: ConflictContext = {
      similarity: () => 0.9,
      entityName: (id) => id,
      isPlace: (id) => id === "Orvale" || id === "Velden",
    };
    const unit = (index: number, text: string, place: string) =>
      withDays(index, index, text, [], { entities: new Set(["Ada Lund", place]) });
    const rows = (first: string, second: string) =>
      contestDayConflicts(
        [unit(0, first, first.includes("Orvale") ? "Orvale" : "Velden"), unit(1, second, "Velden")],
        context,
        [],
      ).map((r) => r.conflict.values.map((v) => v.text).sort());
    const velden = "Ada Lund campaigned in Velden ahead of the state's Oct. 9 primary.";
    expect(
      rows("Ada Lund campaigned in Velden ahead of the state's Oct. 6 primary.", velden),
    ).toEqual([["Oct. 6", "Oct. 9"]]);
    expect(
      rows("Ada Lund campaigned in Orvale ahead of the state's Oct. 6 primary.", velden),
    ).toEqual([]);
  });
});
