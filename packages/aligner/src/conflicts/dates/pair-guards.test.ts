import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { dateConflicts } from "./conflicts.ts";

const NAMES: Record<string, string> = {
  vey: "Dana Vey",
  brandt: "Lou Brandt",
  ostin: "Raul Ostin",
  rask: "Tom Rask",
  ilo: "Ben Ilo",
};

const alike: ConflictContext = {
  similarity: () => 0.9,
  entityName: (id) => NAMES[id] ?? id,
  isPerson: (id) => id in NAMES,
};

/** A statement of its own article, its days placed where their text stands. */
function dated(index: number, text: string, days: [string, string][], entities: string[] = []) {
  return withDays(index, index, text, days, { position: 0, entities: new Set(entities) });
}

const rows = (...units: ReturnType<typeof dated>[]) =>
  dateConflicts(units, alike).map((c) => c.values.map((v) => v.text));

describe("namesTheOtherDay", () => {
  it("reads no other day in an outlet that writes both days", () => {
    const both = dated(
      0,
      "In Sunday's final, the harbour club will face the lakeside club, which beat the hill club on Friday.",
      [["Friday", "2025-03-14"]],
    );
    const final = dated(1, "The harbour club will play the lakeside club in the final on Sunday.", [
      ["Sunday", "2025-03-16"],
    ]);
    expect(rows(both, final)).toEqual([]);
    const friday = dated(2, "The lakeside club beat the hill club on Friday.", [
      ["Friday", "2025-03-14"],
    ]);
    const saturday = dated(3, "The lakeside club beat the hill club on Saturday.", [
      ["Saturday", "2025-03-15"],
    ]);
    expect(rows(friday, saturday)).toEqual([["Friday", "Saturday"]]);
  });
});

describe("datesAnotherVerb", () => {
  it("does not set the day of one happening against the day of another the same outlet tells", () => {
    const hurt = dated(
      0,
      "The forward sprained his wrist in the match against the rovers Thursday.",
      [["Thursday", "2025-03-13"]],
    );
    const listed = dated(
      1,
      "The club placed the forward on the injured list Wednesday, ending his season with a sprained wrist.",
      [["Wednesday", "2025-03-12"]],
    );
    expect(rows(hurt, listed)).toEqual([]);
    const listedLater = dated(
      2,
      "The club placed the forward on the injured list Friday, ending his season with a sprained wrist.",
      [["Friday", "2025-03-14"]],
    );
    expect(rows(listed, listedLater)).toEqual([["Wednesday", "Friday"]]);
  });

  it("reads no verb across a clause opener: the day then dates a noun", () => {
    const death = dated(
      0,
      "The keeper suffered from heart failure but the cause of his death on Saturday was not known.",
      [["Saturday", "2025-03-15"]],
    );
    const died = dated(1, "The keeper died Thursday after suffering from heart failure.", [
      ["Thursday", "2025-03-13"],
    ]);
    expect(rows(death, died)).toEqual([["Saturday", "Thursday"]]);
  });
});

describe("differentDoers", () => {
  it("does not set one person's trip against another's", () => {
    const owner = dated(
      0,
      "The owner, Dana Vey, flew to the coast on Monday to meet the pitcher, Raul Ostin.",
      [["Monday", "2025-03-10"]],
      ["vey", "ostin"],
    );
    const manager = dated(
      1,
      "The manager, Lou Brandt, flew to the coast on Thursday to meet the pitcher, Raul Ostin.",
      [["Thursday", "2025-03-13"]],
      ["brandt", "ostin"],
    );
    expect(rows(owner, manager)).toEqual([]);
    const sameOwner = dated(
      2,
      "Dana Vey flew to the coast on Thursday to meet the pitcher, Raul Ostin.",
      [["Thursday", "2025-03-13"]],
      ["vey", "ostin"],
    );
    expect(rows(owner, sameOwner)).toEqual([["Monday", "Thursday"]]);
  });

  it("keeps one happening told from the culprit's and the victim's side", () => {
    const charged = dated(
      0,
      "Prosecutors said Tom Rask killed the guard on Monday outside the depot.",
      [["Monday", "2025-03-10"]],
      ["rask"],
    );
    const killed = dated(
      1,
      "Guard Ben Ilo was killed on Sunday outside the depot in an attack by Tom Rask.",
      [["Sunday", "2025-03-09"]],
      ["ilo", "rask"],
    );
    expect(rows(charged, killed)).toEqual([["Monday", "Sunday"]]);
  });
});

describe("datesPlacedHappening", () => {
  it("sets no day of a verb the other never tells against the happening placed after it", () => {
    const spoke = dated(
      0,
      "Dana Vey thanked the crews Thursday night after taking the harbour master post.",
      [["Thursday night", "2025-03-13"]],
      ["vey"],
    );
    const became = dated(
      1,
      "Dana Vey on Tuesday took the harbour master post.",
      [["Tuesday", "2025-03-11"]],
      ["vey"],
    );
    expect(rows(spoke, became)).toEqual([]);
  });
  it("keeps two days of the dated verb itself", () => {
    const resigned = dated(
      0,
      "Dana Vey resigned Thursday after an audit of the harbour accounts.",
      [["Thursday", "2025-03-13"]],
      ["vey"],
    );
    const again = dated(
      1,
      "Dana Vey resigned on Tuesday over an audit of the harbour accounts.",
      [["Tuesday", "2025-03-11"]],
      ["vey"],
    );
    expect(rows(resigned, again)).toEqual([["Thursday", "Tuesday"]]);
  });
});
