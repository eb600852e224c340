import type { Article } from "../schemas/article.ts";
import { IngestError } from "./ingest-error.ts";

/** Inputs larger than this are refused before any parsing. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

export type ParseArticleInput = {
  /** The outlet as a user would type it, e.g. "Korea JoongAng Daily (editorial)". */
  outlet: string;
  url?: string | null;
} & ({ text: string | Uint8Array; html?: never } | { html: string | Uint8Array; text?: never });

/** Turns a captured web page (plain text or HTML) into a clean `Article`. Throws only `IngestError`. */
export function parseArticle(input: ParseArticleInput): Article {
  // Implemented in the ingestion work (issue 2); the signature is the contract.
  throw new IngestError("INVALID_INPUT", `not implemented yet for outlet ${input.outlet}`);
}
