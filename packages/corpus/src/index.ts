export * from "./load-corpus.ts";
export * from "./manifest.ts";
