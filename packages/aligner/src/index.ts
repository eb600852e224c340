export { compareExtractions, compareStory } from "./compare-story.ts";
export { splitSentences } from "./extract/sentences.ts";
export { extractArticle } from "./extract-article.ts";
export { renderMarkdown } from "./markdown-report.ts";
export { ALIGNER_VERSION } from "./version.ts";
