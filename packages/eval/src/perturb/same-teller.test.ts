import { extractArticle } from "@parallax/aligner";
import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { sameTeller } from "./same-teller.ts";

// Invented reports of a harbour dispute, written for this test.
function tells(edited: string, witness: string): boolean {
  const [a, b] = [edited, witness].map((text, i) =>
    parseArticle({ outlet: `Invented Outlet ${i}`, text }),
  );
  const [x, y] = [extractArticle(a as never), extractArticle(b as never)];
  const quote = x.quotes.find((q) => q.speakerStatus === "resolved");
  if (!quote) throw new Error("no resolved quote in the invented text");
  return sameTeller(x, quote, y, { start: 0, end: (b as { body: string }).body.length });
}

describe("the teller of a negation witness", () => {
  it("refuses a sentence another named person is said to tell", () => {
    expect(
      tells(
        'Ivo Vint, the harbour master, said: "I will work with the ferry board this year."',
        "Ada Roe, the port mayor, said she will work with the ferry board this year.",
      ),
    ).toBe(false);
  });

  it("takes the same person's sentence", () => {
    expect(
      tells(
        'Ivo Vint, the harbour master, said: "I will work with the ferry board this year."',
        "Ivo Vint, the harbour master, said he will work with the ferry board this year.",
      ),
    ).toBe(true);
  });

  it("takes a sentence naming nobody", () => {
    expect(
      tells(
        'Ivo Vint, the harbour master, said: "I will work with the ferry board this year."',
        "The ferry board will be worked with this year.",
      ),
    ).toBe(true);
  });
});
