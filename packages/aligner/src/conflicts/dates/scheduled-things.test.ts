import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { happeningDateConflicts } from "./event-dates.ts";
import { scheduledApart } from "./scheduled-things.ts";

const context: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

function told(index: number, article: number, text: string, days: [string, string][]): AlignUnit {
  return withDays(index, article, text, days, { entities: new Set(["lund"]) });
}

const person = told(0, 0, "Ivo Vint speaks on Friday, while Ada Lund is scheduled for Saturday.", [
  ["Saturday", "2025-03-15"],
]);
const votes = told(
  1,
  1,
  "Ada Lund could lose both of the harbour votes scheduled for March 18 in Orvale.",
  [["March 18", "2025-03-18"]],
);
const vote = told(2, 2, "The harbour vote is scheduled for March 20, Ada Lund said.", [
  ["March 20", "2025-03-20"],
]);
const sameVote = told(3, 3, "Ada Lund spoke before the harbour votes scheduled for March 19.", [
  ["March 19", "2025-03-19"],
]);

const apart = (a: AlignUnit, b: AlignUnit) =>
  scheduledApart(a, a.dates[0] as never, b, b.dates[0] as never);

describe("scheduledApart", () => {
  it("sets a person scheduled apart from a thing scheduled", () => {
    expect(apart(person, votes)).toBe(true);
    expect(apart(vote, person)).toBe(true);
  });

  it("leaves one thing scheduled on two days", () => {
    expect(apart(votes, sameVote)).toBe(false);
    // "vote" and "votes": one noun.
    expect(apart(votes, vote)).toBe(false);
  });

  it("keeps the two days out of the happening's rows", () => {
    const units = [person, votes];
    const happening = { action: "schedule", units: [0, 1] };
    expect(happeningDateConflicts(units, [happening], context, [])).toEqual([]);
  });
});
