import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("verbs of portraying and labelling: the quoted label is the subject's", () => {
  it("reads portray, identify and assail as judging verbs", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "On Tuesday, Lund tried to turn the tables, portraying Vint as reckless because he had taken “about $2,000” from the port firms.",
      "Vint portrayed the harbour plan as a “slow-motion disaster” for the fishermen.",
      "Lund assailed the board for its “lazy habits” in the audit.",
    );
    expect(speakerOf(x, "about $2,000")).toBe("Ada Lund");
    expect(speakerOf(x, "slow-motion disaster")).toBe("Ivo Vint");
    expect(speakerOf(x, "lazy habits")).toBe("Ada Lund");
  });
});
