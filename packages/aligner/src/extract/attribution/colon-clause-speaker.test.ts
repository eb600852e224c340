import type { Extraction } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../test/support/quote-speakers.ts";

const nameOf = (x: Extraction, id: string | null | undefined) =>
  x.entities.find((e) => e.id === id)?.name ?? null;

function quoteWith(x: Extraction, words: string, direct: boolean) {
  const quote = x.quotes.find((q) => q.direct === direct && q.text.includes(words));
  if (quote === undefined) throw new Error(`no quote with "${words}"`);
  return quote;
}

describe("a quotation opened by its own “Name verb:” clause", () => {
  const x = extract(
    "Ada Lund said there was “no daylight” between their plans. She said that experts had found her plans strong, to which Ivo Vint interjected: “It is just not true.”",
  );

  it("goes to the colon clause's subject, not the earlier cue of its sentence", () => {
    expect(nameOf(x, quoteWith(x, "It is just not true", true).speakerId)).toBe("Ivo Vint");
  });

  it("ends the earlier reported clause before the colon clause", () => {
    const clause = quoteWith(x, "experts had found her plans strong", false);
    expect(nameOf(x, clause.speakerId)).toBe("Ada Lund");
    expect(clause.text).not.toContain("interjected");
  });

  it("leaves a quotation whose colon clause names no one", () => {
    const y = extract(
      "Ada Lund said that experts had found her plans strong, and added: “They work.”",
    );
    expect(nameOf(y, quoteWith(y, "They work", true).speakerId)).toBe("Ada Lund");
  });
});
