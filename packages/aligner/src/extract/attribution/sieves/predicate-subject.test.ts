import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { predicateHasOwnSubject } from "./predicate-subject.ts";

describe("predicate with a subject of its own", () => {
  it("reads a conjunction and a new subject, or a name before a past form", () => {
    expect(predicateHasOwnSubject(" an order on the port, while Ivo Vint proposed we ")).toBe(true);
    expect(predicateHasOwnSubject(" the case, a matter Vint brought up as ")).toBe(true);
    expect(predicateHasOwnSubject(" the plan, an idea Vint opposed as ")).toBe(true);
    expect(predicateHasOwnSubject(" Vint for his ")).toBe(false);
    expect(predicateHasOwnSubject(" the Harbour Council as ")).toBe(false);
    expect(predicateHasOwnSubject(" the plan and called it ")).toBe(false);
  });

  it("leaves a quotation in the second clause to that clause, not the main subject", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Lund signed an order on the port, while Vint, the former mayor, proposed we “wait and see.”",
    );
    expect(speakerOf(x, "wait and see")).not.toBe("Ada Lund");
  });
});
