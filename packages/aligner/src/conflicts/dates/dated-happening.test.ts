import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { dateConflicts } from "./conflicts.ts";

/** Grouped together but worded apart, as two outlets' statements of one story often are. */
const apart: ConflictContext = { similarity: () => 0.3, entityName: (id) => id };

function dated(index: number, text: string, day: [string, string]) {
  return withDays(index, index, text, [day], { position: 0 });
}

const rows = (found: ReturnType<typeof dateConflicts>) =>
  found.map((c) => c.values.map((v) => v.text));

describe("dateConflicts reads the happening a light or phase verb dates", () => {
  it("sets no day a trial opened against the day of a verdict", () => {
    const trial = dated(
      0,
      "Two dock workers went on trial Wednesday for setting the warehouse alight as they fled.",
      ["Wednesday", "2025-04-09"],
    );
    const verdict = dated(
      1,
      "A dock worker was convicted Tuesday for setting the warehouse alight as he fled.",
      ["Tuesday", "2025-04-08"],
    );
    expect(dateConflicts([trial, verdict], apart)).toEqual([]);
  });

  it("sets no day a hearing continued against a day it was held", () => {
    const heard = dated(
      0,
      "Tearful testimony is what jurors heard Tuesday in the arson trial of a dock worker.",
      ["Tuesday", "2025-04-08"],
    );
    const continued = dated(
      1,
      "Testimony in the arson trial of a dock worker continued for the second day on Wednesday.",
      ["Wednesday", "2025-04-09"],
    );
    expect(dateConflicts([heard, continued], apart)).toEqual([]);
  });

  it("still sets two days of one happening against each other", () => {
    const died = dated(0, "The retired harbour pilot Orla Venn died Friday at her home.", [
      "Friday",
      "2025-04-11",
    ]);
    const died2 = dated(1, "Orla Venn, a retired harbour pilot, died Thursday at her home.", [
      "Thursday",
      "2025-04-10",
    ]);
    expect(rows(dateConflicts([died, died2], apart))).toEqual([["Friday", "Thursday"]]);
    const began = dated(2, "The arson trial of the dock worker began Monday in the port town.", [
      "Monday",
      "2025-04-07",
    ]);
    const began2 = dated(3, "The dock worker's arson trial began on Tuesday in the port town.", [
      "Tuesday",
      "2025-04-08",
    ]);
    expect(rows(dateConflicts([began, began2], apart))).toEqual([["Monday", "Tuesday"]]);
  });

  it("keeps a trial's day against the day another outlet says it was tried", () => {
    const trial = dated(
      0,
      "The dock worker went on trial Monday for setting the warehouse alight.",
      ["Monday", "2025-04-07"],
    );
    const tried = dated(1, "The dock worker was tried Tuesday for setting the warehouse alight.", [
      "Tuesday",
      "2025-04-08",
    ]);
    expect(rows(dateConflicts([trial, tried], apart))).toEqual([["Monday", "Tuesday"]]);
  });
});
