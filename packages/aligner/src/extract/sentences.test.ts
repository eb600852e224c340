import { loadCorpus } from "@parallax/corpus";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { ArticleText } from "./article-text.ts";
import { splitSentences } from "./sentences.ts";

function texts(body: string): string[] {
  return splitSentences(handBuiltArticle(body)).map((s) => s.text);
}

describe("splitSentences", () => {
  it("keeps U.S., Korea-U.S., Oct. 24, No. 2 and initials inside one sentence", () => {
    expect(
      texts(
        "Talks in Korea-U.S. tariff negotiations resumed. U.S. President Anton Veld arrives Oct. 24 at Terminal No. 2 with J. R. Smith. It costs $350 billion. He left the U.S. The next day he returned.",
      ),
    ).toEqual([
      "Talks in Korea-U.S. tariff negotiations resumed.",
      "U.S. President Anton Veld arrives Oct. 24 at Terminal No. 2 with J. R. Smith.",
      "It costs $350 billion.",
      "He left the U.S.",
      "The next day he returned.",
    ]);
  });

  it("keeps a day or a time zone after a.m./p.m. with its time, and breaks before a new sentence", () => {
    expect(
      texts(
        "The blaze was out by 6:40 a.m. Saturday, the chief said. Crews left at 2 p.m. ET on the day. It began at 1 a.m. Police came later.",
      ),
    ).toEqual([
      "The blaze was out by 6:40 a.m. Saturday, the chief said.",
      "Crews left at 2 p.m. ET on the day.",
      "It began at 1 a.m.",
      "Police came later.",
    ]);
  });

  it("keeps a quote of several sentences and its `,” he said.` tail together", () => {
    expect(
      texts(
        "Minister Kim agreed. “As director Kim said, a few key issues remain unresolved. We’re at a very critical moment,” he said. Talks go on.",
      ),
    ).toEqual([
      "Minister Kim agreed.",
      "“As director Kim said, a few key issues remain unresolved. We’re at a very critical moment,” he said.",
      "Talks go on.",
    ]);
  });

  it("ends a sentence after a doubled-apostrophe quotation closing after its full stop", () => {
    // quote-mark-styles.ts writes `port.'' It` as `port. ” It`: the spaced mark closes the sentence.
    const sentences = new ArticleText(
      handBuiltArticle(
        "Vint voiced regret for ''my failure to fix the port.'' It was, he said, hard.",
      ),
    ).sentences.map((s) => s.text);
    expect(sentences).toEqual([
      "Vint voiced regret for ''my failure to fix the port.''",
      "It was, he said, hard.",
    ]);
  });

  it("does not break at a bracketed ellipsis inside a quote, and ends sentences at paragraphs", () => {
    expect(
      texts(
        'He said there are "differences in opinion [...] I believe we will agree."\n\nNext one.',
      ),
    ).toEqual([
      'He said there are "differences in opinion [...] I believe we will agree."',
      "Next one.",
    ]);
  });

  it("ends a sentence at an ellipsis before a capitalised word, not before a lowercase one", () => {
    expect(
      texts(
        "The talks went well, Kim said... Washington agreed later. Kim said… He left. We will... see. Lee paused.... Then he spoke.",
      ),
    ).toEqual([
      "The talks went well, Kim said...",
      "Washington agreed later.",
      "Kim said…",
      "He left.",
      "We will... see.",
      "Lee paused....",
      "Then he spoke.",
    ]);
    // Inside a quotation that closes later in the paragraph the sentence stays whole.
    expect(texts('He said "we tried... Nothing worked," and left.')).toEqual([
      'He said "we tried... Nothing worked," and left.',
    ]);
  });

  it("lets a quote that is not closed in its paragraph end at the paragraph", () => {
    const out = texts("“First part. Second part.\n\n“Continued here,” Kim said.");
    expect(out).toEqual(["“First part.", "Second part.", "“Continued here,” Kim said."]);
  });

  it("splits every corpus article into sentences that slice the body exactly", () => {
    for (const file of loadCorpus().files) {
      const article = handBuiltArticle(file.text);
      const sentences = splitSentences(article);
      expect(sentences.length).toBeGreaterThan(10);
      for (const s of sentences) {
        expect(article.body.slice(s.span.start, s.span.end)).toBe(s.text);
        expect(s.text).toBe(s.text.trim());
      }
    }
  });

  it("returns nothing for an empty or blank body", () => {
    expect(texts("")).toEqual([]);
    expect(texts(" \n\n \t")).toEqual([]);
  });
});
