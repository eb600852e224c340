import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";
import { opensSecondClause } from "./second-clause.ts";

describe("opensSecondClause", () => {
  it("finds a second clause with a subject of its own", () => {
    for (const between of [
      " a debate on Friday - but the Vint campaign rejected the idea as ",
      " the race, while Ada Lund declared the nomination ",
      " in 2009, and his first videos show a different man than the ",
      " the deal, and within weeks the board had called it a ",
      " the port; the council called it ",
    ])
      expect(opensSecondClause(between), between).toBe(true);
  });

  it("reads a verb or an adverb after the conjunction as the same subject's", () => {
    for (const between of [
      " by the studio, and spoke briefly about the end of ",
      " the letter so much that he framed it, but also chose ",
      " the plan as ",
    ])
      expect(opensSecondClause(between), between).toBe(false);
  });

  it("keeps the first clause's subject from a quotation in the second clause", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Ada Lund proposed a harbour debate for Friday - but the Vint campaign rejected the idea as “ludicrous.”",
    );
    expect(speakerOf(x, "ludicrous")).not.toBe("Ada Lund");
  });
});
