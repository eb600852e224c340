import { describe, expect, it } from "vitest";
import { inPastRelation, sentenceBefore } from "./past-relation.ts";

/** Whether the title starting at the first `title` in `body` is named in a relation of the past. */
const past = (body: string, title = "President") => inPastRelation(body, body.indexOf(title));

describe("inPastRelation: a plain title named in a relation of the past", () => {
  it("reads a title as whom a past post served ('who was press secretary to President Vint')", () => {
    for (const body of [
      "Ada Lund, who was press secretary to President Ivo Vint, was hurt in 1981.",
      "Lund had been an aide to President Ivo Vint for a decade.",
      "Lund served as chief of staff under President Ivo Vint.",
    ])
      expect(past(body)).toBe(true);
    // A post held now, or one just given (which may be held now), leaves the title the outlet's.
    for (const body of [
      "Ada Lund, who is press secretary to President Ivo Vint, spoke on Monday.",
      "Ada Lund was named senior adviser to President Ivo Vint on Monday.",
      "Lund was with President Ivo Vint in Castlebay on Monday.",
    ])
      expect(past(body)).toBe(false);
  });

  it("reads a title in a past membership ('a veteran of President Vint's administration')", () => {
    expect(past("said Ada Lund, a veteran of President Ivo Vint's administration.")).toBe(true);
    expect(past("said Ada Lund, an alumnus of the Governor Ada Roe campaign.", "Governor")).toBe(
      true,
    );
    expect(past("said Ada Lund, a member of President Ivo Vint's administration.")).toBe(false);
  });

  it("reads a title whose holder's former post-holders follow it ('President Vint's former aides')", () => {
    for (const body of [
      "said Lund, one of President Ivo Vint’s former aides.",
      "Governor Ada Roe's onetime chief of staff, Ivo Lund, said.",
    ])
      expect(past(body) || past(body, "Governor")).toBe(true);
    // Another former relation, or a present post, says nothing of the holder's post.
    for (const body of [
      "President Ivo Vint's former wife said on Monday that she would run.",
      "President Ivo Vint's senior aides met on Monday.",
    ])
      expect(past(body)).toBe(false);
  });

  it("reads a title in a time counted years back ('Thirteen years after President Vint …')", () => {
    for (const body of [
      "Thirteen years after President Ivo Vint and the council began the plan, it is over.",
      "In 1999, a year after managing proceedings against President Ivo Vint, Lund posed.",
      "Two decades ago, President Ivo Vint signed the harbour act.",
    ])
      expect(past(body)).toBe(true);
    // A span counted in another clause, or said of someone else, tells nothing of the title's time.
    for (const body of [
      "Ada Lund, elected two years ago, met President Ivo Vint in Castlebay on Monday.",
      "Two years after the flood, the council asked, and President Ivo Vint said yes.",
      "The harbour will reopen two years after the vote, President Ivo Vint said.",
    ])
      expect(past(body)).toBe(false);
  });
});

describe("sentenceBefore", () => {
  it("passes over a title's abbreviation and ends at a sentence's stop", () => {
    const body = "Lund left. In 2008, Sen. Ada Roe distanced herself from President Ivo Vint.";
    expect(sentenceBefore(body, body.indexOf("President"))).toBe(
      "In 2008, Sen. Ada Roe distanced herself from ",
    );
  });
});
