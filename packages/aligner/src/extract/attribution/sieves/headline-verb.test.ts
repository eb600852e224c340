import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("main-clause subject: a heading written in capitals", () => {
  const lead = "Ada Roe and Ivo Vint spoke in Castlebay this year. Here is what they said.";

  it("reads a capitalised reporting verb after a known person's whole name", () => {
    const x = extract(
      lead,
      "Ada Roe Asked Sailors Everywhere To “Mind The Harbour Lights.”",
      "Roe spoke at the port in June.",
      "Ivo Vint Explained Why He Felt “Lost At Sea” As A Boy.",
    );
    expect(speakerOf(x, "Mind The Harbour Lights")).toBe("Ada Roe");
    expect(speakerOf(x, "Lost At Sea")).toBe("Ivo Vint");
  });

  it("abstains when more than the name stands before the verb, or a second speaker's verb follows", () => {
    const x = extract(
      lead,
      "Harbour Chief Ada Roe Asked Sailors Everywhere To “Mind The Harbour Lights.”",
      "Roe spoke at the port in June.",
      "Ada Roe Asked Why Ivo Vint Said “The Port Is Closed.”",
    );
    expect(speakerOf(x, "Mind The Harbour Lights")).toBeNull();
    expect(speakerOf(x, "The Port Is Closed")).not.toBe("Ada Roe");
  });
});
