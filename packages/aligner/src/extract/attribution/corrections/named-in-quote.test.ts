import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a he/she cue is not read back to someone the quotation names", () => {
  it("leaves the quote unknown when the pronoun's antecedent is named inside it", () => {
    const x = extract(
      "Amos Vint backs Ed Quill for the nomination.",
      "Quill is not only right on the issues, he is also the most able candidate Vint argues.",
      "“Quill is our best debater, our most articulate fighter,” he says. “He will win.”",
    );
    expect(speakerOf(x, "our best debater")).toBeNull();
    expect(speakerOf(x, "He will win")).toBeNull();
  });

  it("keeps the antecedent when the quotation only refers to them by a pronoun or possessive", () => {
    const x = extract(
      "Ed Quill spoke in Ohio on Monday.",
      "“Maybe he should have been stopped,” he said.",
      "“Everyone knows Quill's record on trade,” he said.",
    );
    expect(speakerOf(x, "Maybe he should")).toBe("Ed Quill");
    expect(speakerOf(x, "record on trade")).toBe("Ed Quill");
  });

  it("keeps a named cue whose speaker names themself", () => {
    const x = extract("“Quill does not quit,” Ed Quill said.");
    expect(speakerOf(x, "does not quit")).toBe("Ed Quill");
  });

  it("hands the quote to the speaker just before when that person can be the pronoun", () => {
    const x = extract(
      "Ed Quill is running for the seat.",
      "“The party needs a fighter,” Peter Vint said.",
      "Quill is not only right on the issues, he is also the ablest candidate.",
      "“Quill is our best debater, our most articulate fighter,” he says. “He will win.”",
    );
    expect(speakerOf(x, "our best debater")).toBe("Peter Vint");
    expect(speakerOf(x, "He will win")).toBe("Peter Vint");
  });

  it("hands nothing back across a gender that disagrees or another person named between", () => {
    const woman = extract(
      "Ed Quill is running for the seat.",
      "“The party needs a fighter,” Dora Pell said.",
      "Quill is not only right on the issues, he is also the ablest candidate.",
      "“Quill is our best debater,” he says.",
    );
    expect(speakerOf(woman, "our best debater")).toBeNull();
    const between = extract(
      "Ed Quill is running for the seat.",
      "“The party needs a fighter,” Peter Vint said.",
      "Quill, unlike Dora Pell, is right on the issues, and he is the ablest candidate.",
      "“Quill is our best debater,” he says.",
    );
    expect(speakerOf(between, "our best debater")).toBeNull();
  });
});
