export * from "./ingest/ingest-error.ts";
export { looksLikeNewsOutlet } from "./ingest/news-outlets.ts";
export * from "./ingest/parse-article.ts";
export { NEWS_OUTLETS, NEWS_OUTLETS_AMBIGUOUS } from "./lexicons/news-outlets.ts";
export * from "./schemas/index.ts";
