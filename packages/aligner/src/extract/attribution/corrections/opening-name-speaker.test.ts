import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("the name opening a sentence speaks past the phrase set off after it", () => {
  it("skips an organisation inside the appositive and its relative clause", () => {
    const x = extract(
      "Ada Lund, a former executive director of the Harbour Valley Party, whose roots are in the farming community, said the base was angry about the levy.",
    );
    expect(speakerOf(x, "the base was angry")).toBe("Ada Lund");
  });

  it("skips an outlet in the appositive before an auxiliary and the verb", () => {
    const x = extract(
      "Laura Tarn, now a paid Harbour News commentator, has denied that the talks had failed.",
    );
    expect(speakerOf(x, "the talks had failed")).toBe("Laura Tarn");
  });

  it("skips a person named in a relative clause that ends on a quotation", () => {
    const x = extract(
      "Ivo Vint spoke first.\n\nLaura Brisk, who calls Vint a “fraud,” said she does not believe the effort needs a plan.",
    );
    expect(speakerOf(x, "she does not believe")).toBe("Laura Brisk");
  });

  it("leaves a sentence whose opening name has no phrase set off after it", () => {
    const x = extract(
      "Laura Brisk met Ivo Vint, the harbour master, who said the levy would rise.",
    );
    expect(speakerOf(x, "the levy would rise")).toBe("Ivo Vint");
  });
});
