import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

const OPENING = "Voters lined up early on Saturday in the harbour towns.";

describe("a name of a town and state before the verb speaks, not the state", () => {
  it("reads “Tova Rask of Orrin, Vermont says” as Tova Rask", () => {
    const x = extract(
      OPENING,
      "Tova Rask of Orrin, Vermont says she thinks the tax will pass if it keeps “doing what it does.”",
    );
    expect(speakerOf(x, "doing what it does")).toBe("Tova Rask");
  });

  it("still lets a state speak when no name of a town comes before it", () => {
    const x = extract(OPENING, "“We are ready,” Vermont said in a filing on Friday.");
    expect(speakerOf(x, "We are ready")).not.toBe("Tova Rask");
  });
});
