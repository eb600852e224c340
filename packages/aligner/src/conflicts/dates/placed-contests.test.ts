import { describe, expect, it } from "vitest";
import { weekdayUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { placedContestConflicts } from "./placed-contests.ts";

// Invented: two outlets on one campaign, each dating one place's contest by the words around it.
// The story's entity reading knows the places (invented ones are not in the place list).
const PLACES = new Set(["Orvale", "Velden"]);
const context: ConflictContext = {
  similarity: () => 0.9,
  entityName: (id) => id,
  isPlace: (id) => PLACES.has(id),
};

function rows(first: string, second: string, names: [string[], string[]]): string[][] {
  const units = [weekdayUnit(0, first, names[0]), weekdayUnit(1, second, names[1])];
  return placedContestConflicts(units, context, []).map((r) =>
    r.conflict.values.map((v) => v.text).sort(),
  );
}

describe("one place's voting contest dated by the words around it", () => {
  it("sets 'Saturday's Orvale caucuses' against 'the Orvale caucuses on Monday'", () => {
    expect(
      rows(
        "Ada Lund scored a clear win in Saturday's Orvale caucuses, beating Ivo Vint.",
        "Ivo Vint lost to Ada Lund in the Orvale caucuses on Monday.",
        [
          ["Ada Lund", "Ivo Vint", "Orvale"],
          ["Ivo Vint", "Ada Lund", "Orvale"],
        ],
      ),
    ).toEqual([["Monday", "Saturday"]]);
    expect(
      rows(
        "Ada Lund is ahead of Ivo Vint before Thursday's primary in Orvale.",
        "Ada Lund beat Ivo Vint in Tuesday's Orvale primary.",
        [
          ["Ada Lund", "Ivo Vint", "Orvale"],
          ["Ada Lund", "Ivo Vint", "Orvale"],
        ],
      ),
    ).toEqual([["Thursday", "Tuesday"]]);
    expect(
      rows(
        "Ada Lund leads Ivo Vint before the Monday primary in Orvale, a poll shows.",
        "Ada Lund beat Ivo Vint in Tuesday's Orvale primary.",
        [
          ["Ada Lund", "Ivo Vint", "Orvale"],
          ["Ada Lund", "Ivo Vint", "Orvale"],
        ],
      ),
    ).toEqual([["Monday", "Tuesday"]]);
  });

  it("reads a calendar day the dates left unread: 'Velden, which holds caucuses on Feb. 20'", () => {
    const velden = (day: string) =>
      `The Democratic race now moves to Velden, which holds caucuses on ${day}, then to Orvale.`;
    const next =
      "The next Democratic contest is in Velden on Feb. 23, and the party looks past it.";
    expect(rows(velden("Feb. 20"), next, [["Velden", "Orvale"], ["Velden"]])).toEqual([
      ["Feb. 20", "Feb. 23"],
    ]);
    // The second place of a list after the contest noun, with its own day.
    const listed =
      "Ada Lund turns to Democratic contests in Orvale on Feb. 20 and Velden on Feb. 27.";
    expect(
      rows(velden("Feb. 24"), listed, [
        ["Velden", "Orvale"],
        ["Ada Lund", "Orvale", "Velden"],
      ]),
    ).toEqual([["Feb. 24", "Feb. 27"]]);
    expect(rows(velden("Feb. 23"), next, [["Velden", "Orvale"], ["Velden"]])).toEqual([]);
    expect(rows(velden("March 2"), next, [["Velden", "Orvale"], ["Velden"]])).toEqual([]);
  });

  it("reads a place whose voters vote on the day: 'Velden, where Democratic voters vote on Feb. 27'", () => {
    const velden = (day: string) =>
      `The Democratic race now moves to Velden, which holds caucuses on ${day}, then to Orvale.`;
    const voters =
      "The target is Velden, where a largely rural Democratic primary electorate will vote on Feb. 27.";
    expect(rows(velden("Feb. 24"), voters, [["Velden", "Orvale"], ["Velden"]])).toEqual([
      ["Feb. 24", "Feb. 27"],
    ]);
    const which = "Ada Lund predicted a Democratic win in Velden, which votes on Feb. 27.";
    expect(
      rows(velden("Feb. 24"), which, [
        ["Velden", "Orvale"],
        ["Ada Lund", "Velden"],
      ]),
    ).toEqual([["Feb. 24", "Feb. 27"]]);
    // Nor a party's plural as the subject: the other party's voters vote on their own day.
    const lund = "Ada Lund's Democratic campaign moves to Velden, which holds caucuses on Feb. 24.";
    const rivals = "Ada Lund trails in Velden, where Republicans go to the polls on Feb. 20.";
    expect(
      rows(lund, rivals, [
        ["Ada Lund", "Velden"],
        ["Ada Lund", "Velden"],
      ]),
    ).toEqual([]);
    // A chamber's vote in the place is no contest; nor is a place before another name.
    const council = "The Democratic plan goes to Velden, where the council will vote on Feb. 27.";
    expect(rows(velden("Feb. 24"), council, [["Velden", "Orvale"], ["Velden"]])).toEqual([]);
    const board = "The Democratic plan goes to the Velden Harbour Board, which votes on Feb. 27.";
    expect(rows(velden("Feb. 24"), board, [["Velden", "Orvale"], ["Velden"]])).toEqual([]);
  });

  it("leaves two places, two parties, and a contest of no shared candidate alone", () => {
    const lund = "Ada Lund scored a clear win in Saturday's Orvale caucuses, beating Ivo Vint.";
    const who: [string[], string[]] = [
      ["Ada Lund", "Ivo Vint", "Orvale"],
      ["Ivo Vint", "Ada Lund", "Velden"],
    ];
    expect(rows(lund, "Ivo Vint lost to Ada Lund in the Velden caucuses on Monday.", who)).toEqual(
      [],
    );
    expect(
      rows(
        "Ada Lund scored a clear win in Saturday's Orvale Democratic caucuses.",
        "Ivo Vint won the Orvale Republican caucuses on Tuesday.",
        [
          ["Ada Lund", "Orvale"],
          ["Ivo Vint", "Orvale"],
        ],
      ),
    ).toEqual([]);
    expect(
      rows(lund, "Tarquil Vint won the Orvale caucuses on Tuesday.", [
        ["Ada Lund", "Ivo Vint", "Orvale"],
        ["Tarquil Vint", "Orvale"],
      ]),
    ).toEqual([]);
    // A day of another noun before the contest ("Saturday's rally before the Orvale caucuses").
    expect(
      rows(
        "Ada Lund drew a crowd at Saturday's rally before the Orvale caucuses, beating Ivo Vint.",
        "Ivo Vint lost to Ada Lund in the Orvale caucuses on Monday.",
        [
          ["Ada Lund", "Ivo Vint", "Orvale"],
          ["Ivo Vint", "Ada Lund", "Orvale"],
        ],
      ),
    ).toEqual([]);
    // A weekday before a contest with no place ("Saturday's caucuses") names no one contest.
    expect(
      rows(
        "Ada Lund scored a clear win in Saturday's caucuses, beating Ivo Vint.",
        "Ivo Vint lost to Ada Lund in the caucuses on Monday.",
        [
          ["Ada Lund", "Ivo Vint"],
          ["Ivo Vint", "Ada Lund"],
        ],
      ),
    ).toEqual([]);
  });
});
