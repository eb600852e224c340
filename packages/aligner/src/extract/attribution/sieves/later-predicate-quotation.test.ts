import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { laterPredicate } from "./later-predicate-quotation.ts";

describe("later predicate: a quotation in the subject's next predicate, after the earlier object", () => {
  it("reads a coordinated verb after the earlier object, or a relative clause on the quoted words", () => {
    expect(laterPredicate(" state of the yard and criticized the ")).toBe(true);
    expect(laterPredicate(", and then wrote that he was ")).toBe(true);
    expect(laterPredicate(" who ")).toBe(true);
    expect(laterPredicate(" plan, and Vint called it ")).toBe(false);
    expect(laterPredicate(" start, and the crews cheered the ")).toBe(false);
    expect(laterPredicate(" plan and said Vint called it ")).toBe(false);
    expect(laterPredicate("; then she called it ")).toBe(false);
  });

  it("gives the later quotation the earlier one's speaker", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "Harbour Council member Ada Lund lamented the “sorry” state of the yard and criticized the “deep cuts” to the crews.",
    );
    expect(speakerOf(x, "deep cuts")).toBe("Ada Lund");
  });

  it("abstains when another subject takes the next clause", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "Harbour Council member Ada Lund lamented the “sorry” state of the yard, and the crews cheered the “deep cuts” to the board.",
    );
    expect(speakerOf(x, "deep cuts")).not.toBe("Ada Lund");
  });
});

describe("a later predicate after a comma set inside the closing mark", () => {
  it("carries the subject on as with the comma outside", () => {
    for (const comma of ["“that person,”", "“that person”,"]) {
      const x = extract(
        "The Harbour Union met on Monday.",
        `The Harbour Union did not want to address ${comma} telling the Gazette that the union is focused on “keeping the pier open.”`,
      );
      expect(speakerOf(x, "keeping the pier open")).toBe("Harbour Union");
    }
  });
});
