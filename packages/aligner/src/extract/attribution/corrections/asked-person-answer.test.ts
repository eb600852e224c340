import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("asked person's answer: a he/she after one person asks another", () => {
  it("never credits the one asking with the answer", () => {
    const x = extract(
      "Last month, the Harbour Post’s Ed Moss asked Ivo Vint whether questions about his health were fair game.",
      "“Sure it is. I would not have run if I was not well,” he said.",
    );
    expect(speakerOf(x, "Sure it is")).toBeNull();
  });

  it("keeps the subject when nobody of the pronoun's gender is asked", () => {
    const x = extract(
      "Ed Moss asked Ada Roe whether the quay would close.",
      "“I wanted a plain answer,” he said.",
    );
    expect(speakerOf(x, "plain answer")).toBe("Ed Moss");
  });
});
