import { z } from "zod";
import { SpanSchema } from "./span.ts";

/**
 * Who is credited with words. `resolved`: the outlet names the speaker, directly or through a
 * pronoun or title that points to one person; `entityId` is then the story entity, or null for an
 * unnamed source ("a senior official"), which is no identity across outlets and is only described
 * in `name`. `ambiguous`: several people could be meant, so none is guessed. `unknown`: nobody is named.
 */
export const SpeakerSchema = z
  .object({
    status: z.enum(["resolved", "ambiguous", "unknown"]),
    /** Id of a story entity in `Comparison.entities`; null unless resolved to a named one. */
    entityId: z.string().nullable(),
    /** The story entity's name or the unnamed source as described; null unless resolved. */
    name: z.string().nullable(),
  })
  .refine((s) => (s.status === "resolved") === (s.name !== null), {
    message: "a speaker has a name exactly when it is resolved",
  })
  .refine((s) => s.entityId === null || s.status === "resolved", {
    message: "only a resolved speaker points at a story entity",
  });
export type Speaker = z.infer<typeof SpeakerSchema>;

/** One quotation (direct) or reported statement (indirect) inside a statement, with its speaker. */
export const AttributedQuoteSchema = z.object({
  direct: z.boolean(),
  /** The quoted words or reported content, without quotation marks. */
  span: SpanSchema,
  text: z.string(),
  speaker: SpeakerSchema,
  /** The report the words are passed on through, as the story names it ("the Herald"); see `Quote.via`. */
  via: z.string().nullable().default(null),
});
export type AttributedQuote = z.infer<typeof AttributedQuoteSchema>;

/**
 * Who said what in a statement. `kind` is "direct" when it holds a quotation, "indirect" when it
 * only reports speech ("Kim said the talks would resume"), "none" when it credits nobody (then
 * `speaker` is unknown and `quotes` is empty). `speaker` is the one speaker of all its quotes; when
 * they name different people, or one is ambiguous, it is "ambiguous" and each quote tells its own.
 */
export const AttributionSchema = z.object({
  kind: z.enum(["direct", "indirect", "none"]),
  speaker: SpeakerSchema,
  quotes: z.array(AttributedQuoteSchema),
});
export type Attribution = z.infer<typeof AttributionSchema>;

export { attributionLabel } from "./attribution-label.ts";
