/** Why an input could not become an article. The API maps each code to an HTTP status. */
export type IngestErrorCode =
  | "EMPTY_INPUT"
  | "BINARY_CONTENT"
  | "INVALID_UTF8"
  | "TOO_LARGE"
  | "NO_ARTICLE_CONTENT"
  | "MISSING_OUTLET"
  | "INVALID_INPUT";

export class IngestError extends Error {
  override readonly name = "IngestError";
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError;
}
