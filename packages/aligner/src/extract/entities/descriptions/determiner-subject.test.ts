import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

const people = (x: ReturnType<typeof extract>) =>
  x.entities.filter((e) => e.kind === "person").map((e) => e.name);

describe("a determiner cut from its noun is never a person or a speaker", () => {
  it("a singular quantifier before a noun (“One reply came”) is nobody", () => {
    const x = extract(
      "The harbour plan drew fire on Monday.",
      "One reply came quickly: “We will not pay for this.”",
    );
    expect(speakerOf(x, "We will not pay")).toBeNull();
    expect(people(x)).not.toContain("One");
  });

  it("nor is it when a name follows in the same phrase", () => {
    const x = extract(
      "The harbour plan drew fire on Monday.",
      "One reply came from Rikka Vell who tweeted, “We will not pay for this.”",
    );
    expect(speakerOf(x, "We will not pay")).not.toBe("One");
    expect(people(x)).not.toContain("One");
  });

  it("an article before a noun read as a verb (“the report concluded”) is nobody", () => {
    const x = extract(
      "Ada Lund opened the harbour hall on Friday.",
      "“Fares will rise next year,” the report concluded.",
    );
    expect(speakerOf(x, "Fares will rise")).toBeNull();
    expect(people(x)).not.toContain("the");
  });

  it("a focusing adverb alone is nobody (“officials, in fact, even insist”)", () => {
    const x = extract(
      "The ferry board met on Friday.",
      "Harbour officials, in fact, even insist that “the ferry will run all winter.”",
    );
    expect(people(x)).not.toContain("even");
  });

  it("a quantifier standing for someone still speaks (“Another said”)", () => {
    const x = extract(
      "Ada Lund spoke first at the harbour hall.",
      "Another said: “This is a disgrace.”",
    );
    expect(speakerOf(x, "This is a disgrace")).toBe("Another");
  });
});
