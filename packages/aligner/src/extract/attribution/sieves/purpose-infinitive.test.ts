import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("purpose infinitive: the subject of a verb of taking an occasion reports", () => {
  it("credits the main clause's subject with the infinitive's quotation", () => {
    const x = extract(
      "Ada Lund met Ivo Vint on Monday.",
      "Lund used this question to demand dockers “pay their fair share.”",
      "On Tuesday, Vint took the stage to warn that the pier was “beyond repair.”",
      "Lund took to Harbourgram to say the ferry was “a floating ruin.”",
    );
    expect(speakerOf(x, "pay their fair share")).toBe("Ada Lund");
    expect(speakerOf(x, "beyond repair")).toBe("Ivo Vint");
    expect(speakerOf(x, "a floating ruin")).toBe("Ada Lund");
  });

  it("abstains after a verb whose object does the infinitive, or on a second reporting verb", () => {
    const x = extract(
      "Ada Lund met Ivo Vint on Monday.",
      "Lund hired a lawyer to argue that the port was “sinking.”",
      "Lund used Vint's speech to argue that the dock was “a wreck.”",
      "Vint took the stage to warn that Lund had said the pier was “a ruin.”",
    );
    expect(speakerOf(x, "sinking")).toBeNull();
    expect(speakerOf(x, "a wreck")).toBeNull();
    expect(speakerOf(x, "a ruin")).not.toBe("Ivo Vint");
  });
});
