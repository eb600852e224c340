import type { Article, Extraction, Figure } from "@parallax/core";
import { toQuotes } from "./extract/attribution/quote-drafts.ts";
import { sievedQuotes } from "./extract/attribution/sieved-quotes.ts";
import { rankSpeakers } from "./extract/attribution/speaker-ranker/rank-speakers.ts";
import { readFiguresWithCapitals } from "./extract/capital-figures.ts";
import { readClaims } from "./extract/claims.ts";
import { dateAnchor } from "./extract/dates/date-anchor.ts";
import { readDates, toDates } from "./extract/dates/read-dates.ts";
import { readCapitalsSurnames } from "./extract/entities/names/capitals-surnames.ts";
import { readHonorificSurnames } from "./extract/entities/names/honorific-surnames.ts";
import { readOneLetterSurnames } from "./extract/entities/names/one-letter-surnames.ts";
import { readLateSurnameEchoes } from "./extract/entities/surnames/late-surname-echoes.ts";
import { isAggregated, readSources } from "./extract/sources.ts";

/**
 * Reads one article: sentences, claims, quotes with speakers, people and organisations with the
 * titles this outlet gives them, figures, dates and the outlets it relies on. Pure and
 * deterministic: linear scans with precompiled patterns, each tried only where its first word
 * occurs (word-index.ts).
 */
export function extractArticle(article: Article): Extraction {
  const { text, registry, drafts: quoteDrafts } = sievedQuotes(article);
  // The last sieve: a learned ranking of the candidates for quotes the rules left unknown.
  rankSpeakers(text, registry, quoteDrafts);
  // Speakers named only while quotes were read: their other bare surnames (late-surname-echoes.ts).
  readLateSurnameEchoes(registry);
  // "Mrs. Lund" who never speaks and whom no full name introduced (honorific-surnames.ts).
  readHonorificSurnames(registry);
  // "Ned Q": a common given name and a one-letter surname (one-letter-surnames.ts).
  readOneLetterSurnames(registry);
  // "OFFER TO LUND": a surname in a line set in capitals (capitals-surnames.ts).
  readCapitalsSurnames(registry);
  const { entities, idOf } = registry.toEntities();
  const quotes = toQuotes(text, quoteDrafts, idOf);
  const figures: Figure[] = readFiguresWithCapitals(text).map(({ start, end, ...rest }, i) => ({
    id: `f${i}`,
    span: text.span(start, end),
    text: article.body.slice(start, end),
    ...rest,
  }));
  const dates = toDates(text, readDates(text, dateAnchor(article)));
  const sources = readSources(text, entities);
  const claims = readClaims(text, registry, idOf, quotes, figures, dates, sources);
  if (text.body !== article.body) {
    for (const item of [...claims, ...quotes, ...figures, ...dates]) {
      item.text = article.body.slice(item.span.start, item.span.end);
    }
    for (const e of entities) {
      for (const m of e.mentions) m.text = article.body.slice(m.span.start, m.span.end);
      for (const t of e.titles) t.text = article.body.slice(t.span.start, t.span.end);
    }
  }
  return {
    articleId: article.id,
    sentences: text.sentences,
    claims,
    quotes,
    entities,
    figures,
    dates,
    sources,
    aggregated: isAggregated(text, sources),
  };
}
