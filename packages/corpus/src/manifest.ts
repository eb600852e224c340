import { z } from "zod";

/** The manifest that sits beside a corpus's captured files. */
export const CorpusManifestSchema = z.object({
  story: z.string().min(1),
  language: z.string().min(2),
  note: z.string().optional(),
  articles: z
    .array(z.object({ file: z.string().regex(/^[\w.-]+$/), outlet: z.string().min(1) }))
    .min(1),
});
export type CorpusManifest = z.infer<typeof CorpusManifestSchema>;
