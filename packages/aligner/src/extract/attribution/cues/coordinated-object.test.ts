import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";

/** The speaker's name of the first quote (direct or not) whose text contains `words`. */
function speakerOf(x: ReturnType<typeof extract>, words: string): string | null {
  const quote = x.quotes.find((q) => q.text.includes(words));
  return x.entities.find((e) => e.id === quote?.speakerId)?.name ?? null;
}

describe("a verb joined by and/but is never said by the object of the predicate before it", () => {
  it("Lund met with Vint in May and declared that … → not Vint", () => {
    const x = extract(
      "Ada Lund runs the Harbour Trust. Ivo Vint chairs the port board.",
      'However, Lund met with Vint in May and declared in an interview that she found Vint to be "a careful man."',
    );
    expect(speakerOf(x, "careful man")).not.toBe("Ivo Vint");
  });

  it("the sentence's own subject still speaks: Lund smiled and said … → Lund", () => {
    const x = extract(
      "Ada Lund runs the Harbour Trust.",
      "On Monday, Lund smiled and said the harbour “will open in May.”",
    );
    expect(speakerOf(x, "will open in May")).toBe("Ada Lund");
  });

  it("a participle after the object is not the object's either: … a memo to the Harbour Gazette explaining … → not the Gazette", () => {
    const x = extract(
      "Ivo Vint chairs the port board.",
      "He sent a two-page memo to the Harbour Gazette in April explaining that the city would pay “a one-time fee of $5 million.”",
    );
    expect(speakerOf(x, "one-time fee")).not.toBe("Harbour Gazette");
  });
});
