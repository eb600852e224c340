import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";
import { quotationClosesClauseBetween } from "./closed-clause-gap.ts";

/** The speaker's name of the direct quote whose text contains `words`. */
function speakerOf(x: ReturnType<typeof extract>, words: string): string | null {
  const quote = x.quotes.find((q) => q.direct && q.text.includes(words));
  return x.entities.find((e) => e.id === quote?.speakerId)?.name ?? null;
}

describe("a clause a quotation closes on a comma ends before a new subject", () => {
  it("in a clip that Judge Lund called “…,” Vint expressed a wish to “…” → not Lund", () => {
    const x = extract(
      "Ivo Vint hosts a night show on the harbour radio.",
      'And, in a clip that Harbour District Judge Ada Lund called "distasteful," Vint expressed a wish to "sink every ferry in the bay."',
    );
    expect(speakerOf(x, "sink every ferry")).not.toBe("Ada Lund");
  });

  it("reads the comma inside or outside the closing mark, and only before a capitalised word", () => {
    expect(quotationClosesClauseBetween('called "distasteful," Vint said', 0, 31)).toBe(true);
    expect(quotationClosesClauseBetween("called “distasteful”, Vint said", 0, 31)).toBe(true);
    expect(quotationClosesClauseBetween("called “distasteful,” and said", 0, 30)).toBe(false);
  });
});
