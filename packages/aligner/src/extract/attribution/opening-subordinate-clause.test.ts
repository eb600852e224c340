import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("main-clause subject after an opening subordinate clause: As …, Lund decried “…”", () => {
  it("reads the main clause after the comma that closes the subordinate clause", () => {
    const x = extract(
      "Kara Moss and Ivo Vint met in May.",
      "As the race has turned to the coastal towns, Moss has increasingly decried the issue of “harbour decay” in her speeches.",
      "When the subject comes up on the trail, Vint routinely characterizes the plan as “a slow disaster for the docks.”",
    );
    expect(speakerOf(x, "harbour decay")).toBe("Kara Moss");
    expect(speakerOf(x, "a slow disaster")).toBe("Ivo Vint");
  });

  it("never credits the subordinate clause's subject, and abstains when a dash breaks the clause", () => {
    const x = extract(
      "Kara Moss and Ivo Vint met in May.",
      "After Vint criticized the port, Moss described it as “a hollow attack on the crews.”",
      "While Vint — who had praised the “new dock plans” — spoke, the crowd left.",
    );
    expect(speakerOf(x, "a hollow attack")).toBe("Kara Moss");
    expect(speakerOf(x, "new dock plans")).not.toBe("Kara Moss");
  });

  it('reads an opening clause of "Ever since" as a subordinate clause', () => {
    const x = extract(
      "Kara Moss and Ivo Vint met in May.",
      "Ever since she endorsed Vint this month, Ms. Moss has been a loud ally, visiting the crews with a simple message: “Do not sink this pier!”",
    );
    expect(speakerOf(x, "Do not sink")).toBe("Kara Moss");
  });
});
