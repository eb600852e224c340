import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { speakerRankerRows } from "./training-rows.ts";

/** Whether the ranker weighs any candidate for the unknown quote holding `words`. */
function ranked(words: string, ...paragraphs: string[]): boolean {
  const article = handBuiltArticle(paragraphs.join("\n\n"));
  const { rows } = speakerRankerRows(article);
  return rows.some((r) => article.body.slice(r.span.start, r.span.end).includes(words));
}

describe("speaker ranker: a quote whose cue is a name in a clause hung on a noun", () => {
  it("is not ranked after “in a way X slammed as”", () => {
    expect(
      ranked(
        "plainly reckless",
        "Ada Lund and Ivo Vint met on Monday.",
        "Fees rose in a way Harbour Director Ivo Vint slammed as “plainly reckless,” and Lund has since apologized.",
      ),
    ).toBe(false);
  });

  it("is not ranked after “the plan X slammed as”", () => {
    expect(
      ranked(
        "a slow disaster",
        "Ada Lund and Ivo Vint met on Monday.",
        "Lund defended the plan Ivo Vint slammed as “a slow disaster” at the dock hearing.",
      ),
    ).toBe(false);
  });

  it("is still ranked when nothing hangs the quote on a noun", () => {
    expect(
      ranked(
        "plainly reckless",
        "Ada Lund and Ivo Vint met on Monday.",
        "Fees rose again. “plainly reckless” was the phrase on the harbour wall.",
      ),
    ).toBe(true);
  });
});
