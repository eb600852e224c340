import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { dateConflicts } from "../dates/conflicts.ts";
import type { ConflictContext } from "../guards.ts";

/** Grouped together but worded apart, as two outlets' statements of one story often are. */
const apart: ConflictContext = { similarity: () => 0.3, entityName: (id) => id };

function dated(index: number, text: string, day: [string, string]) {
  return withDays(index, index, text, [day], { position: 0 });
}

const rows = (found: ReturnType<typeof dateConflicts>) =>
  found.map((c) => c.values.map((v) => v.text));

describe("dateConflicts between two happenings' days", () => {
  it("sets no day of a verdict against the day a recording was shown", () => {
    const verdict = dated(
      0,
      "A dock worker was convicted Tuesday of setting the warehouse alight.",
      ["Tuesday", "2025-04-08"],
    );
    const video = dated(
      1,
      "A recording of the warehouse fire was released Thursday by the insurers.",
      ["Thursday", "2025-04-10"],
    );
    expect(dateConflicts([verdict, video], apart)).toEqual([]);
  });

  it("still sets two days for one happening told in other verbs against each other", () => {
    const ripped = dated(0, "A blaze ripped through the old mill on Friday evening.", [
      "Friday evening",
      "2025-04-11",
    ]);
    const gutted = dated(1, "A suspicious blaze gutted the old riverside mill early Saturday.", [
      "early Saturday",
      "2025-04-12",
    ]);
    expect(rows(dateConflicts([ripped, gutted], apart))).toEqual([
      ["Friday evening", "early Saturday"],
    ]);
    const sank = dated(2, "The ferry sank near the cape on Sunday, stranding forty passengers.", [
      "Sunday",
      "2025-04-13",
    ]);
    const stranded = dated(
      3,
      "Forty passengers were stranded on Monday when the ferry went down.",
      ["Monday", "2025-04-14"],
    );
    expect(rows(dateConflicts([sank, stranded], apart))).toEqual([["Sunday", "Monday"]]);
  });
});

describe("days and ordinals", () => {
  it("reads an ordinal ranking a noun as no day", () => {
    const ranked = dated(0, "The late goal sealed the 12th win for the visitors at the stadium.", [
      "the 12th",
      "2025-04-12",
    ]);
    const day = dated(1, "The late goal sealed a win for the visitors at the stadium on Sunday.", [
      "Sunday",
      "2025-04-13",
    ]);
    expect(dateConflicts([ranked, day], apart)).toEqual([]);
  });
});
