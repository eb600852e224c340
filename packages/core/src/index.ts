export * from "./ingest/ingest-error.ts";
export { looksLikeNewsOutlet } from "./ingest/news-outlets.ts";
export * from "./ingest/parse-article.ts";
export * from "./schemas/index.ts";
