import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

// A cue that closes the next paragraph's own quotation belongs to that quotation: the quotation
// paragraph before it goes on with its own speaker, and takes that cue only when nothing else is
// found (quote-drafts.ts, corrections/later-lead-cue.ts).
describe("a cue closing the next paragraph's own quotation", () => {
  it("is not taken by quotation paragraphs that go on with the speaker before them", () => {
    const x = extract(
      "Ada Lund “is tapping into something very deep in the harbour towns,” Ivo Vint, a pilot, told the Gazette.",
      "“She has cast the board as the problem and herself as the fix. She is seen as a fighter.",
      "“Lund is speaking to a new generation of dockers.”",
      "“When people respond by the thousands, the message is mainstream,” Lund said on Monday.",
    );
    expect(speakerOf(x, "She has cast the board")).toBe("Ivo Vint");
    expect(speakerOf(x, "a new generation of dockers")).toBe("Ivo Vint");
    expect(speakerOf(x, "When people respond")).toBe("Ada Lund");
  });

  it("is not passed back along a run of open quotation paragraphs quoting a report", () => {
    const x = extract(
      "The Harbour Gazette ran the story that night.",
      '"The hearing was closed but Ivo Vint spoke to reporters afterwards and said the plan had changed.',
      '"Vint said the new plan differed from the one the board gave in May.',
      "“That is not my recollection of what they told us,” Vint said.",
    );
    expect(speakerOf(x, "The hearing was closed")).toBeNull();
    expect(speakerOf(x, "That is not my recollection")).toBe("Ivo Vint");
  });

  it("still speaks for a lead quotation paragraph nobody else speaks for", () => {
    const x = extract(
      "The harbour board met on Monday.",
      "“We will not sell the quay.”",
      "“The docks are ours,” Ada Lund said.",
    );
    expect(speakerOf(x, "We will not sell")).toBe("Ada Lund");
  });
});
