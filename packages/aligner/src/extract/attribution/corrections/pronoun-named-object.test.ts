import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a pronoun subject is not the person its clause names after it", () => {
  it("leaves unknown a quote whose he/she was resolved to the named object", () => {
    const x = extract(
      "The radio host has filled his speeches for Ivo Vint with talk of fate.",
      "He has declared Vint to be “chosen” by fate and “a man who was raised for these times” by the town.",
    );
    expect(speakerOf(x, "a man who was raised")).not.toBe("Ivo Vint");
  });

  it("keeps he/she when the name is further on, in a modifier", () => {
    const x = extract(
      "Ivo Vint spoke at the quay on Monday.",
      "He said that the Trust's offer, which was meant to win over Vint voters, was an “insult” to the “hundreds and maybe thousands” of crews.",
    );
    expect(speakerOf(x, "hundreds and maybe")).toBe("Ivo Vint");
  });
});
