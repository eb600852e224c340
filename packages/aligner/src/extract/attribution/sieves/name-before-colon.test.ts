import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quoted sentence after a colon that closes on a person's name", () => {
  it("is the words of the person named right before the colon", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "The slump in freight did not surprise the harbour pilot Tessa Moor: “Crews saw it coming months ago.”",
    );
    expect(speakerOf(x, "Crews saw it coming")).toBe("Tessa Moor");
  });

  it("takes the last of two names joined by “and”, as a round-up heading credits them", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "FREIGHT POLLS WERE EARLY, NOT WRONG - Ada Lund and Tessa Moor: “The counts closed a week before the vote.”",
    );
    expect(speakerOf(x, "The counts closed")).toBe("Tessa Moor");
  });

  it("leaves the quotation unknown when the name is a preposition's object", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "A short letter went out to Tessa Moor: “The docks reopen on Monday.”",
    );
    expect(speakerOf(x, "The docks reopen")).toBeNull();
  });

  it("leaves the quotation unknown after a byline", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "DOCKS—“Night market to close in May,” by the Harbour Wire’s Tessa Moor: “The night market will close for good.”",
    );
    expect(speakerOf(x, "The night market will close")).toBeNull();
  });

  it("does not take the addressee of a verb of saying", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "On the pier, Ada Lund told Tessa Moor: “The docks reopen on Monday.”",
    );
    expect(speakerOf(x, "The docks reopen")).toBe("Ada Lund");
  });
});
