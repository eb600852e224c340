import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

describe("a perfect denial bounded by a span of time (issue 12)", () => {
  it("sets no denial inside a span against a report of the act at some other time", () => {
    const denied = makeUnit(
      0,
      0,
      "Ivo Vint has not sent a pledge letter to the Harbour Trust in six days.",
    );
    const sent = makeUnit(
      1,
      1,
      "Ivo Vint sent a pledge letter to the Harbour Trust as the meeting began.",
    );
    expect(negationConflicts([denied, sent], alike)).toEqual([]);
    const years = makeUnit(
      2,
      2,
      "Orvale hasn't voted for a Harbour Party mayor in 32 years, the paper said.",
    );
    const voted = makeUnit(3, 3, "Orvale voted for a Harbour Party mayor, the paper said.");
    expect(negationConflicts([years, voted], alike)).toEqual([]);
  });

  it("still sets it against a report bounded alike, and an unbounded denial against the act", () => {
    const denied = makeUnit(
      0,
      0,
      "Ivo Vint has not sent a pledge letter to the Harbour Trust in six days.",
    );
    const alikeSpan = makeUnit(
      1,
      1,
      "Ivo Vint has sent a pledge letter to the Harbour Trust in six days.",
    );
    expect(negationConflicts([denied, alikeSpan], alike)).toHaveLength(1);
    const plain = makeUnit(2, 2, "Ivo Vint has not sent a pledge letter to the Harbour Trust.");
    const sent = makeUnit(
      3,
      3,
      "Ivo Vint sent a pledge letter to the Harbour Trust as the meeting began.",
    );
    expect(negationConflicts([plain, sent], alike)).toHaveLength(1);
  });
});
