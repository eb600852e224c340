import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("described antecedent: a sentence opening on a description names the speaker only as its object", () => {
  it("never gives a he/she to the person the description's sentence names as an object", () => {
    const x = extract(
      "Ivo Vint said the harbour needed a new board.",
      "The Norland Republican did give Tom Pell some credit during the interview, but he warned that the docker is no hero.",
      "“We don’t always pick a hero,” he said.",
    );
    expect(speakerOf(x, "always pick a hero")).not.toBe("Tom Pell");
  });

  it("never gives it to a person the sentence names only as a possessor", () => {
    const x = extract(
      "Ivo Vint spoke on Monday as he congratulated harbour winner Tom Pell. Vint offered the crowd a long speech.",
      "The Norland senator sought to calm his supporters, a swipe at Pell’s rallies.",
      "“We will not fold,” he said.",
    );
    expect(speakerOf(x, "We will not fold")).not.toBe("Tom Pell");
  });

  it("keeps the speaker when the description's sentence names them as a clause's subject or its appositive", () => {
    const x = extract(
      "Ada Roe phoned two networks on Thursday.",
      "The candidate took to the airwaves on Wednesday, in an interview in which Roe expressed confidence.",
      "“Nothing has changed,” she said.",
      "The nominee, Ivo Vint, spoke next.",
      "“We will win,” he said.",
    );
    expect(speakerOf(x, "Nothing has changed")).toBe("Ada Roe");
    expect(speakerOf(x, "We will win")).toBe("Ivo Vint");
  });
});
