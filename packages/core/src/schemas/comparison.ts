import { z } from "zod";
import { AttributionSchema } from "./attribution.ts";
import { DatePrecisionSchema } from "./dates.ts";
import { EntityKindSchema, MentionSchema, TitleSchema } from "./entity.ts";
import { ArticleIdSchema, SpanSchema } from "./span.ts";

/** One outlet's statement inside an aligned group. */
export const StatementSchema = z.object({
  articleId: ArticleIdSchema,
  claimId: z.string(),
  span: SpanSchema,
  text: z.string(),
  attribution: AttributionSchema,
});
export type Statement = z.infer<typeof StatementSchema>;

export const RelationSchema = z.enum(["agree", "partial", "conflict", "unique"]);
export type Relation = z.infer<typeof RelationSchema>;

/**
 * figure: one amount of one thing; date: the day of one event; time: its time of day; speaker: the
 * same quoted words credited to two named people; title: one person's post; stance: opposite
 * assessments; negation: one outlet reports as not so what another reports as so.
 */
export const ConflictKindSchema = z.enum([
  "figure",
  "date",
  "time",
  "speaker",
  "title",
  "stance",
  "negation",
]);
export type ConflictKind = z.infer<typeof ConflictKindSchema>;

/** Why two statements were paired, so the UI can explain a match. */
export const EvidenceSchema = z.object({
  kind: z.enum(["entity", "figure", "date", "speaker", "occasion", "lexical", "quote"]),
  label: z.string(),
  weight: z.number(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ConflictSchema = z.object({
  kind: ConflictKindSchema,
  /** What disagrees, in words: "U.S.-bound investment", "Ivo Vint's title". */
  subject: z.string(),
  /**
   * At least two values that disagree, each as its outlet wrote it. `span` is where the value is
   * written; a title's text joins a post written after the name ("Minister of the Ministry of …"),
   * so its span runs from the title to the end of that post, the name between included.
   */
  values: z
    .array(z.object({ articleId: ArticleIdSchema, text: z.string(), span: SpanSchema.nullable() }))
    .min(2),
  /**
   * Why the values are taken to be about the same thing (shared people, words, measure, day) — every
   * conflict the aligner reports carries it; absent only in comparisons stored by older versions.
   */
  evidence: z.array(EvidenceSchema).optional(),
});
export type Conflict = z.infer<typeof ConflictSchema>;

/** Word-level difference of one statement against the group's reference statement. */
export const WordDiffSchema = z.object({
  articleId: ArticleIdSchema,
  againstArticleId: ArticleIdSchema,
  parts: z.array(z.object({ value: z.string(), op: z.enum(["equal", "added", "removed"]) })),
});
export type WordDiff = z.infer<typeof WordDiffSchema>;

export const ClaimGroupSchema = z.object({
  id: z.string(),
  statements: z.array(StatementSchema).min(1),
  relation: RelationSchema,
  conflicts: z.array(ConflictSchema),
  evidence: z.array(EvidenceSchema),
  /** Match score in [0, 1]; 1 for a group of one. */
  score: z.number().min(0).max(1),
  diffs: z.array(WordDiffSchema),
  /**
   * What joins the statements: "claim" (they report the same thing; the default when absent),
   * "title" (each is where an outlet gives a person a title that differs in substance, e.g. "former
   * US President" vs "U.S. President") or "stance" (different people's opposite assessments of the
   * same matter within days, e.g. "very close to a deal" vs "at an impasse"). Title and stance groups
   * always hold one conflict naming the values; they are findings, not shared statements.
   */
  about: z.enum(["claim", "title", "stance"]).optional(),
  /**
   * True when every article of the story makes this statement: the story's common ground. Set on
   * every claim group by the aligner; absent on findings and in comparisons of older versions.
   */
  reportedByAll: z.boolean().optional(),
});
export type ClaimGroup = z.infer<typeof ClaimGroupSchema>;

/** One person or organisation across the whole story, with each outlet's titles side by side. */
export const StoryEntitySchema = z.object({
  id: z.string(),
  kind: EntityKindSchema,
  name: z.string(),
  /** Each outlet's titles as extracted (`qualifier` included); show one with `titleLabel`. */
  titles: z.array(TitleSchema.extend({ articleId: ArticleIdSchema })),
  /** The article-level entities merged into this one. */
  members: z.array(z.object({ articleId: ArticleIdSchema, entityId: z.string() })),
  /**
   * Where each outlet refers to it, in article order then body order: names, surnames, titles and
   * pronouns the extraction resolved to it (mentions it could not decide are left out).
   */
  mentions: z.array(
    z.object({
      articleId: ArticleIdSchema,
      span: SpanSchema,
      text: z.string(),
      form: MentionSchema.shape.form,
    }),
  ),
});
export type StoryEntity = z.infer<typeof StoryEntitySchema>;

export const TimelineEventSchema = z.object({
  id: z.string(),
  label: z.string(),
  date: z.iso.date().nullable(),
  precision: DatePrecisionSchema,
  articleIds: z.array(ArticleIdSchema),
  groupIds: z.array(z.string()),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** Where a story event is told: one statement, and the claim group (`ClaimGroup.id`) holding it. */
export const EventStatementSchema = z.object({
  articleId: ArticleIdSchema,
  claimId: z.string(),
  span: SpanSchema,
  groupId: z.string(),
});
export type EventStatement = z.infer<typeof EventStatementSchema>;

/**
 * One thing that happened, as several outlets tell it: a level above claim groups. A claim group
 * holds statements of the same fact ("resigned on Monday"); an event holds every statement that
 * tells of the same happening in any words and detail ("resigned", "her resignation", "the chair
 * who stepped down"), across all outlets, so a reader can follow one happening through the story.
 * Two similar happenings of one story (two people's arrests) are two events.
 */
export const StoryEventSchema = z.object({
  id: z.string(),
  /** What happened, as a verb lemma the statements use or nominalise ("arrest", "die"). */
  action: z.string(),
  /**
   * True for the main happening of a thread of articles (the articles of one protagonist): the
   * statements that use the words most of those articles use, whatever their verb. Its `action` is
   * the verb most of them use, so an event of that verb alone may exist beside it.
   */
  main: z.boolean().default(false),
  /**
   * Who took part, story entity ids (`Comparison.entities`): first the one the event is keyed by,
   * then the others most often named first. A place when the statements name nobody else.
   */
  participantIds: z.array(z.string()),
  /** The statements telling it, in article order then body order; two articles or more. */
  statements: z.array(EventStatementSchema).min(2),
  /** The claim groups holding those statements, in `groups` order. */
  groupIds: z.array(z.string()),
  articleIds: z.array(ArticleIdSchema),
});
export type StoryEvent = z.infer<typeof StoryEventSchema>;

export const CoverageSchema = z.object({
  articleId: ArticleIdSchema,
  /** Share of the story's claim groups this article reports, in [0, 1]. */
  share: z.number().min(0).max(1),
  uniqueGroupIds: z.array(z.string()),
  conflictGroupIds: z.array(z.string()),
});
export type Coverage = z.infer<typeof CoverageSchema>;

export const FigureRowSchema = z.object({
  measure: z.string(),
  values: z.array(
    z.object({
      articleId: ArticleIdSchema,
      text: z.string(),
      value: z.number(),
      unit: z.string(),
      span: SpanSchema,
    }),
  ),
});
export type FigureRow = z.infer<typeof FigureRowSchema>;

/** The result of comparing the articles of one story: the contract between aligner, API and UI. */
export const ComparisonSchema = z.object({
  alignerVersion: z.string(),
  articleIds: z.array(ArticleIdSchema),
  groups: z.array(ClaimGroupSchema),
  entities: z.array(StoryEntitySchema),
  timeline: z.array(TimelineEventSchema),
  coverage: z.array(CoverageSchema),
  figures: z.array(FigureRowSchema),
  /** The story's events (absent in comparisons stored before aligner 0.9.50: read as none). */
  events: z.array(StoryEventSchema).default([]),
});
export type Comparison = z.infer<typeof ComparisonSchema>;
