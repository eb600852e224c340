import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

// `The senator — Ada Lund — said …`: the name set off by dashes after a description is the subject.
describe("a person named in a dash-delimited appositive before the verb", () => {
  it("takes the dashed name, with a relative clause after it and with typed dashes", () => {
    const x = extract(
      "Harbour mayor Ivo Pell opened the meeting.",
      "The senator — Ada Lund — said the plan was “a disgrace to the harbour.”",
      "A former candidate -- Tom Vint, who lost the primary -- said the mayor “had failed the town.”",
    );
    expect(speakerOf(x, "a disgrace to the harbour")).toBe("Ada Lund");
    expect(speakerOf(x, "had failed the town")).toBe("Tom Vint");
  });

  it("abstains on a list of names and on a possessive name", () => {
    const x = extract(
      "Harbour mayor Ivo Pell and Councillor Ada Lund opened the meeting.",
      "The two rivals — Ada Lund and Ivo Pell — said the vote was “long overdue.”",
      "The proposal — Ada Lund’s plan — said the pier would “pay for itself.”",
    );
    expect(speakerOf(x, "long overdue")).not.toBe("Ada Lund");
    expect(speakerOf(x, "pay for itself")).not.toBe("Ada Lund");
  });

  it("takes the dashed name as the subject of a predicate quoting a fragment", () => {
    const x = extract(
      "Harbour mayor Ivo Pell opened the meeting.",
      "The senator — Ada Lund — criticized the port deal as “a giveaway.”",
    );
    expect(speakerOf(x, "a giveaway")).toBe("Ada Lund");
  });
});
