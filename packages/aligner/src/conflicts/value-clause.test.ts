import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { clauseAround, clausesShareVerb } from "./value-clause.ts";

/** A statement and where a value stands in it, as a span of the unit's own text. */
function at(index: number, text: string, value: string) {
  const unit = makeUnit(index, index, text);
  const start = unit.span.start + text.indexOf(value);
  return { unit, start, end: start + value.length };
}

describe("clausesShareVerb", () => {
  it("reads a verb's noun in the other clause as the same happening", () => {
    const verb = at(
      0,
      "A drifter was charged with killing four hikers near the old quarry.",
      "four",
    );
    const noun = at(1, "Rangers arrested a drifter in the killings of two hikers.", "two");
    expect(clausesShareVerb(verb.unit, verb.start, verb.end, noun.unit, noun.start, noun.end)).toBe(
      true,
    );
  });

  it("keeps clauses of different happenings apart", () => {
    const killed = at(
      0,
      "A drifter was charged with killing four hikers near the old quarry.",
      "four",
    );
    const rescued = at(1, "Rangers rescued two hikers from the flooded quarry.", "two");
    expect(
      clausesShareVerb(
        killed.unit,
        killed.start,
        killed.end,
        rescued.unit,
        rescued.start,
        rescued.end,
      ),
    ).toBe(false);
  });
});

describe("clausesShareVerb: the days a lone statement was first set against (lone-statements.ts)", () => {
  it("keeps a day of laughing apart from a day of upholding, though both name the verdict", () => {
    const laughed = at(0, "Ivo Vint laughed on Tuesday after the jury's verdict.", "Tuesday");
    const upheld = at(1, "A judge on Thursday upheld the jury's verdict.", "Thursday");
    expect(
      clausesShareVerb(
        laughed.unit,
        laughed.start,
        laughed.end,
        upheld.unit,
        upheld.start,
        upheld.end,
      ),
    ).toBe(false);
    const stole = at(2, "Thieves stole gems worth 40 million euros from the gallery.", "40");
    const stoleToo = at(3, "The gang stole diamonds valued at 80 million euros.", "80");
    expect(
      clausesShareVerb(
        stole.unit,
        stole.start,
        stole.end,
        stoleToo.unit,
        stoleToo.start,
        stoleToo.end,
      ),
    ).toBe(true);
  });
});

/** The clause around the first place `value` is written in a statement of `text`. */
function clauseOf(text: string, value: string) {
  const at = text.indexOf(value);
  return clauseAround(makeUnit(0, 0, text), at, at + value.length);
}

describe("clauseAround", () => {
  it("reads a clock time's colon as part of the clause, a colon before words as a break", () => {
    expect(
      clauseOf(
        "Update: the ferry sank shortly after 8:30 p.m. Saturday near the pier.",
        "Saturday",
      ),
    ).toEqual({ before: " the ferry sank shortly after 8:30 p.m. ", after: " near the pier." });
  });

  it("reads a list of names parted by commas as one clause with its verb", () => {
    expect(
      clauseOf(
        "Ada Roe won Orvale, Norland, Elm and New Castlebay on Tuesday, aides said.",
        "Tuesday",
      ),
    ).toEqual({ before: "Ada Roe won Orvale, Norland, Elm and New Castlebay on ", after: "" });
  });

  it("keeps a comma before a clause that is no list's last name as a break", () => {
    expect(
      clauseOf("Ada Roe, the Norland mayor, Ivo Vint and others met on Tuesday.", "Tuesday")
        ?.before,
    ).toBe(" Ivo Vint and others met on ");
    expect(
      clauseOf("In Orvale, Norland, voters went to the polls on Tuesday.", "Tuesday")?.before,
    ).toBe(" voters went to the polls on ");
  });
});
