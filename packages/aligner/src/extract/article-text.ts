import type { Article, Sentence } from "@parallax/core";
import { firstIndexWhere } from "../sorted-search.ts";
import { withEmDashes } from "./dash-styles.ts";
import { type ParagraphRange, paragraphRanges } from "./paragraph-ranges.ts";
import { findQuotations, type Quotation, quotationAt } from "./quotation-marks.ts";
import { withDoubleQuoteMarks } from "./quote-mark-styles.ts";
import { splitSentences } from "./sentences.ts";
import { WordIndex } from "./word-index.ts";

/**
 * What every extractor reads: the body cut once into sentences, paragraphs and quotations.
 * `body` is the article body with every quotation-mark style read as double quotes and every dash
 * style as an em dash (same length, same offsets: quote-mark-styles.ts, dash-styles.ts); texts
 * shown to users come from `article.body`.
 */
export class ArticleText {
  readonly body: string;
  readonly paragraphs: ParagraphRange[];
  readonly sentences: Sentence[];
  readonly quotations: Quotation[];
  /** Word starts, built on first use: patterns run only where their first word occurs. */
  readonly words: WordIndex;

  constructor(readonly article: Article) {
    this.body = withEmDashes(withDoubleQuoteMarks(article.body));
    this.paragraphs = paragraphRanges(article);
    const read = { id: article.id, body: this.body, paragraphs: article.paragraphs };
    this.sentences = splitSentences(read, undefined, this.paragraphs);
    if (this.body !== article.body) {
      for (const s of this.sentences) s.text = article.body.slice(s.span.start, s.span.end);
    }
    this.quotations = findQuotations(this.body, this.paragraphs);
    this.words = new WordIndex(this.body);
  }

  get articleId(): string {
    return this.article.id;
  }

  /** Index of the sentence containing `offset`, or of the last one starting before it; -1 if none. */
  sentenceIndexAt(offset: number): number {
    return firstIndexWhere(this.sentences, (s) => s.span.start > offset) - 1;
  }

  /** The sentence containing `offset`, or the last one starting before it. */
  sentenceAt(offset: number): Sentence | undefined {
    return this.sentences[this.sentenceIndexAt(offset)];
  }

  /** Index of the quotation whose marks enclose `offset`, or -1. */
  quotationIndexAt(offset: number): number {
    return quotationAt(this.quotations, offset);
  }

  /** Index of the first quotation that closes at or after `offset` (quotations are in text order). */
  firstQuotationFrom(offset: number): number {
    return firstIndexWhere(this.quotations, (q) => q.close >= offset);
  }

  span(start: number, end: number): { articleId: string; start: number; end: number } {
    return { articleId: this.article.id, start, end };
  }
}
