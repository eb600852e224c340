import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { colonBefore, opensColonQuotation } from "./colon-introduced.ts";

describe("a quotation after a colon belongs to the cue before the colon", () => {
  it("the cue before the colon neither closes the earlier quotation nor loses its own", () => {
    const x = extract(
      "After Ivo Vint said that small ferries might do better at “less busy ports,” Ada Lund said: “I don't like what he said, no, I don't.”",
    );
    const direct = (words: string) => {
      const q = x.quotes.find((quote) => quote.direct && quote.text.includes(words));
      return x.entities.find((e) => e.id === q?.speakerId)?.name ?? null;
    };
    expect(direct("less busy ports")).toBe("Ivo Vint");
    expect(direct("I don't like what he said")).toBe("Ada Lund");
  });

  it("a quotation inside a reported clause with no colon stays the clause's", () => {
    const x = extract("Ada Lund said that the pier was “a lost cause” for the town.");
    expect(speakerOf(x, "a lost cause")).toBe("Ada Lund");
  });

  it("reads the colon and the opening mark", () => {
    expect(opensColonQuotation("Lund said: “No.”", 9)).toBe(true);
    expect(opensColonQuotation("Lund said, “No.”", 9)).toBe(false);
    const body = "Vint said that ports, Lund said: “No.”";
    expect(colonBefore(body, 15, body.indexOf("“"))).toBe(true);
    expect(colonBefore(body, 15, body.indexOf("ports"))).toBe(false);
  });
});
