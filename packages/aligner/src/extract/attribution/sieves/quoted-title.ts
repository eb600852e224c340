// Attribution layer: whether a quotation names a work rather than quoting words. Shared by the
// main-clause sieve (which leaves titles out) and the trailing named cue (which skips them).

import { DETERMINERS, PREPOSITIONS } from "../../../../lexicons/function-words.ts";

/**
 * A quotation that names a work, a show or a slogan rather than quoting words: every word of four
 * letters or more capitalised ("the documentary “Night Shift”", "“Sunday Morning Live”").
 */
export function isTitle(inner: string): boolean {
  const words = (inner.match(/\p{L}[\p{L}’'-]*/gu) ?? []).filter(
    (w) => w.length >= 4 && !PREPOSITIONS.has(w) && !DETERMINERS.has(w),
  );
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}
