import { describe, expect, it } from "vitest";
import {
  entityName,
  extractParagraphs as extract,
  quoteWith,
} from "../../../../test/support/quote-speakers.ts";

describe("a quotation opened by its own “Name verb:” clause", () => {
  const x = extract(
    "Ada Lund said there was “no daylight” between their plans. She said that experts had found her plans strong, to which Ivo Vint interjected: “It is just not true.”",
  );

  it("goes to the colon clause's subject, not the earlier cue of its sentence", () => {
    expect(entityName(x, quoteWith(x, "It is just not true", true).speakerId)).toBe("Ivo Vint");
  });

  it("ends the earlier reported clause before the colon clause", () => {
    const clause = quoteWith(x, "experts had found her plans strong", false);
    expect(entityName(x, clause.speakerId)).toBe("Ada Lund");
    expect(clause.text).not.toContain("interjected");
  });

  it("leaves a quotation whose colon clause names no one", () => {
    const y = extract(
      "Ada Lund said that experts had found her plans strong, and added: “They work.”",
    );
    expect(entityName(y, quoteWith(y, "They work", true).speakerId)).toBe("Ada Lund");
  });
});
