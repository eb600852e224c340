import { describe, expect, it } from "vitest";
import { negatableAuxiliary } from "./attribution-cases.ts";

function firstAuxiliary(text: string): string | null {
  return negatableAuxiliary(text)?.[0] ?? null;
}

describe("the negation case rule's auxiliary", () => {
  it("takes a do/have form only before a verb, so 'not' makes English", () => {
    expect(firstAuxiliary("Ada Lund did nothing wrong at the Orvale depot.")).toBeNull();
    expect(firstAuxiliary("They do business in Orvale and have made gains.")).toBe("have made");
    expect(firstAuxiliary("Ivo Vint had made sacrifices for the Harbour Trust.")).toBe("had made");
  });

  it("takes be-forms and modals before any word", () => {
    expect(firstAuxiliary("The Harbour Trust was ready to sign.")).toBe("was ready");
    expect(firstAuxiliary("Vint will meet Lund in Orvale.")).toBe("will meet");
  });
});
