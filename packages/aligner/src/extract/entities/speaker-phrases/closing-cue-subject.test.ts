import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a he/she after a sentence closing in a speech cue is the cue's speaker", () => {
  it("'Weller's claim hurt the troops, Vint said.' / “…,” he said: Vint, not Weller", () => {
    const x = extract(
      "Jory Vint campaigned in Ohio as Governor Tomas Weller spoke in Dayton on Monday.",
      "Weller’s claim that the mayor armed the gangs had put the troops at risk, Vint said.",
      "“If my son were still over there, the risk to him has gone up,” he said.",
    );
    expect(speakerOf(x, "If my son were still")).toBe("Jory Vint");
  });

  it("'…, said Vint.' and '…, Vint, a retired colonel, said.' name the speaker too", () => {
    const inverted = extract(
      "Governor Tomas Weller spoke in Dayton on Monday.",
      "Weller is a bold man but a poor planner, said retired colonel Amos Vint.",
      "“He never reads the reports,” he said.",
    );
    expect(speakerOf(inverted, "He never reads")).toBe("Amos Vint");
    const appositive = extract(
      "Governor Tomas Weller spoke in Dayton on Monday.",
      "Weller is a bold man but a poor planner, Amos Vint, a retired colonel, also said Thursday.",
      "“He never reads the reports,” he said.",
    );
    expect(speakerOf(appositive, "He never reads")).toBe("Amos Vint");
  });

  it("a verb followed by an object is no closing cue: 'pledged her vote to Weller'", () => {
    const x = extract(
      "One delegate, county chairwoman Dora Pell, pledged her vote to Lena Weller on Monday.",
      "“We need to close this race and move on,” she said.",
    );
    expect(speakerOf(x, "close this race")).toBe("Dora Pell");
  });
});
