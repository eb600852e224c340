import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a speaking he/she does not pass over a surname subject it cannot be", () => {
  it("Dora Pell … / Vint pressed the point. “…,” she said: unknown, not Pell named further back", () => {
    const x = extract(
      "Amos Vint chairs the harbour board.",
      "Dora Pell spoke first at the hearing on Monday.",
      "Vint pressed the point about the new quay. “We will not wait for the council,” she said.",
    );
    expect(speakerOf(x, "We will not wait")).toBeNull();
  });

  it("a surname further in the sentence is no subject: “…,” she said goes on to Pell", () => {
    const x = extract(
      "Amos Vint chairs the harbour board.",
      "Dora Pell spoke first at the hearing on Monday.",
      "There was pressure on Vint to act sooner. “We will not wait for the council,” she said.",
    );
    expect(speakerOf(x, "We will not wait")).toBe("Dora Pell");
  });
});
