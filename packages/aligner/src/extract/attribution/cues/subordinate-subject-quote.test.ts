import { describe, expect, it } from "vitest";
import {
  entityName,
  extractParagraphs as extract,
  quoteWith,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quotation in a subordinate clause with another subject is not the reporter's", () => {
  it("does not credit the reporter with words the clause's subject demanded", () => {
    const x = extract(
      "Tom Moss and Ada Lund met.",
      "Several councillors said they dreaded a rerun of the 2009 session, when Mr. Moss, who had been outvoted, demanded a “clean sweep” of the “old guard.”",
    );
    // Never the councillors: the clause's own subject, read past its aside (subject-asides.ts).
    expect(entityName(x, quoteWith(x, "clean sweep", true).speakerId)).toBe("Tom Moss");
    expect(entityName(x, quoteWith(x, "old guard", true).speakerId)).toBe("Tom Moss");
    expect(speakerOf(x, "they dreaded a rerun")).not.toBeNull();
  });

  it("still credits the reporter when the clause's subject is the reporter", () => {
    const x = extract(
      "Tom Moss and Ada Lund met.",
      "Lund said that when Lund arrived the pier was “a total mess.”",
    );
    expect(speakerOf(x, "a total mess")).toBe("Ada Lund");
  });
});
