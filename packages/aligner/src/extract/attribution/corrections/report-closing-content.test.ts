import { describe, expect, it } from "vitest";
import {
  entityName,
  extractParagraphs as extract,
  quoteWith,
} from "../../../../test/support/quote-speakers.ts";

describe("an outer report closing a reported clause", () => {
  it("credits the outlet of a closing “…, X reported” and ends the content before it", () => {
    const x = extract(
      "The Harbour Council met on Monday.\n\nThe Vint campaign said the candidate will visit the docks on Saturday, the Valley Herald reported.",
    );
    const quote = quoteWith(x, "the candidate will visit", false);
    expect(entityName(x, quote.speakerId)).toContain("Vint campaign");
    expect(entityName(x, quote.via?.entityId)).toBe("Valley Herald");
    expect(quote.text).toBe("the candidate will visit the docks on Saturday");
  });

  it("reads the verb-first form and a time after the verb", () => {
    const x = extract(
      "Ada Lund noted that the levy is central to the plan for the first time, reported the Harbour Gazette.\n\nIvo Vint admitted that the fees looked like “a favour for a friend,” the Harbour Gazette reported in 2004.",
    );
    expect(entityName(x, quoteWith(x, "the levy is central", false).via?.entityId)).toBe(
      "Harbour Gazette",
    );
    const peddling = quoteWith(x, "the fees looked like", false);
    expect(entityName(x, peddling.speakerId)).toBe("Ivo Vint");
    expect(entityName(x, peddling.via?.entityId)).toBe("Harbour Gazette");
  });

  it("passes a closing “according to X” on to the quotation inside the clause", () => {
    const x = extract(
      "On Saturday, Ivo Vint made clear that the visit was private, saying that those who doubted it should “ask the harbour master,” according to the Valley Herald.",
    );
    const clause = quoteWith(x, "those who doubted it", false);
    expect(entityName(x, clause.speakerId)).toBe("Ivo Vint");
    expect(entityName(x, clause.via?.entityId)).toBe("Valley Herald");
    expect(entityName(x, quoteWith(x, "ask the harbour master", true).via?.entityId)).toBe(
      "Valley Herald",
    );
  });

  it("leaves a clause alone when its end names no report", () => {
    const x = extract("Ada Lund said the levy would rise, the council warned.");
    const quote = quoteWith(x, "the levy would rise", false);
    expect(quote.via).toBeNull();
    expect(entityName(x, quote.speakerId)).toBe("Ada Lund");
  });
});
