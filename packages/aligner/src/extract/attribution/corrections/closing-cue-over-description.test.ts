import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a named person's cue closing a clause whose quotation follows a description's verb", () => {
  it("gives the quotation to the named person, not the description", () => {
    const x = extract(
      "Harbour voters turned down the levy on Sunday.",
      "The repeal of the levy signals “the end of the quay” for the town, said Ada Lund, a harbour pilot.",
    );
    expect(speakerOf(x, "the end of the quay")).toBe("Ada Lund");
  });

  it("keeps the description when no named person closes the clause", () => {
    const x = extract(
      "Harbour voters turned down the levy on Sunday.",
      "The harbour pilots warned of “the end of the quay” for the town.",
    );
    expect(speakerOf(x, "the end of the quay")).toBe("The harbour pilots");
  });

  it("keeps a named speaker before the quotation", () => {
    const x = extract(
      "Harbour voters turned down the levy on Sunday.",
      "Ivo Vint called it “the end of the quay” for the town, Ada Lund said.",
    );
    expect(speakerOf(x, "the end of the quay")).toBe("Ivo Vint");
  });
});
