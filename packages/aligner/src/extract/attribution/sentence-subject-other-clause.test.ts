import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("the sentence's subject does not voice a quotation in a clause about another person", () => {
  it("credits the person the relative clause is about, not the main subject", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met. “We are ready,” Vint said.",
      "Lund contrasted that with Vint who is looking to bring “people together to accomplish the goal.”",
    );
    expect(speakerOf(x, "people together")).toBe("Ivo Vint");
  });

  it("still credits the subject whose own predicate holds the quotation", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met.",
      "Lund blasted the harbour plan as “a disaster for the docks.”",
    );
    expect(speakerOf(x, "a disaster for the docks")).toBe("Ada Lund");
  });

  it("gives no speaker when a subordinate clause brings its own subject and reporting verb", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met.",
      "Ivo Vint is assuring voters he is tough enough to lead after a woman in Dunmore, Elmshire, told him she worries he is “too nice” to fend off his rivals.",
    );
    expect(speakerOf(x, "too nice")).toBeNull();
  });

  it("still credits the subject when the subordinate clause's subject is a pronoun", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met.",
      "Vint returned to the docks after he suggested, again, that the plan was “a total mess.”",
    );
    expect(speakerOf(x, "a total mess")).toBe("Ivo Vint");
  });
});
