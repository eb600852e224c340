import { describe, expect, it } from "vitest";
import {
  weekdayRow as row,
  weekdayUnit as unit,
} from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { completeRows } from "./row-completion.ts";

const context: ConflictContext = { similarity: () => 0.5, entityName: (id) => id };

describe("completed rows across articles less alike as wholes", () => {
  // Invented: a short wire rewrite (article 2) tells the ramming in its own words; its statement
  // was scored as one fact with the row's, though the articles share little else.
  const rammed = unit(0, "Four men rammed their car into the Orvale jeweller on Monday.", [
    "Orvale",
  ]);
  const rammedLater = unit(1, "Four men rammed their car into the Orvale jeweller on Wednesday.", [
    "Orvale",
  ]);
  const wire = unit(2, "Robbers rammed a van into the Orvale jeweller early Monday.", ["Orvale"]);
  const unalike: ConflictContext = {
    ...context,
    articles: { between: (a, b) => (a === 2 || b === 2 ? 0.05 : 0.9), typical: 0.5 },
  };

  it("take an outlet whose statement was scored as one fact with a row statement", () => {
    const found = row(rammedLater, rammed);
    const paired: ConflictContext = {
      ...unalike,
      pairEvidence: (a, b) =>
        [a.index, b.index].sort().join() === "0,2" || [a.index, b.index].sort().join() === "0,1"
          ? []
          : undefined,
    };
    completeRows([rammed, rammedLater, wire], [found], paired);
    expect(found.values.map((v) => v.articleId)).toEqual([
      rammedLater.articleId,
      rammed.articleId,
      wire.articleId,
    ]);
  });

  it("leave it out when neither the articles nor the two statements were found alike", () => {
    const found = row(rammedLater, rammed);
    const unpaired: ConflictContext = {
      ...unalike,
      pairEvidence: (a, b) => ([a.index, b.index].sort().join() === "0,1" ? [] : undefined),
    };
    completeRows([rammed, rammedLater, wire], [found], unpaired);
    expect(found.values).toHaveLength(2);
  });
});
