import { extractArticle } from "@parallax/aligner";
import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { layoutFeatures } from "./layout-features.ts";

const article = parseArticle({
  text: [
    "Port strike enters its second week",
    "Ada Roe spoke to the dockers on Monday. “We will not back down,” Roe said.",
    "As the Harbour Ledger's Ivo Vint reported after the vote:",
    "“No ship will leave before Friday.”",
  ].join("\n\n"),
  outlet: "Harbour Gazette",
});
const extraction = extractArticle(article);
const features = (words: string) => {
  const start = article.body.indexOf(words);
  return layoutFeatures(article, extraction, { start, end: start + words.length }, "named");
};

describe("layout features of a gold direct quote", () => {
  it("a quotation in a paragraph with its cue", () => {
    const f = features("We will not back down");
    expect(f).toContain("mark=“");
    expect(f).toContain("paragraph=with-cue");
    expect(f).toContain("sentence=opens-cue");
    expect(f).toContain("length=04-10");
    expect(f).toContain("system=cue-same-paragraph");
  });

  it("a lone quotation paragraph after a paragraph ending on a colon", () => {
    const f = features("No ship will leave before Friday.");
    expect(f).toContain("paragraph=alone");
    expect(f).toContain("sentence=opens-no-cue");
    expect(f).toContain("neighbour=prev-colon");
  });
});
