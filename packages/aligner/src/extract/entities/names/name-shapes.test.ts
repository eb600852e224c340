import { describe, expect, it } from "vitest";
import {
  extractParagraphs,
  personNames,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { findInitialledGivenNames } from "../../echoed-names.ts";
import { findPersonNames } from "../../person-names.ts";

// People whose names have a shape the readers refused (issue 11): an inner capital in the given
// name or the surname, initials for the given name. All names are invented.

const names = (body: string) => findPersonNames(body).map((n) => body.slice(n.start, n.end));

describe("a given name with an inner capital", () => {
  it("is the common given name it spells, with its gender", () => {
    const body = "On Monday LuAnn Vint met the harbour board.";
    expect(names(body)).toEqual(["LuAnn Vint"]);
    expect(findPersonNames(body)[0]?.gender).toBe("she");
  });

  it("speaks, and a later she is hers", () => {
    const x = extractParagraphs(
      "LuAnn Vint, a pilot, met Ivo Roe on Monday.",
      "“The port will reopen in spring,” she said.",
    );
    expect(speakerOf(x, "port will reopen")).toBe("LuAnn Vint");
  });

  it("never makes a person of a brand or a surname prefix", () => {
    expect(names("The HarbourPost Ada reported it. McLund Vint stayed.")).toEqual([]);
  });
});

describe("a surname with an inner capital", () => {
  it("follows a known given name when neither half is an English word", () => {
    expect(names("On Monday Ivo VandeLund met the board.")).toEqual(["Ivo VandeLund"]);
    // "Flag" glued to a name by a photo credit is no surname.
    expect(names("Photo by Ivo LundFlag on Monday.")).toEqual([]);
  });

  it("gives the bare surname its full name", () => {
    const x = extractParagraphs(
      "Ivo VandeLund met the board.",
      "“The port will reopen in spring,” VandeLund said.",
    );
    expect(speakerOf(x, "port will reopen")).toBe("Ivo VandeLund");
  });
});

describe("initials for a given name", () => {
  it("name a person after an inverted verb of saying", () => {
    for (const name of ["J.R. Vint", "A. B. Roe", "J.J. MacRoe"]) {
      const x = extractParagraphs(`“The port will reopen in spring,” said ${name}, a pilot.`);
      expect(speakerOf(x, "port will reopen")).toBe(name);
    }
  });

  it("name a person before a reporting verb, or when the surname speaks elsewhere", () => {
    const before = extractParagraphs("“The port will reopen in spring,” J.R. Vint said.");
    expect(speakerOf(before, "port will reopen")).toBe("J.R. Vint");
    const echoed = extractParagraphs(
      "A. B. Roe, a pilot, met the board.",
      "“The port will reopen in spring,” Roe said.",
    );
    expect(speakerOf(echoed, "port will reopen")).toBe("A. B. Roe");
  });

  it("are no person when the surname never speaks, nor after place initials", () => {
    const publisher =
      "The memoir came out with his publisher, W.W. Lund, this year. He asked Lund to reprint it. Lund, which declined to comment, returned the rights.";
    expect(findInitialledGivenNames(publisher)).toEqual([]);
    expect(findInitialledGivenNames("The U.S. Navy met. Navy said no. N.H. Vint said so.")).toEqual(
      [],
    );
    const x = extractParagraphs("“The port will reopen in spring,” said U.S. Navy.");
    expect(personNames(x)).toEqual([]);
  });
});
