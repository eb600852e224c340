import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { appendedToAccording } from "./according-appositive.ts";

describe("an 'according to' set off mid-sentence with a description after it", () => {
  it("gives the clause before it to the source, not the description", () => {
    const x = extract(
      "The port moved 4,000 crates in May, according to Ada Lund, an analyst at the Harbour Fund.",
    );
    expect(speakerOf(x, "The port moved 4,000 crates")).toBe("Ada Lund");
    expect(x.quotes.some((q) => q.text.startsWith("an analyst at"))).toBe(false);
  });

  it("reads a relative clause after the source the same way", () => {
    const x = extract(
      "Three crews left the docks in June, according to Ivo Vint, who ran the port until last year.",
    );
    expect(speakerOf(x, "Three crews left the docks")).toBe("Ivo Vint");
  });

  it("keeps the clause after it when the sentence goes on with a statement", () => {
    const x = extract(
      "The plan was late and, according to Ada Lund, the port will close in March.",
    );
    expect(speakerOf(x, "the port will close in March")).toBe("Ada Lund");
  });
});

describe("appendedToAccording", () => {
  const rest = (text: string) => appendedToAccording(text, 0, text.length);

  it("reads a description or an appended clause", () => {
    expect(rest("an analyst at the Harbour Fund.")).toBe(true);
    expect(rest("a pollster who ran the survey for the Ledger.")).toBe(true);
    expect(rest("which monitors the docks.")).toBe(true);
    expect(rest("but the count goes on.")).toBe(true);
  });

  it("reads no description in a clause of its own", () => {
    expect(rest("the port will close in March.")).toBe(false);
    expect(rest("adopted a new plan.")).toBe(false);
    expect(rest("“we will not close,” she said.")).toBe(false);
  });
});
