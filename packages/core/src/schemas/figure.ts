import { z } from "zod";
import { SpanSchema } from "./span.ts";

/** "time" is a clock time of day ("2 a.m.": value 120, minutes after midnight; unit "time" or "time EST"). */
export const FigureKindSchema = z.enum(["money", "percent", "count", "duration", "time"]);
export type FigureKind = z.infer<typeof FigureKindSchema>;

export const FigureSchema = z.object({
  id: z.string(),
  span: SpanSchema,
  text: z.string(),
  kind: FigureKindSchema,
  /** Normalised value: "$350 billion" → 350000000000 with unit "USD"; "10-year" → 10 with unit "year". */
  value: z.number(),
  /** Upper bound of a range ("one or two items" → value 1, upperValue 2). */
  upperValue: z.number().nullable(),
  unit: z.string(),
  /** What the number is about, as the sentence says it ("U.S.-bound investment"); null if unclear. */
  measure: z.string().nullable(),
});
export type Figure = z.infer<typeof FigureSchema>;
