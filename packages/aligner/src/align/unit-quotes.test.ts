import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";
import { quoteReadings, quoteWordings } from "./unit-quotes.ts";

describe("quoteReadings", () => {
  const article = handBuiltArticle(
    '"The pier will reopen in spring. Every ferry will run again," harbour master Ada Quill said on Friday.\n\nIvo Brandt said the council had approved the repairs.',
  );
  const extraction = extractArticle(article);

  it("reads each quotation once, however many statements hold it", () => {
    const texts: string[] = [];
    const wording = quoteWordings();
    const read = quoteReadings(
      extraction,
      article.body,
      (id) => id,
      (text) => {
        texts.push(text);
        return wording(text);
      },
    );
    const direct = extraction.quotes.find((q) => q.direct);
    expect(direct).toBeDefined();
    if (!direct) return;
    const first = read(direct);
    expect(read(direct)).toBe(first);
    expect(texts.filter((t) => t === direct.text)).toHaveLength(1);
    expect(first.wording.words).toContain("pier will reopen in spring");
    expect(first.named).toBe(true);
    expect(first.readBack).toBe(false);
  });

  it("gives no speaker when the speaker counts as none (a place)", () => {
    const read = quoteReadings(extraction, article.body, () => null, quoteWordings());
    for (const quote of extraction.quotes) {
      const reading = read(quote);
      expect(reading.storyId).toBeNull();
      expect(reading.named).toBe(false);
    }
  });
});
