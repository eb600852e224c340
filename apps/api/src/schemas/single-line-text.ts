import { z } from "@hono/zod-openapi";

// C0 controls (NUL, tab, newline, ESC, …), DEL and the C1 block: none belongs in a one-line
// name, PostgreSQL refuses NUL outright, and the rest would be stored on SQLite but break
// headers, logs and Markdown exports later.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/** A trimmed, non-empty, one-line name of at most `max` characters without control characters. */
export const singleLineText = (max: number, emptyMessage: string) =>
  z
    .string()
    .trim()
    .min(1, emptyMessage)
    .max(max)
    .superRefine((value, ctx) => {
      const found = CONTROL.exec(value);
      if (found) {
        ctx.addIssue({
          code: "custom",
          message: `contains the control character ${codePoint(found[0])} at position ${found.index}; use plain text on one line`,
        });
      }
    });
