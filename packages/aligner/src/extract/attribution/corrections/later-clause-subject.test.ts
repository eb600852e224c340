import type { Extraction } from "@parallax/core";
import { describe, expect, it } from "vitest";
import {
  entityName,
  extractParagraphs as extract,
  quoteWith,
} from "../../../../test/support/quote-speakers.ts";

const speakerOf = (x: Extraction, words: string) =>
  entityName(x, quoteWith(x, words, true).speakerId);

describe("a quotation inside a later clause with its own subject", () => {
  it("goes to the later clause's subject", () => {
    const x = extract(
      "Ada Lund calls the mayor, who is her old friend, “Mr. Vint,” while Ivo Vint refers to her as “Ada.”",
    );
    expect(speakerOf(x, "Mr. Vint")).toBe("Ada Lund");
    expect(speakerOf(x, "Ada.")).toBe("Ivo Vint");
  });

  it("leaves a list of names closed by “and”", () => {
    const x = extract(
      "Tomas Rand, a harbour official, said he expects Ivo Vint, Ada Lund, and Peter Quill to “stand together against the levy.”",
    );
    expect(speakerOf(x, "stand together")).toBe("Tomas Rand");
  });
});
