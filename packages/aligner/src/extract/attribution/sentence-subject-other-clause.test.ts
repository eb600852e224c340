import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("the sentence's subject does not voice a quotation in a clause about another person", () => {
  it("credits the person the relative clause is about, not the main subject", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met. “We are ready,” Vint said.",
      "Lund compared that with Vint who hopes to unite “every pier and every crew.”",
    );
    expect(speakerOf(x, "every pier and every crew")).toBe("Ivo Vint");
  });

  it("still credits the subject whose own predicate holds the quotation", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met.",
      "Lund blasted the harbour plan as “a disaster for the docks.”",
    );
    expect(speakerOf(x, "a disaster for the docks")).toBe("Ada Lund");
  });

  it("does not credit the subject when a subordinate clause brings its own subject and reporting verb", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met.",
      "Ivo Vint tells crews he is strong enough to lead after a fisherman in Dunmore, Elmshire, warned him he is “too gentle” for the job.",
    );
    expect(speakerOf(x, "too gentle")).not.toBe("Ivo Vint");
  });

  it("still credits the subject when the subordinate clause's subject is a pronoun", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met.",
      "Vint returned to the docks after he suggested, again, that the plan was “a total mess.”",
    );
    expect(speakerOf(x, "a total mess")).toBe("Ivo Vint");
  });
});
