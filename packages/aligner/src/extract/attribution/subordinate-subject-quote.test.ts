import { describe, expect, it } from "vitest";
import {
  entityName,
  extractParagraphs as extract,
  quoteWith,
  speakerOf,
} from "../../../test/support/quote-speakers.ts";

describe("a quotation in a subordinate clause with another subject is not the reporter's", () => {
  it("does not credit the reporter with words the clause's subject called for", () => {
    const x = extract(
      "Tom Moss and Ada Lund met.",
      "Some Democrats said they feared a repeat of the 1992 convention, when Mr. Moss, who had failed to win, called for a “holy war” against “liberals and radicals.”",
    );
    expect(entityName(x, quoteWith(x, "holy war", true).speakerId)).toBeNull();
    expect(entityName(x, quoteWith(x, "liberals and radicals", true).speakerId)).toBeNull();
    expect(speakerOf(x, "they feared a repeat")).toBe("Some Democrats");
  });

  it("still credits the reporter when the clause's subject is the reporter", () => {
    const x = extract(
      "Tom Moss and Ada Lund met.",
      "Lund said that when Lund arrived the pier was “a total mess.”",
    );
    expect(speakerOf(x, "a total mess")).toBe("Ada Lund");
  });
});
