export { type CompareOptions, compareExtractions, compareStory } from "./compare-story.ts";
export type {
  ConflictRefusal,
  RefusalSink,
  RefusedStatement,
  RefusingCheck,
} from "./conflicts/refusals.ts";
export {
  FEATURES as SPEAKER_RANKER_FEATURES,
  pickSpeaker,
  probability as rankerProbability,
  type RankerModel,
} from "./extract/attribution/speaker-ranker/rank-speakers.ts";
export {
  type RankerRow,
  speakerRankerRows,
} from "./extract/attribution/speaker-ranker/training-rows.ts";
export { honorificGender } from "./extract/given-name-genders.ts";
export { splitSentences } from "./extract/sentences.ts";
export { extractArticle } from "./extract-article.ts";
export { renderMarkdown } from "./markdown-report.ts";
export { type TaggedText, taggedText } from "./tagged-text.ts";
export { ALIGNER_VERSION } from "./version.ts";
