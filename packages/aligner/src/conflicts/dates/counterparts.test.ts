import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { counterpartsDiffer, encounterCounterpart } from "./counterparts.ts";
import { happeningDateConflicts } from "./event-dates.ts";

const context: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

function told(index: number, article: number, text: string, day: [string, string]): AlignUnit {
  return withDays(index, article, text, [day], { entities: new Set(["lund"]) });
}

const withVint = told(0, 0, "Ada Lund said she spoke with Mr. Vint on Tuesday about the port.", [
  "Tuesday",
  "2025-03-11",
]);
const atConference = told(
  1,
  1,
  "Ada Lund speaks at a Velden harbour conference on Friday, her aides said.",
  ["Friday", "2025-03-14"],
);
const toDelegates = told(2, 2, "Ada Lund is speaking Thursday to the Norland Delegates Club.", [
  "Thursday",
  "2025-03-13",
]);
const noOne = told(3, 3, "Ada Lund spoke on Wednesday night in a packed hall.", [
  "Wednesday",
  "2025-03-12",
]);
const vintSide = told(4, 4, "Ivo Vint spoke with Ada Lund on Monday about the port.", [
  "Monday",
  "2025-03-10",
]);
const meetingOf = told(
  5,
  5,
  "At a meeting Tuesday morning of the Orvale harbour board, Lund left.",
  ["Tuesday morning", "2025-03-11"],
);
const meetingWith = told(
  6,
  6,
  "Her one-on-one meeting with Ivo Vint on Saturday night went well.",
  ["Saturday night", "2025-03-15"],
);
const visitTo = told(
  7,
  7,
  "Lund's visit Monday to speak to the Velden Rotary Club, her first, drew a crowd.",
  ["Monday", "2025-03-10"],
);

const differ = (a: AlignUnit, b: AlignUnit, action = "speak") =>
  counterpartsDiffer(a, a.dates[0] as never, b, b.dates[0] as never, action);
const counterpart = (u: AlignUnit, action = "speak") =>
  [...(encounterCounterpart(u, u.dates[0] as never, action) ?? [])].sort();

describe("encounterCounterpart: whom or where an encounter met", () => {
  it("reads the noun phrase after with/to/at/of, past the day", () => {
    expect(counterpart(withVint)).toEqual(["Vint"]);
    expect(counterpart(atConference)).toEqual(["Velden", "conference", "harbour"]);
    expect(counterpart(toDelegates)).toEqual(["Club", "Delegate", "Norland"]);
    expect(counterpart(meetingOf, "meeting")).toEqual(["Orvale", "board", "harbour"]);
    expect(counterpart(visitTo, "visit")).toEqual(["Club", "Rotary", "Velden"]);
  });

  it("reads none where none is written, and none for a happening of another kind", () => {
    expect(
      counterpart(
        told(8, 8, "Lund spoke Monday night to try to calm it.", ["Monday night", "2025-03-10"]),
      ),
    ).toEqual([]);
    expect(counterpart(withVint, "win")).toEqual([]);
  });
});

describe("counterpartsDiffer: two encounters, not one given two days", () => {
  it("sets apart speeches and meetings with different counterparts", () => {
    expect(differ(withVint, atConference)).toBe(true);
    expect(differ(atConference, toDelegates)).toBe(true);
    expect(differ(meetingOf, meetingWith, "meeting")).toBe(true);
  });

  it("reads a name only as written: 'Action Network' is not in 'actions'", () => {
    const network = told(
      10,
      10,
      "Ada Lund, Vint's rival, is speaking Thursday to the Velden Action Network.",
      ["Thursday", "2025-03-13"],
    );
    const actions = told(
      11,
      11,
      "Lund said she spoke with Mr. Vint on Tuesday about his actions.",
      ["Tuesday", "2025-03-11"],
    );
    expect(differ(network, actions)).toBe(true);
  });

  it("keeps one encounter told from both sides, or by one counterpart", () => {
    // "Lund spoke with Vint" / "Vint spoke with Lund": each writes the other's counterpart.
    expect(differ(withVint, vintSide)).toBe(false);
    const sameClub = told(9, 9, "Ada Lund spoke to the Norland Delegates Club on Friday.", [
      "Friday",
      "2025-03-14",
    ]);
    expect(differ(toDelegates, sameClub)).toBe(false);
    // One names the club, the other writes it too: the same speech.
    const clubNamed = told(12, 12, "At the Norland Delegates Club, Ada Lund spoke on Monday.", [
      "Monday",
      "2025-03-10",
    ]);
    expect(differ(clubNamed, toDelegates)).toBe(false);
  });

  it("sets apart an encounter known by no counterpart: a campaign has many", () => {
    // One names its counterpart, the other never writes it.
    expect(differ(noOne, atConference)).toBe(true);
    const boardMet = told(13, 13, "The harbour board had its first meeting Wednesday.", [
      "Wednesday",
      "2025-03-12",
    ]);
    const delegatesMet = told(
      14,
      14,
      "After the meeting of Norland delegates on Saturday ended in uproar, Lund left.",
      ["Saturday", "2025-03-15"],
    );
    expect(differ(boardMet, delegatesMet, "meet")).toBe(true);
    // Neither names one: two speeches of one candidate.
    const stump = told(15, 15, "Ada Lund made a long speech Tuesday night, and few heard it.", [
      "Tuesday",
      "2025-03-11",
    ]);
    expect(differ(noOne, stump)).toBe(true);
    // Only encounters: a death told by no counterpart is one death.
    expect(differ(noOne, stump, "die")).toBe(false);
  });

  it("keeps the two days out of the happening's rows", () => {
    const units = [withVint, atConference];
    const happening = { action: "speak", units: [0, 1] };
    expect(happeningDateConflicts(units, [happening], context, [])).toEqual([]);
    const same = told(1, 1, "Ada Lund spoke with Mr. Vint on Friday about the port.", [
      "Friday",
      "2025-03-14",
    ]);
    expect(happeningDateConflicts([withVint, same], [happening], context, [])).toHaveLength(1);
  });
});
