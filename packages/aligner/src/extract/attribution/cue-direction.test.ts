import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("cues that point away from the quotation beside them", () => {
  it("a cue after a finished quotation that introduces the next one does not close it", () => {
    const x = extract(
      "Dora Pell and Amos Vint traded notes all week.",
      "Pell answers Vint with, “Why now? That was the day of the vote?” Vint then writes back, “You look tired.”",
    );
    expect(speakerOf(x, "You look tired")).toBe("Amos Vint");
    expect(speakerOf(x, "Why now?")).not.toBe("Amos Vint");
  });

  it("a cue splitting one quotation still closes its first part", () => {
    const x = extract("“We will wait,” Amos Vint said, “and then we will see.”");
    expect(speakerOf(x, "We will wait")).toBe("Amos Vint");
  });

  it("the subject of a passive reporting verb is not the speaker", () => {
    const x = extract(
      "Amos Vint spoke at the harbour forum on Monday.",
      "Vint was asked by the moderator, Edna Roe, whether the plan would risk “adding another costly program to the budget.”",
    );
    expect(speakerOf(x, "adding another costly")).not.toBe("Amos Vint");
  });
});
