import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { ArticleText } from "../article-text.ts";
import { sentenceWords, wordPattern } from "./sentence-words.ts";
import { unquotedWords } from "./unquoted-words.ts";

const body = "Ada Lund’s aide called the U.S. plan “a one-time fix” and said no.";

describe("a word as the sieves read one", () => {
  it("keeps apostrophes, dots and hyphens inside the word", () => {
    expect(body.match(wordPattern())).toEqual([
      "Ada",
      "Lund’s",
      "aide",
      "called",
      "the",
      "U.S.",
      "plan",
      "a",
      "one-time",
      "fix",
      "and",
      "said",
      "no.",
    ]);
  });

  it("is a fresh pattern each time, so two scans do not share a position", () => {
    const first = wordPattern();
    first.lastIndex = 10;
    expect(wordPattern().lastIndex).toBe(0);
    expect(wordPattern()).not.toBe(first);
  });
});

describe("the words of a stretch, walked with its quotations", () => {
  const text = new ArticleText(handBuiltArticle(body));

  it("marks the quoted words and gives each the word before it", () => {
    const words = [...sentenceWords(text, 0, body.length)];
    const fix = words.find((w) => w.word === "fix");
    const and = words.find((w) => w.word === "and");
    expect(fix).toMatchObject({ quoted: true, before: "one-time" });
    expect(and).toMatchObject({ quoted: false, before: "fix" });
  });

  it("leaves the quoted words out of the unquoted ones, still counting them as before", () => {
    const words = [...unquotedWords(text, 0, body.length)];
    expect(words.map((w) => w.word)).not.toContain("fix");
    expect(words.find((w) => w.word === "and")?.before).toBe("fix");
  });

  it("stops at the stretch's end", () => {
    const to = body.indexOf("plan");
    expect([...sentenceWords(text, 0, to)].at(-1)?.word).toBe("U.S.");
  });
});
