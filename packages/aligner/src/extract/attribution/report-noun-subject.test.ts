import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

/* "report" heading a trailing cue's subject is a noun, never the cue's verb. */

describe("a report noun before a participle in a trailing cue", () => {
  it("names no speaker: 'a harbour report filed Monday said'", () => {
    const x = extract(
      "“The pier is unsafe,” a harbour report filed Monday said.",
      "“The ferry is late,” the port report sent Tuesday said.",
    );
    expect(speakerOf(x, "The pier is unsafe")).toBe(null);
    expect(speakerOf(x, "The ferry is late")).toBe(null);
    expect(x.entities.some((e) => e.kind === "person")).toBe(false);
  });

  it("keeps a bare verb whose subject may be plural, and a singular verb", () => {
    const x = extract(
      "“The road is shut,” a few residents say.",
      "“The bridge is shut,” one resident notes.",
    );
    expect(speakerOf(x, "The road is shut")).toBe("a few residents");
    expect(speakerOf(x, "The bridge is shut")).toBe("one resident");
  });
});
