import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { samePatient } from "./actor.ts";
import { recipientAfter } from "./recipient.ts";

describe("recipientAfter", () => {
  it("reads the name a thing is given to", () => {
    expect(recipientAfter(" to free agent first baseman Ada Lund.")).toBe("Lund");
    expect(recipientAfter(" a three-year deal to Ada Lund on Friday")).toBe("Lund");
    // An aside in brackets and a word opening on a digit.
    expect(recipientAfter(" (terms undisclosed) to 2B Ivo Vint, the paper said")).toBe("Vint");
    expect(recipientAfter(" the contract (worth two million) to builder Ivo Vint")).toBe("Vint");
  });

  it("reads no name where none is given", () => {
    // A place of someone is not whom it is given to.
    expect(recipientAfter(" a letter to Ada Lund's office")).toBeNull();
    // No "to", or too many words before the name.
    expect(recipientAfter(" a deal with Ada Lund")).toBeNull();
    expect(recipientAfter(" a deal worth far more than any club had ever paid to Lund")).toBeNull();
    expect(recipientAfter(" to the players of the harbour side")).toBeNull();
  });
});

describe("samePatient through the name after to", () => {
  function pair(denial: string, stated: string, word: string, statedWord = word) {
    const a = makeUnit(0, 0, denial);
    const b = makeUnit(1, 1, stated);
    const at = a.span.start + denial.search(/not|n't/);
    const end = a.span.start + denial.indexOf(word) + word.length;
    return samePatient(a, at, end, b, b.span.start + stated.indexOf(statedWord));
  }

  it("reads one recipient in a denial and in a statement told otherwise", () => {
    // The verb denied, its noun stated after a light verb, the subject a pronoun.
    expect(
      pair(
        "The Owls have not offered a three-year contract to Ada Lund, the manager said.",
        "Owls manager Ivo Vint told a paper that he has made a three-year offer to free agent goalkeeper Ada Lund.",
        "offered",
        "offer",
      ),
    ).toBe(true);
    // A contraction, an aside in brackets and a word opening on a digit.
    expect(
      pair(
        "The club hasn't made a two-year offer to midfielder Ada Lund.",
        "The team has made a two-year contract offer (terms undisclosed) to 2B Ada Lund.",
        "offer",
      ),
    ).toBe(true);
    // Another verb of giving.
    expect(
      pair(
        "The council did not award the contract to builder Ivo Vint, a spokesman said.",
        "The council awarded the harbour contract to local builder Ivo Vint on Monday.",
        "award",
      ),
    ).toBe(true);
  });

  it("tells another recipient apart", () => {
    expect(
      pair(
        "The Owls have not offered a three-year contract to Ada Lund.",
        "The Owls have made a three-year offer to free agent Ivo Vint.",
        "offered",
        "offer",
      ),
    ).toBe(false);
    // Given to no named person.
    expect(
      pair(
        "The Owls have not offered a three-year contract to Ada Lund.",
        "The Owls have made a three-year offer to a free agent.",
        "offered",
        "offer",
      ),
    ).toBe(false);
  });
});
