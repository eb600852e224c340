import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a clause-closing cue whose subject is a description, then a full name", () => {
  it("…” for the union, Harbour Department senior trial counsel Tarquil Moss wrote … → Moss", () => {
    const x = extract(
      "Ada Lund spoke on Monday.",
      "“If the board obtains more records, it intends to search them” for the union, Harbour " +
        "Department senior trial counsel Tarquil Moss wrote in a court filing.",
    );
    expect(speakerOf(x, "intends to search them")).toBe("Tarquil Moss");
  });

  it("The board wants “more records” for the union, harbour counsel Ivo Vint wrote. → Vint", () => {
    const x = extract(
      "Ada Lund spoke on Monday.",
      "The board wants “more records” for the union, harbour counsel Ivo Vint wrote.",
    );
    expect(speakerOf(x, "more records")).toBe("Ivo Vint");
  });

  it("a clause before the name is no description: …, the plan Ivo Vint backed said … → not Vint", () => {
    const x = extract(
      "Ada Lund spoke on Monday.",
      "The board wants “more records” for the union, the plan that Ivo Vint backed said.",
    );
    expect(speakerOf(x, "more records")).not.toBe("Ivo Vint");
  });
});
