import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";

/** Statements worded nearly alike as wholes: the route where only the "not" was compared. */
const near: ConflictContext = { similarity: () => 0.65, entityName: (id) => id };
/** Statements told in other words: the predicate and half the words must be shared. */
const other: ConflictContext = { similarity: () => 0.3, entityName: (id) => id };

const texts = (denial: string, statement: string, context = near) =>
  negationConflicts([makeUnit(0, 0, denial), makeUnit(1, 1, statement)], context).map((c) =>
    c.values.map((v) => v.text),
  );

describe("negationConflicts: one predicate of one subject, one side denied", () => {
  it("sets 'has not paid the families' against 'has paid the families', worded alike or not", () => {
    const denial = "The ferry company has not paid the families of the crew.";
    expect(texts(denial, "The ferry company has paid the families of the crew.")).toEqual([
      ["not paid", "paid"],
    ]);
    expect(
      texts(denial, "The ferry company has paid the families of the crew since March.", other),
    ).toEqual([["not paid", "paid"]]);
  });

  it("sets a denial of saying against the saying: 'has not confirmed the sale' / 'confirmed the sale'", () => {
    // Outlets that disagree on whether the club confirmed a sale disagree on a fact a reader
    // weighs; the guard that dropped these (fbea6ff) gained no precision on either split.
    expect(
      texts(
        "The club has not confirmed the sale of the stadium.",
        "The club confirmed the sale of the stadium on Friday.",
      ),
    ).toEqual([["not confirmed", "confirmed"]]);
  });

  it("reads no conflict when the object differs ('paid the families' / 'paid the insurers')", () => {
    expect(
      texts(
        "The ferry company has not paid the families of the crew.",
        "The ferry company has paid the insurers of the crew.",
      ),
    ).toEqual([]);
  });

  it("reads no conflict between a quote and a paraphrase of another claim", () => {
    expect(
      texts(
        '"We have not met the buyers," the club chairman said of the sale.',
        "The club chairman said he had met the new coach before the sale.",
      ),
    ).toEqual([]);
  });

  it("reads no conflict when the subject differs ('the driver' / 'the passenger')", () => {
    expect(
      texts(
        "The driver was not injured when the van hit the barrier.",
        "The passenger was injured when the van hit the barrier.",
      ),
    ).toEqual([]);
    // A denial inside a relative clause is said of the noun before it.
    expect(
      texts(
        "The driver, who was not wearing a seat belt, was thrown from the van.",
        "The passenger was wearing a seat belt and was thrown from the van.",
      ),
    ).toEqual([]);
    // The same subject, once the agent and once the patient, still ties the two.
    expect(
      texts(
        "The goods were not seized by customs officers at the port.",
        "Customs officers seized the goods at the port on Friday.",
      ),
    ).toEqual([["not seized", "seized"]]);
  });
});

describe("negationConflicts: a complete row", () => {
  it("names every outlet of the group that states or denies the predicate, once each", () => {
    const units = [
      makeUnit(0, 0, "The ferry company has not paid the families of the crew."),
      makeUnit(1, 1, "The ferry company has paid the families of the crew."),
      makeUnit(2, 2, "The ferry company paid the families of the crew in March."),
      makeUnit(3, 3, "The ferry company never paid the families of the crew."),
    ];
    const [conflict] = negationConflicts(units, near);
    expect(conflict?.values.map((v) => `${v.articleId[0]}:${v.text}`)).toEqual([
      "a:not paid",
      "d:never paid",
      "b:paid",
      "c:paid",
    ]);
  });
});
