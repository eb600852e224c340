import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../../../test/support/quote-speakers.ts";

// A speaking he/she whose sentence before opens on a person the registry did not know yet
// ("Governor Vint", named in full only by a later speech cue) is that person, not someone named
// further back (speaker-phrases/pronoun.ts, lateNameSinceAntecedent past the focus).

describe("a speaking he/she after a person first named by a later cue", () => {
  it("takes the titled surname of the sentence before, not an earlier person", () => {
    const x = extractParagraphs(
      "He lashes out at critics, including Tomas Weller, over the strike.",
      "Governor Vint sharply rebuked critics who say he should settle with the pickets, saying a deal would only reward them.",
      "“What would a deal accomplish? Would it reopen the port?” he said. “The answer is no.”",
      "Later, in a radio interview, Vint said the port would reopen in May.",
    );
    expect(speakerOf(x, "What would a deal accomplish")).toBe("Vint");
  });

  it("stays unknown when two such people open the sentences before", () => {
    const x = extractParagraphs(
      "He lashes out at critics, including Tomas Weller, over the strike.",
      "Governor Vint rebuked the pickets. Mayor Orsk rebuked the board.",
      "“What would a deal accomplish?” he said.",
      "Vint said the port would reopen in May. Orsk said it would not.",
    );
    expect(speakerOf(x, "What would a deal accomplish")).toBeNull();
  });
});
