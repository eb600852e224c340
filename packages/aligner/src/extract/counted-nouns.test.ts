import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";

function counts(text: string): string[] {
  return extractArticle(handBuiltArticle(text))
    .figures.filter((f: Figure) => f.kind === "count")
    .map((f) => `${f.value} ${f.unit} (${f.measure})`);
}

describe("a definite count defined by what its relative clause accuses someone of", () => {
  it("counts 'the four women she is accused of shooting' as 'four women shot' is", () => {
    expect(counts("And so were the four women she's accused of gunning down at the mill.")).toEqual(
      ["4 woman (women)"],
    );
    expect(counts("The two guards he was convicted of robbing spoke in court.")).toEqual([
      "2 guard (guards)",
    ]);
  });

  it("leaves a definite group the clause only refers back to", () => {
    expect(counts("The two leaders she met on Friday spoke of trade.")).toEqual([]);
  });
});
