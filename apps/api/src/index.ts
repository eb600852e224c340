export type { AppDeps, AppType } from "./app.ts";
export type {
  ArticleSummary,
  Story,
  StoryDetail,
  StorySummary,
} from "./schemas/api-schemas.ts";
