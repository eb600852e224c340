import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a person described by the place they come from", () => {
  it("is the one person the article named with that post and place", () => {
    const x = extract(
      "Sen. Ivo Vint (D-Ore.) toured Salem on Monday.",
      "“We will win this state,” the senator from Oregon said.",
      "The senator from Oregon said: “Nobody listens.”",
    );
    expect(speakerOf(x, "win this state")).toBe("Ivo Vint");
    expect(speakerOf(x, "Nobody listens")).toBe("Ivo Vint");
  });

  it("is someone unnamed when nobody fits, never the place", () => {
    const x = extract("Ada Lund spoke on Monday.", "“We wait,” said the lawyer from Idaho.");
    expect(speakerOf(x, "We wait")).toBe("the lawyer from Idaho");
  });

  it("leaves a senator from another state alone", () => {
    const x = extract(
      "Sen. Ivo Vint (D-Ore.) toured Salem on Monday.",
      "“We wait,” the senator from Idaho said.",
    );
    expect(speakerOf(x, "We wait")).toBe("the senator from Idaho");
  });
});
