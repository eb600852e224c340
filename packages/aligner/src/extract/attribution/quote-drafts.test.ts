import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("a quotation paragraph introduced by a colon ending the paragraph before", () => {
  it("takes the introduction's speaker, not the next paragraph's", () => {
    const x = extract(
      "The board has been slow with the crews.",
      "As Harbourwatch’s Tomas Weller reported after the board appeared to have left the dock:",
      "“For example, the board has done almost nothing with the cranes.”",
      "“The crews are tired of waiting,” Ada Lund said.",
    );
    expect(speakerOf(x, "nothing with the cranes")).toBe("Tomas Weller");
  });

  it("stays unknown when the introduction names no known speaker", () => {
    const x = extract(
      "The board has been slow with the crews.",
      "In a release this month, the harbour committee said of its plan:",
      "“The plan goes further than any before it on the cranes.”",
      "Ada Lund noted that the plan was “central” to the vote.",
    );
    expect(speakerOf(x, "goes further than any")).toBeNull();
  });

  it("still gives a lead quotation with no introduction the next paragraph's speaker", () => {
    const x = extract(
      "“The crews are tired of waiting.”",
      "Ada Lund said the board had failed them on Monday.",
    );
    expect(speakerOf(x, "tired of waiting")).toBe("Ada Lund");
  });
});

describe("a run of open quotation paragraphs handed back to the cue closing it", () => {
  it("is not handed back when the run was introduced by a colon", () => {
    const x = extract(
      "The board has been slow with the crews.",
      "As the Harbour Courier reported on Friday, the board was still refusing to name the cause:",
      "“The board is still reluctant to call the fire an act of sabotage.",
      "“At the quay today, reporters questioned Ivo Vint about the cranes.",
      "“I don’t want to talk about the fire while the inquiry goes on,” Vint said.”",
    );
    expect(speakerOf(x, "questioned Ivo Vint")).toBeNull();
    expect(speakerOf(x, "reluctant to call")).toBeNull();
  });

  it("is still handed back when no colon introduced the run", () => {
    const x = extract(
      "The board has been slow with the crews.",
      "“The board is still reluctant to call the fire an act of sabotage.",
      "“I don’t want to talk about the fire while the inquiry goes on,” Ivo Vint said.",
    );
    expect(speakerOf(x, "reluctant to call")).toBe("Ivo Vint");
  });
});
