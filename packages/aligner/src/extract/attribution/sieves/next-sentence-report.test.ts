import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { closesSentence, opensNextReport } from "./next-sentence-report.ts";

describe("a cue after a quotation that ends its sentence may open the next report", () => {
  it("a subject and verb going on to a that-clause are not the quotation's cue", () => {
    const x = extract(
      "Ada Lund runs the ferry office in the harbour town.",
      "The council sent her a memo about the pier, “We want this fixed by May.” Ivo Vint replied that the money was gone.",
    );
    expect(speakerOf(x, "We want this fixed")).not.toBe("Ivo Vint");
  });

  it("a verb going on to its own object is not the quotation's cue", () => {
    const x = extract(
      "The club hung a banner over the quay, “Sail with us.” Ivo Vint announced a new season.",
    );
    expect(speakerOf(x, "Sail with us")).toBeNull();
  });

  it("a cue ending at the verb or going on with a time keeps its quotation", () => {
    const x = extract(
      "Ivo Vint spoke at the harbour hall.",
      "“We will sail again.” Ada Lund said on Monday.",
      "“The ferry runs all winter.” Ada Lund said.",
    );
    expect(speakerOf(x, "We will sail again")).toBe("Ada Lund");
    expect(speakerOf(x, "The ferry runs")).toBe("Ada Lund");
  });

  it("a verb of telling keeps its listener object", () => {
    const x = extract("“We will sail again.” Ada Lund told the crowd.");
    expect(speakerOf(x, "We will sail again")).toBe("Ada Lund");
  });
});

describe("closesSentence and opensNextReport", () => {
  it("reads a stop before a curly mark and before two apostrophes", () => {
    expect(closesSentence("“We sail.”", 9)).toBe(true);
    expect(closesSentence("''We sail. ”", 11)).toBe(true);
    expect(closesSentence("“We sail,”", 9)).toBe(false);
  });

  it("tells content after the verb from a comma or a preposition", () => {
    const body = "“We sail.” Lund said the pier is shut.";
    expect(opensNextReport(body, 9, body.indexOf(" the"))).toBe(true);
    const comma = "“We sail.” Lund said, adding more.";
    expect(opensNextReport(comma, 9, comma.indexOf(","))).toBe(false);
    const prep = "“We sail.” Lund said in a statement.";
    expect(opensNextReport(prep, 9, prep.indexOf(" in"))).toBe(false);
  });
});
