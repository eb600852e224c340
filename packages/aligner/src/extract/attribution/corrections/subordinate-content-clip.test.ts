import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";

describe("a report inside an opening 'While …' clause ends with that clause", () => {
  it("ends the reported words at the clause's comma", () => {
    const x = extract(
      "Ada Lund runs the Harbour Council.",
      "While Lund said that the port would close in March, dockers at the eastern yard kept loading ships.",
    );
    const quote = x.quotes.find((q) => q.text.startsWith("the port would close"));
    expect(quote?.text).toBe("the port would close in March");
  });

  it("leaves a report in a main clause whole", () => {
    const x = extract(
      "Ada Lund runs the Harbour Council.",
      "Lund said that the port would close in March, and that the dockers would be paid.",
    );
    const quote = x.quotes.find((q) => q.text.startsWith("the port would close"));
    expect(quote?.text).toContain("the dockers would be paid");
  });
});
