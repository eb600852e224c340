import { z } from "zod";

export const OutletSchema = z.object({
  /** Lowercase slug of the name, stable across articles of the same outlet. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The outlet's name as the user gave it, without notes such as "(editorial)". */
  name: z.string().min(1).max(200),
});
export type Outlet = z.infer<typeof OutletSchema>;
