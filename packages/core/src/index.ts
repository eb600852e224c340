export * from "./ingest/ingest-error.ts";
export * from "./ingest/parse-article.ts";
export * from "./schemas/index.ts";
