import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quotation without a cue of its own", () => {
  it("is not closed by a cue that a colon after it gives to the next quotation", () => {
    const x = extract(
      "Refugees spoke to reporters in Lakeside.",
      "“We are refugees,” Ms. Alawee said. “We are not the enemy.” Mr. Zahed said: “The attack " +
        "was the work of criminals.”",
    );
    expect(speakerOf(x, "not the enemy")).toBe("Alawee");
    expect(speakerOf(x, "work of criminals")).toBe("Zahed");
  });

  it("ending a paragraph, does not take the speaker of the next paragraph", () => {
    const x = extract(
      "The harbour vote is near.",
      "“Toil or go to prison,” Frank writes. “That is life at the bottom, thanks to the board.”",
      "“We are refugees,” Dora Alawee said.",
    );
    expect(speakerOf(x, "life at the bottom")).toBe("Frank");
  });

  it("follows a trailing cue with an appositive, whose verb lies after the name", () => {
    const x = extract(
      "Wage data matter more this year.",
      "“The earnings data showed the largest rise since 2009,” Douglas Amsel-Rook, an adviser " +
        "to the party and former director of the budget office, wrote after the report was " +
        "released. “This represents real wage growth.”",
    );
    expect(speakerOf(x, "real wage growth")).toBe("Douglas Amsel-Rook");
  });

  it("follows the quotation before it when a later pass changes that one's speaker", () => {
    const x = extract(
      "Asked by Nick Orrin to respond to the criticism, Tomas Weller said, “What does it say " +
        "about people who jump on the bandwagon?”",
      "“Well, let me put it this way,” he continued. “I would not want a mayor who acted that way.”",
    );
    expect(speakerOf(x, "let me put it")).toBe("Tomas Weller");
    expect(speakerOf(x, "a mayor who acted")).toBe("Tomas Weller");
  });
});
