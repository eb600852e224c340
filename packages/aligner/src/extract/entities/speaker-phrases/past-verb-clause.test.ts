import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { describesSomeone } from "./rules.ts";

describe("a name, a past verb and its object are a clause, not a description", () => {
  it("credits the name before “issued a statement saying”, never the whole clause", () => {
    const x = extract(
      "The Harbour Lives Matter group withdrew from the parade.",
      'Harbour Lives Matter issued a statement saying it took the action "because of the unsafe conditions."',
    );
    expect(speakerOf(x, "because of the unsafe conditions")).toBe("Harbour Lives Matter");
    expect(x.entities.some((e) => e.name.includes("issued"))).toBe(false);
  });

  it("still reads descriptions with a participle", () => {
    expect(describesSomeone("three officials briefed on the talks".split(" "))).toBe(true);
    expect(describesSomeone("Harbour Watch issued a statement".split(" "))).toBe(false);
  });
});
