import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { pronounBeforeVerb } from "./opening-pronoun.ts";

describe("quote after a report: a quotation alone as its sentence after one speaker's reported statement", () => {
  it("takes the speaker of the reported statement just before it in its paragraph", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "Lund added that the board very much wants to get out of the way before the vote. “They do not like to talk about it, but I think they will move.”",
    );
    expect(speakerOf(x, "do not like to talk")).toBe("Ada Lund");
  });

  it("abstains across a paragraph, after a second verb, or when the quotation has company", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "Lund said the board wants out before the vote.",
      "“The crews will not wait for the spring.”",
      "Vint said the plan had failed, and Kara Moss agreed. “Nobody listens to the docks.”",
      "Vint said the pier would close. Then came the crowd: “Open the pier now.”",
      "A docker in a red cap spoke after Vint left. Also, Vint is no friend of the crews, he said. “He is a banker!”",
    );
    expect(speakerOf(x, "He is a banker")).not.toBe("Ivo Vint");
    expect(speakerOf(x, "will not wait")).not.toBe("Ada Lund");
    expect(speakerOf(x, "Nobody listens")).not.toBe("Ivo Vint");
    expect(speakerOf(x, "Open the pier")).not.toBe("Ivo Vint");
  });

  it("carries on a report whose he/she opens its sentence, never one closing reported words", () => {
    const x = extract(
      "Ivo Vint spoke in Orvale on Monday.",
      "And then he promised that he is staying in the race until the vote. “We are in till the last ballot is cast!”",
    );
    expect(speakerOf(x, "last ballot")).toBe("Ivo Vint");
    expect(pronounBeforeVerb("And then he ")).toBe("opening");
    expect(pronounBeforeVerb("She later ")).toBe("opening");
    expect(pronounBeforeVerb("Also Vint is no friend of the crews he ")).toBe("other");
    expect(pronounBeforeVerb("Vint ")).toBe("none");
  });
});
