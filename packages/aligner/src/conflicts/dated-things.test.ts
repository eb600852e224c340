import { describe, expect, it } from "vitest";
import { withDays } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { dateConflicts } from "./date-conflicts.ts";
import { datedThing, thingsDiffer } from "./dated-things.ts";
import type { ConflictContext } from "./guards.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

/** A statement of its own article with one day, placed where its text stands. */
function dated(index: number, text: string, day: string, value: string) {
  return withDays(index, index, text, [[day, value]], { position: 0 });
}

const thing = (text: string, day: string) => {
  const unit = dated(0, text, day, "2025-05-09");
  return datedThing(unit, unit.dates[0] as never);
};

describe("datedThing", () => {
  it("reads the head noun of the dated verb's object", () => {
    expect(thing("The harbour board issued a formal statement Friday evening.", "Friday")).toBe(
      "statement",
    );
    expect(thing("Ada Lund announced her endorsement of Ivo Vint on Friday.", "Friday")).toBe(
      "endorsement",
    );
    expect(
      thing("On Friday, the mayor's office released a memo titled 'Next Steps'.", "Friday"),
    ).toBe("memo");
  });

  it("reads the noun a participle before the day describes, not a possessive's doer", () => {
    expect(thing("A new Velden Courier survey released Friday found Vint ahead.", "Friday")).toBe(
      "survey",
    );
    expect(thing("Lund led, according to figures her campaign released Friday.", "Friday")).toBe(
      null,
    );
    expect(thing("A statement issued by the harbour board late Friday was brief.", "Friday")).toBe(
      "statement",
    );
  });
});

describe("thingsDiffer", () => {
  const statement = dated(
    0,
    "The harbour board issued a statement Tuesday saying the pier would stay shut.",
    "Tuesday",
    "2025-05-06",
  );

  it("sets apart days of two things made public", () => {
    const ruling = dated(
      1,
      "The ruling released Friday said the pier must reopen within a month.",
      "Friday",
      "2025-05-09",
    );
    expect(
      thingsDiffer(statement, statement.dates[0] as never, ruling, ruling.dates[0] as never),
    ).toBe(true);
    expect(dateConflicts([statement, ruling], alike)).toEqual([]);
  });

  it("keeps days of one thing made public, or of things one statement names both of", () => {
    const same = dated(
      1,
      "The harbour board released a statement Friday saying the pier would stay shut.",
      "Friday",
      "2025-05-09",
    );
    expect(thingsDiffer(statement, statement.dates[0] as never, same, same.dates[0] as never)).toBe(
      false,
    );
    expect(dateConflicts([statement, same], alike)).toHaveLength(1);
    const both = dated(
      2,
      "The board released a ruling Friday, and a statement on it followed.",
      "Friday",
      "2025-05-09",
    );
    expect(thingsDiffer(statement, statement.dates[0] as never, both, both.dates[0] as never)).toBe(
      false,
    );
  });

  it("reads no thing for a verb that takes a person: many nouns name one person", () => {
    const suspect = dated(0, "Police arrested the suspect on Tuesday.", "Tuesday", "2025-05-06");
    const gunman = dated(1, "Police arrested the gunman on Friday.", "Friday", "2025-05-09");
    expect(thingsDiffer(suspect, suspect.dates[0] as never, gunman, gunman.dates[0] as never)).toBe(
      false,
    );
  });
});
