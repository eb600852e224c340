import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

// A list of names speaks together: crediting the name nearest the verb (the last) was wrong.
describe("a list of names as a cue's subject gives no one speaker", () => {
  it("“Ada Roe and Ivo Vint said, …” is neither Roe nor Vint", () => {
    const x = extract(
      "The council met on Monday.",
      "Ada Roe and Ivo Vint said, “We will appeal the ruling.”",
      "Ada Roe and Ivo Vint said the plan was “a disgrace to the port.”",
    );
    expect(speakerOf(x, "We will appeal")).toBeNull();
    expect(speakerOf(x, "a disgrace to the port")).toBeNull();
  });

  it("an organisation and two people calling the plan “…” is none of them", () => {
    const x = extract(
      "The council met on Monday.",
      "Harbour Watch, Ada Roe and Ivo Vint called the plan “a disgrace.”",
      "Both Ada Roe and Ivo Vint called the levy “a theft.”",
    );
    expect(speakerOf(x, "a disgrace")).toBeNull();
    expect(speakerOf(x, "a theft")).toBeNull();
  });

  it("a list after or before a trailing verb, and a list with a described member", () => {
    const x = extract(
      "The council met on Monday.",
      "“We will appeal the ruling,” said Ada Roe and Ivo Vint.",
      "“We will not pay the levy,” Ada Roe and Ivo Vint said.",
      "Ada Roe and her husband called the plan “a disgrace.”",
    );
    expect(speakerOf(x, "We will appeal")).toBeNull();
    expect(speakerOf(x, "We will not pay")).toBeNull();
    expect(speakerOf(x, "a disgrace")).toBeNull();
  });

  it("the speaker ranker does not pick one of a list either", () => {
    const x = extract(
      "The council met on Monday.",
      "Ada Roe and Ivo Vint have slammed the mayor for not using the term “harbour theft.”",
    );
    expect(speakerOf(x, "harbour theft")).toBeNull();
  });

  it("a second clause after a comma and 'and' keeps its own subject", () => {
    const x = extract(
      "The council met on Monday.",
      "The board rejected the plan by Ada Roe, and Ivo Vint said it was “a disgrace.”",
      "Ivo Vint said, “We will appeal the ruling.”",
    );
    expect(speakerOf(x, "a disgrace")).toBe("Ivo Vint");
    expect(speakerOf(x, "We will appeal")).toBe("Ivo Vint");
  });

  it("a title holding 'and' is no list", () => {
    const x = extract("“The pier was lost,” according to “Ada Roe and the Quay” by Ivo Vint.");
    expect(speakerOf(x, "The pier was lost")).not.toBe("Ada Roe");
  });
});
