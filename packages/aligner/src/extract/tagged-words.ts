// Language layer: wink's part-of-speech tag of one word of a body, read in the context of a span
// around it (the aligner's one wink reading per distinct text, tagged-text.ts). A word list cannot
// tell "racist remarks" (a plural noun) from "Lund remarks" (a verb); the tagger reads both words.
import { taggedText } from "../tagged-text.ts";

/** The tag of the word starting at `at` and the tag of the token before it (null: none). */
export type WordTags = { tag: string; before: string | null };

/**
 * The tags of the word starting at `at` in body[from, to): null when `at` starts no token of
 * wink's reading (its tokens are found in order in the span; one not found there ends the search).
 */
export function tagsAt(body: string, from: number, to: number, at: number): WordTags | null {
  const span = body.slice(from, to);
  const { values, pos } = taggedText(span);
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const found = span.indexOf(values[i]!, cursor);
    if (found < 0 || from + found > at) return null;
    if (from + found === at) return { tag: pos[i]!, before: i > 0 ? pos[i - 1]! : null };
    cursor = found + values[i]!.length;
  }
  return null;
}
