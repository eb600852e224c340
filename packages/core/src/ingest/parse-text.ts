import { type ArticleParts, readBlocks } from "./read-blocks.ts";
import { splitTextBlocks } from "./text-blocks.ts";

/** Reads a plain-text capture of a news page (one paragraph per line, as browsers copy it). */
export function parseText(normalized: string, utcOffset: string | null): ArticleParts {
  return readBlocks(splitTextBlocks(normalized), { utcOffset, headlineFromFirstBlock: true });
}
