import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { ArticleText } from "../article-text.ts";
import { QUOTATION_MARK, QUOTATION_MARK_OR_APOSTROPHES } from "../quotation-marks.ts";
import { leadStart, quotationLead } from "./quotation-lead.ts";

/** The lead of the last quotation of `body`, read with the given cap and mark. */
function leadOf(body: string, maxChars: number, mark?: RegExp) {
  const text = new ArticleText(handBuiltArticle(body));
  return quotationLead(text, text.quotations.at(-1)!.open, maxChars, mark);
}

describe("the lead of a quotation: its sentence's words before the opening mark", () => {
  it("reads from the sentence's start, not the paragraph's", () => {
    const body = "The pier closed at noon. Ada Lund told the crews, “Go home early.”";
    const lead = leadOf(body, 300);
    expect(lead?.lead).toBe("Ada Lund told the crews, ");
    expect(lead?.start).toBe(body.indexOf("Ada Lund"));
    expect(lead?.end).toBe(body.length);
  });

  it("is none when the words before the mark run past the cap", () => {
    const body = "Ada Lund, who ran the harbour board for a decade, told the crews, “Go home.”";
    expect(leadOf(body, 30)).toBeNull();
    expect(leadOf(body, 80)?.lead).toBe(body.slice(0, body.indexOf("“")));
  });

  it("keeps an earlier quotation unless a mark is asked for", () => {
    const body = "Ivo Vint called the plan “late” and told the board, “Vote it down.”";
    expect(leadOf(body, 300)?.lead).toContain("“late”");
    expect(leadOf(body, 300, QUOTATION_MARK)).toBeNull();
  });

  it("takes two apostrophes for a quotation mark only when asked to", () => {
    // ArticleText reads paired doubled apostrophes as curly marks (quote-mark-styles.ts); a
    // one-sentence stand-in keeps them as typed, as a stray pair would stay.
    const body = "Ivo Vint called the plan ''late'' and told the board, “Vote it down.”";
    const text = {
      body,
      sentenceAt: () => ({ span: { start: 0, end: body.length } }),
    } as unknown as ArticleText;
    const open = body.indexOf("“");
    expect(quotationLead(text, open, 300, QUOTATION_MARK)?.lead).toContain("''late''");
    expect(quotationLead(text, open, 300, QUOTATION_MARK_OR_APOSTROPHES)).toBeNull();
  });
});

describe("where a sieve starts reading back from the mark", () => {
  const body =
    "The pier closed at noon. Ada Lund, who ran the harbour board, told crews, “Go home.”";
  const text = new ArticleText(handBuiltArticle(body));
  const open = body.indexOf("“");

  it("is the sentence's start when the lead is short enough", () => {
    expect(leadStart(text, open, 300)).toBe(body.indexOf("Ada Lund"));
  });

  it("is the cap before the mark in a long lead, never the sentence before", () => {
    expect(leadStart(text, open, 20)).toBe(open - 20);
  });
});
