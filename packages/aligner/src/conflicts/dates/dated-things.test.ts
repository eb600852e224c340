import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { dateConflicts } from "./conflicts.ts";
import { datedThing, TOLD_CLAUSE, thingsDiffer } from "./dated-things.ts";

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

  it("reads a passive's subject as the thing made public, past a relative word or a name", () => {
    expect(thing("Her third novel was released Friday to quiet reviews.", "Friday")).toBe("novel");
    expect(thing("Lund led in figures that were released Friday by the board.", "Friday")).toBe(
      "figures",
    );
    expect(thing("Vint's memoir, Salt and Tide, was released Friday.", "Friday")).toBe("memoir");
    expect(thing("She spoke in an interview taped and released Friday.", "Friday")).toBe(
      "interview",
    );
  });

  it("reads news told in a clause, past a day between the verb and the clause", () => {
    expect(thing("Ada Lund announced on Friday she would run for mayor.", "Friday")).toBe(
      TOLD_CLAUSE,
    );
    expect(thing("On Friday, the Harbour Trust announced it had sold the pier.", "Friday")).toBe(
      TOLD_CLAUSE,
    );
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

  it("reads no noun of the other's thing inside a quotation", () => {
    const quoted = dated(
      1,
      '"Nothing in the statement shows the pier can take ferries," the ruling released Friday said.',
      "Friday",
      "2025-05-09",
    );
    const d = (u: typeof quoted) => u.dates[0] as never;
    expect(thingsDiffer(statement, d(statement), quoted, d(quoted))).toBe(true);
    expect(dateConflicts([statement, quoted], alike)).toEqual([]);
    // Written by the outlet itself, the noun may name the other's thing.
    const written = dated(
      2,
      "Nothing in the statement holds, the ruling released Friday said.",
      "Friday",
      "2025-05-09",
    );
    expect(thingsDiffer(statement, d(statement), written, d(written))).toBe(false);
  });

  it("sets apart a passive's thing, and news told in a clause, from another thing", () => {
    const novel = dated(
      1,
      "Ivo Vint's second novel, Low Water, was released Friday in Orvale.",
      "Friday",
      "2025-05-09",
    );
    const run = dated(
      2,
      "Ivo Vint, announcing on Thursday he would run for the Norland seat, spoke in Orvale.",
      "Thursday",
      "2025-05-08",
    );
    const d = (u: typeof novel) => u.dates[0] as never;
    expect(thingsDiffer(statement, d(statement), novel, d(novel))).toBe(true);
    expect(thingsDiffer(statement, d(statement), run, d(run))).toBe(true);
    expect(dateConflicts([statement, novel], alike)).toEqual([]);
    expect(dateConflicts([statement, run], alike)).toEqual([]);
  });

  it("keeps news told in a clause against a statement its own sentence names", () => {
    const inStatement = dated(
      1,
      "The harbour board announced in a statement Friday it would keep the pier shut.",
      "Friday",
      "2025-05-09",
    );
    const clause = dated(
      2,
      "On Friday the harbour board announced it would keep the pier shut, in a statement to crews.",
      "Friday",
      "2025-05-09",
    );
    const d = (u: typeof clause) => u.dates[0] as never;
    expect(thingsDiffer(statement, d(statement), clause, d(clause))).toBe(false);
    expect(thingsDiffer(inStatement, d(inStatement), statement, d(statement))).toBe(false);
  });

  it("reads no thing for a verb that takes a person: many nouns name one person", () => {
    const suspect = dated(0, "Police arrested the suspect on Tuesday.", "Tuesday", "2025-05-06");
    const gunman = dated(1, "Police arrested the gunman on Friday.", "Friday", "2025-05-09");
    expect(thingsDiffer(suspect, suspect.dates[0] as never, gunman, gunman.dates[0] as never)).toBe(
      false,
    );
  });

  it('sets apart a thing made public that "a"/"an" brings in: one more of its kind', () => {
    const institute = dated(
      0,
      "A poll from the Velden Institute released Wednesday found Lund ahead by nine points.",
      "Wednesday",
      "2025-05-07",
    );
    const courier = dated(
      1,
      "In the Courier poll released Sunday, Lund led Vint by nine points.",
      "Sunday",
      "2025-05-04",
    );
    expect(
      thingsDiffer(institute, institute.dates[0] as never, courier, courier.dates[0] as never),
    ).toBe(true);
    expect(dateConflicts([institute, courier], alike)).toEqual([]);
  });

  it("keeps one definite thing made public, dated twice", () => {
    const first = dated(
      0,
      "The Velden Institute poll released Wednesday found Lund ahead by nine points.",
      "Wednesday",
      "2025-05-07",
    );
    const second = dated(
      1,
      "The Velden Institute poll released Sunday found Lund ahead by nine points.",
      "Sunday",
      "2025-05-04",
    );
    expect(thingsDiffer(first, first.dates[0] as never, second, second.dates[0] as never)).toBe(
      false,
    );
    expect(dateConflicts([first, second], alike)).toHaveLength(1);
  });

  it("reads the article of the thing, not of a noun in its complement", () => {
    const ofBoard = dated(
      0,
      "The report from a harbour board released Wednesday found the pier unsafe.",
      "Wednesday",
      "2025-05-07",
    );
    const inNew = dated(
      1,
      "In a new report released Sunday, inspectors found the pier unsafe.",
      "Sunday",
      "2025-05-04",
    );
    const definite = dated(
      2,
      "The report released Friday found the pier unsafe.",
      "Friday",
      "2025-05-09",
    );
    const d = (u: typeof definite) => u.dates[0] as never;
    expect(thingsDiffer(ofBoard, d(ofBoard), definite, d(definite))).toBe(false);
    expect(thingsDiffer(inNew, d(inNew), definite, d(definite))).toBe(true);
  });
});
