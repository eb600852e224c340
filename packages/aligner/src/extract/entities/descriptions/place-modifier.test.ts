import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a place inside a definite description of one person never speaks", () => {
  it("'the Oregon senator said' is not the state speaking", () => {
    const x = extract(
      "Ivo Vint and Ada Lund spoke at the harbour forum on Monday.",
      "“We will reopen the pier by spring,” said the Oregon senator.",
      "“The docks need work first,” the former Oregon governor said.",
    );
    expect(speakerOf(x, "We will reopen the pier")).not.toBe("Oregon");
    expect(speakerOf(x, "The docks need work")).not.toBe("Oregon");
  });

  it("a group of the place still speaks through it, as before", () => {
    const x = extract("“We will not wait,” said Oregon Republicans.");
    expect(speakerOf(x, "We will not wait")).toBe("Oregon");
  });
});

describe("a place before a party member noun describes an unnamed person", () => {
  it("'the Oregon Republican said' is not the state speaking", () => {
    const x = extract(
      "Ivo Vint and Ada Lund spoke at the harbour forum on Monday.",
      "“The pier can wait,” the Oregon Republican said.",
    );
    expect(speakerOf(x, "The pier can wait")).not.toBe("Oregon");
  });

  it("'a Oregon Democrat' and 'another Oregon Republican' are someone unnamed, not Oregon", () => {
    const x = extract(
      "Oregon voted on the harbour levy on Monday.",
      "“The levy is fair,” said an Oregon Democrat.",
      "“It costs too much,” another Oregon Republican added.",
      "“We will count again,” said an Oregon official.",
    );
    expect(speakerOf(x, "The levy is fair")).not.toBe("Oregon");
    expect(speakerOf(x, "It costs too much")).not.toBe("Oregon");
    expect(speakerOf(x, "We will count again")).not.toBe("Oregon");
  });

  it("party members in the plural are a group of the place, as before", () => {
    const x = extract("“We back the levy,” said Oregon Democrats.");
    expect(speakerOf(x, "We back the levy")).toBe("Oregon");
  });
});

describe("the description still resolves to the one person it describes", () => {
  it("'the Oregon Republican' after 'Sen. Ada Lund, R-Ore.' is Ada Lund", () => {
    const x = extract(
      "Sen. Ada Lund (R-Ore.) toured the harbour on Monday.",
      "“The pier can wait,” the Oregon Republican said.",
    );
    expect(speakerOf(x, "The pier can wait")).toBe("Ada Lund");
  });
});

// "a Norland Democrat said" is someone unnamed; so is one from a place the gazetteer lists (the
// rule needs such a place: an invented one is no place to the registry).
describe("an indefinite description holding a listed place is an unnamed source", () => {
  it("'said an Oregon Democrat' and 'another Oregon Republican added' are two unnamed people", () => {
    const x = extract(
      "Oregon voted on the harbour levy on Monday.",
      "“The levy is fair,” said an Oregon Democrat.",
      "“It costs too much,” another Oregon Republican added.",
      "A senior Oregon Republican said, “We will count again.”",
    );
    expect(speakerOf(x, "The levy is fair")).toBe("an Oregon Democrat");
    expect(speakerOf(x, "It costs too much")).toBe("another Oregon Republican");
    expect(speakerOf(x, "We will count again")).toBe("A senior Oregon Republican");
  });

  it("'the Oregon Democrat' with no one so described before stays unknown", () => {
    const x = extract("“The levy is fair,” said the Oregon Democrat.");
    expect(speakerOf(x, "The levy is fair")).toBeNull();
  });
});
