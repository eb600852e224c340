import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { dateConflicts } from "./conflicts.ts";
import { happeningDateConflicts } from "./event-dates.ts";
import { placedApart } from "./happening-places.ts";

// Invented: one candidate's wins told by two outlets; the story's entity reading knows the places.
const PLACES = new Set(["Orvale", "Velden"]);

/** A statement of its own article naming Ada Roe and the places it writes, its day placed. */
function told(index: number, text: string, day: [string, string]): AlignUnit {
  const entities = new Set(["Ada Roe", ...[...PLACES].filter((p) => text.includes(p))]);
  return withDays(index, index, text, [day], { entities, position: 0 });
}

function contextHearing(guards: string[], similarity: number): ConflictContext {
  return {
    similarity: () => similarity,
    entityName: (id) => id,
    isPlace: (id) => PLACES.has(id),
    isPerson: (id) => id === "Ada Roe",
    refused: (r) => guards.push(r.guard),
  };
}

/** The rows and guards of the win happening the two statements tell. */
function heard(a: AlignUnit, b: AlignUnit) {
  const units: AlignUnit[] = [];
  for (const unit of [a, b]) units[unit.index] = unit;
  const guards: string[] = [];
  const context = contextHearing(guards, 0.1);
  const rows = happeningDateConflicts(units, [{ action: "win", units: [0, 1] }], context, []);
  return { rows: rows.length, guards };
}

/** The rows and guards of one group holding the two statements, worded alike. */
function grouped(a: AlignUnit, b: AlignUnit) {
  const guards: string[] = [];
  const rows = dateConflicts([a, b], contextHearing(guards, 0.9));
  return { rows: rows.length, guards };
}

const tuesday: [string, string] = ["Tuesday", "2016-03-08"];
const caucuses = told(0, "On Saturday, Ada Roe won the caucuses in Orvale by a wide margin.", [
  "Saturday",
  "2016-03-05",
]);

describe("a win placed in one place is not one placed in another", () => {
  it("refuses, in a group, a win in one place against a win in another", () => {
    const primary = told(1, "On Tuesday, Ada Roe won Velden's primary by a wide margin.", tuesday);
    expect(grouped(caucuses, primary)).toEqual({ rows: 0, guards: ["date:placedApart"] });
  });

  it("keeps, in a group, one place's win dated two days", () => {
    const again = told(
      1,
      "On Tuesday, Ada Roe won the caucuses in Orvale by a wide margin.",
      tuesday,
    );
    expect(grouped(caucuses, again)).toEqual({ rows: 1, guards: ["date:found"] });
  });

  it("refuses a place won as the verb's object, or before its contest's title-case modifiers", () => {
    const won = told(1, "Ada Roe won Velden on Tuesday by a wide margin.", tuesday);
    expect(heard(caucuses, won)).toEqual({ rows: 0, guards: ["date:event.placedApart"] });
    const primary = told(1, "Ada Roe won the Velden Democratic primary on Tuesday.", tuesday);
    expect(heard(caucuses, primary)).toEqual({ rows: 0, guards: ["date:event.placedApart"] });
  });

  it("keeps one place's win dated two days, however the place is written", () => {
    const won = told(1, "Ada Roe won Orvale on Tuesday by a wide margin.", tuesday);
    expect(heard(caucuses, won)).toEqual({ rows: 1, guards: ["date:event.found"] });
    const primary = told(1, "Ada Roe won the Orvale Democratic caucuses on Tuesday.", tuesday);
    expect(heard(caucuses, primary)).toEqual({ rows: 1, guards: ["date:event.found"] });
  });

  it("reads no place from a verb that is not a win's, nor from a place before a title", () => {
    const context = contextHearing([], 0.1);
    const visited = told(1, "Ada Roe visited Velden on Tuesday.", tuesday);
    const senator = told(1, "Ada Roe met Velden Senator Ivo Vint on Tuesday.", tuesday);
    expect(placedApart(caucuses, visited, context)).toBe(false);
    expect(placedApart(caucuses, senator, context)).toBe(false);
  });
});
