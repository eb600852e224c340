import { z } from "zod";
import { SpanSchema } from "./span.ts";

export const EntityKindSchema = z.enum(["person", "organization", "place"]);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/**
 * A job title as one outlet wrote it, e.g. "Presidential director of national policy". When the
 * outlet names the post after the name ("Minister Han Do-yun of the Ministry of Ports, Fisheries
 * and Energy"), `text` is the part before the name ("Minister") and `qualifier` the part after it
 * ("of the Ministry of Ports, Fisheries and Energy"): each span slices the body to its own text.
 * Show a title with `titleLabel`.
 */
export const TitleSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  qualifier: z.object({ text: z.string(), span: SpanSchema }).optional(),
});
export type Title = z.infer<typeof TitleSchema>;

export { titleLabel } from "./title-label.ts";

export const MentionSchema = z.object({
  span: SpanSchema,
  text: z.string(),
  /**
   * name: "Han Do-yun"; title-surname: "Director Han"; surname: "Han";
   * pronoun: "he", "his"; title: "the Minister"; description: an unnamed source described by role,
   * "a high-ranking ruling party official".
   */
  form: z.enum(["name", "title-surname", "surname", "pronoun", "title", "description"]),
  /** True when context could not decide between several entities; the mention is then not guessed. */
  ambiguous: z.boolean(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const EntitySchema = z.object({
  /** Unique within the article: "e0", "e1", … */
  id: z.string(),
  kind: EntityKindSchema,
  /** The fullest name the article gives, e.g. "Han Do-yun". */
  name: z.string(),
  titles: z.array(TitleSchema),
  mentions: z.array(MentionSchema),
  /**
   * True for an unnamed source ("a senior official from Seoul's presidential office",
   * "Government sources"): `name` then holds the description as written. Absent means named.
   */
  unnamed: z.boolean().optional(),
});
export type Entity = z.infer<typeof EntitySchema>;
