import { z } from "zod";
import { DatePrecisionSchema, IsoDateOrDateTimeSchema } from "./dates.ts";
import { OutletSchema } from "./outlet.ts";
import { ArticleIdSchema } from "./span.ts";

export const ArticleKindSchema = z.enum(["news", "editorial", "opinion", "aggregation"]);
export type ArticleKind = z.infer<typeof ArticleKindSchema>;

export const PublishedAtSchema = z.object({
  value: IsoDateOrDateTimeSchema,
  precision: DatePrecisionSchema,
  /** Where the date was read: a "Published:" line, a photo caption, an embedded post, HTML metadata. */
  source: z.enum(["dateline", "caption", "embed", "metadata"]),
  /** The text it was read from, as written. */
  text: z.string(),
});
export type PublishedAt = z.infer<typeof PublishedAtSchema>;

export const TranslationSchema = z.object({
  /** machine: "translated by AI"; assisted: a person with AI tools; human: a translator. */
  method: z.enum(["machine", "assisted", "human"]),
  /** The disclosure as the outlet printed it. */
  text: z.string(),
});
export type Translation = z.infer<typeof TranslationSchema>;

export const ParagraphSchema = z.object({
  /** Offsets into the article's `body`. */
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  kind: z.enum(["text", "subheading"]),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const CaptionSchema = z.object({
  text: z.string(),
  /** The agency or photographer credited, e.g. "YONHAP", "News1"; null when none is given. */
  credit: z.string().nullable(),
});
export type Caption = z.infer<typeof CaptionSchema>;

/** A post from another site quoted inside the article (a tweet, say), kept apart from the body. */
export const EmbedSchema = z.object({
  kind: z.literal("post"),
  text: z.string(),
  author: z.string().nullable(),
  handle: z.string().nullable(),
  date: z.iso.date().nullable(),
  url: z.string().nullable(),
});
export type Embed = z.infer<typeof EmbedSchema>;

/** Page text removed during ingestion, kept so the UI can show what was dropped and why. */
export const BoilerplateSchema = z.object({
  text: z.string(),
  reason: z.enum([
    "comments",
    "navigation",
    "share",
    "advertisement",
    "related",
    "feedback",
    "contact",
    "page-chrome",
  ]),
});
export type Boilerplate = z.infer<typeof BoilerplateSchema>;

export const ArticleSchema = z.object({
  id: ArticleIdSchema,
  outlet: OutletSchema,
  headline: z.string().nullable(),
  dek: z.string().nullable(),
  publishedAt: PublishedAtSchema.nullable(),
  bylines: z.array(z.string()),
  url: z.url().nullable(),
  /** BCP 47 language tag of the text, e.g. "en". */
  language: z.string().min(2),
  kind: ArticleKindSchema,
  translation: TranslationSchema.nullable(),
  /** The clean article text: paragraphs joined by a blank line. */
  body: z.string(),
  paragraphs: z.array(ParagraphSchema),
  captions: z.array(CaptionSchema),
  embeds: z.array(EmbedSchema),
  boilerplate: z.array(BoilerplateSchema),
  format: z.enum(["text", "html"]),
});
export type Article = z.infer<typeof ArticleSchema>;
