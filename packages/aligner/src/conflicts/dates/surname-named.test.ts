import { describe, expect, it } from "vitest";
import { weekdayUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { placedContestConflicts } from "./placed-contests.ts";
import { namesBySurname, nameWords } from "./surname-named.ts";

// Invented: one campaign's record of wins told by two outlets, one writing the candidate by
// surname in a possessive entity reading passed over.
const PLACES = new Set(["Orvale", "Velden"]);
const PEOPLE = new Set(["Ada Lund", "Ivo Vint", "Eva Vint"]);

function story(texts: [string, string[]][]) {
  const units = texts.map(([text, names], i) => weekdayUnit(i, text, names));
  const context: ConflictContext = {
    similarity: () => 0.9,
    entityName: (id) => id,
    isPlace: (id) => PLACES.has(id),
    isPerson: (id) => PEOPLE.has(id),
    storyUnits: units,
  };
  return { units, context };
}

const NAMED =
  "Ada Lund has won seven of the past eight contests, including Saturday's Velden caucuses.";
const BY_SURNAME =
  "Lund's insurgent campaign has won eight of the last nine contests, including the Velden caucuses on Monday.";

describe("a candidate written by surname alone, the name unread", () => {
  it("dates the place's contest of the person the other statement names", () => {
    const { units, context } = story([
      [NAMED, ["Ada Lund", "Velden"]],
      [BY_SURNAME, ["Velden"]],
    ]);
    expect(namesBySurname(units[1]!, units[0]!, context)).toBe(true);
    const rows = placedContestConflicts(units, context, []);
    expect(rows.map((r) => r.conflict.values.map((v) => v.text).sort())).toEqual([
      ["Monday", "Saturday"],
    ]);
  });

  it("reads no surname two people of the story bear, nor a statement naming no one", () => {
    const vint = story([
      [NAMED.replace("Ada Lund", "Ivo Vint"), ["Ivo Vint", "Velden"]],
      [BY_SURNAME.replace("Lund'", "Vint's"), ["Velden"]],
      ["Eva Vint spoke in Orvale.", ["Eva Vint", "Orvale"]],
    ]);
    expect(namesBySurname(vint.units[1]!, vint.units[0]!, vint.context)).toBe(false);
    expect(placedContestConflicts(vint.units, vint.context, [])).toEqual([]);
    const none = story([
      [NAMED, ["Ada Lund", "Velden"]],
      ["The campaign has won the Velden caucuses on Monday.", ["Velden"]],
    ]);
    expect(namesBySurname(none.units[1]!, none.units[0]!, none.context)).toBe(false);
    expect(placedContestConflicts(none.units, none.context, [])).toEqual([]);
  });
});

describe("a generational suffix is no surname", () => {
  it("reads the surname before it: Ivo Vint Jr. is written Vint, never Jr.", () => {
    const JR = new Set(["Ivo Vint Jr.", "Ada Lund Sr."]);
    const units = [
      weekdayUnit(0, NAMED.replace("Ada Lund", "Ivo Vint Jr."), ["Ivo Vint Jr.", "Velden"]),
      weekdayUnit(1, BY_SURNAME.replace("Lund'", "Vint's"), ["Velden"]),
      weekdayUnit(2, "Ada Lund Sr. spoke in Orvale.", ["Ada Lund Sr.", "Orvale"]),
    ];
    const context: ConflictContext = {
      similarity: () => 0.9,
      entityName: (id) => id,
      isPlace: (id) => PLACES.has(id),
      isPerson: (id) => JR.has(id),
      storyUnits: units,
    };
    expect(namesBySurname(units[1]!, units[0]!, context)).toBe(true);
    expect(nameWords("Ivo Vint Jr.")).toEqual(["Ivo", "Vint"]);
    expect(nameWords("Ivo Vint III")).toEqual(["Ivo", "Vint"]);
    expect(nameWords("Vint Jr.")).toEqual(["Vint", "Jr."]);
  });

  it("two people of one surname, one with a suffix, leave it unread", () => {
    const TWO = new Set(["Ivo Vint Jr.", "Eva Vint"]);
    const units = [
      weekdayUnit(0, NAMED.replace("Ada Lund", "Ivo Vint Jr."), ["Ivo Vint Jr.", "Velden"]),
      weekdayUnit(1, BY_SURNAME.replace("Lund'", "Vint's"), ["Velden"]),
      weekdayUnit(2, "Eva Vint spoke in Orvale.", ["Eva Vint", "Orvale"]),
    ];
    const context: ConflictContext = {
      similarity: () => 0.9,
      entityName: (id) => id,
      isPlace: (id) => PLACES.has(id),
      isPerson: (id) => TWO.has(id),
      storyUnits: units,
    };
    expect(namesBySurname(units[1]!, units[0]!, context)).toBe(false);
  });
});
