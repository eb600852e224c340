export { splitSentences } from "./extract/sentences.ts";
export { extractArticle } from "./extract-article.ts";
