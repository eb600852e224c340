import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { carriesPredicate } from "./coordinated-quotations.ts";

describe("a quotation in a later predicate of the subject credited with an earlier one", () => {
  it("carries the subject through coordinated predicates of one sentence", () => {
    const x = extract(
      "Ada Lund and Ivo Vint answered the dock union.",
      "Lund backs “modest pay raises for the crews,” opposes “any freeze on wages” and recalled " +
        "the strike of the spring: “I saw how hard it was for the crews.”",
    );
    expect(speakerOf(x, "modest pay raises")).toBe("Ada Lund");
    expect(speakerOf(x, "any freeze on wages")).toBe("Ada Lund");
    expect(speakerOf(x, "I saw how hard")).toBe("Ada Lund");
  });

  it("reads only predicates of the same subject between the quotations", () => {
    const gapAfter = (sentence: string) => {
      const close = sentence.indexOf("”");
      return carriesPredicate(
        sentence,
        close,
        sentence.slice(close + 1, sentence.lastIndexOf("“")),
      );
    };
    expect(gapAfter("Lund backs “modest raises,” opposes “any freeze”")).toBe(true);
    expect(gapAfter("Lund backs “modest raises” and recalled the strike: “It was hard.”")).toBe(
      true,
    );
    // Another subject, a pronoun, a clause of its own or no verb at all: abstain.
    expect(gapAfter("Lund backs “modest raises,” and Vint backs “none.”")).toBe(false);
    expect(gapAfter("Lund backs “modest raises,” but the union called it “a ploy.”")).toBe(false);
    expect(gapAfter("Lund backs “modest raises,” and he called it “a ploy.”")).toBe(false);
    expect(gapAfter("Lund backs “modest raises,” and fears that the union wants “a strike.”")).toBe(
      false,
    );
    expect(gapAfter("Lund backs “modest raises” “now.”")).toBe(false);
  });
});
