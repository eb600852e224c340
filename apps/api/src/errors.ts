import { IngestError } from "@parallax/core";
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import { isForeignKeyViolation } from "./db/constraint-errors.ts";
import type { Logger } from "./logger.ts";

/** The one error shape every failing response carries. */
export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

/** An error meant for the client: its status, a stable code and a message that says what to fix. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string) =>
  new ApiError(404, "NOT_FOUND", `no ${what} with id "${id}"`);

/** Validation failures from zod become 400 with every issue listed. */
export function invalidInput(error: ZodError, target: string): ApiError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    code: issue.code,
    message: issue.message,
  }));
  const first = issues[0];
  const where = first?.path ? `${target}.${first.path}` : target;
  return new ApiError(
    400,
    "INVALID_INPUT",
    `invalid ${target}: ${where}: ${first?.message ?? "invalid value"}`,
    { issues },
  );
}

/** IngestError codes are the client's text not being an article: 422, except a size overrun. */
export function fromIngestError(error: IngestError): ApiError {
  const status = error.code === "TOO_LARGE" ? 413 : 422;
  return new ApiError(status, error.code, error.message, error.details);
}

function toApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (error instanceof IngestError) return fromIngestError(error);
  if (isForeignKeyViolation(error)) {
    // Every write checks its references in its own transaction; this is the backstop.
    return new ApiError(
      409,
      "CONCURRENT_CHANGE",
      "a story or article this request refers to was deleted while it ran; reload and retry",
    );
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    if (status === 400) {
      // Hono's JSON validator throws this for a body that does not parse.
      return new ApiError(400, "INVALID_JSON", `request body is not valid JSON: ${error.message}`);
    }
    if (status === 413) return new ApiError(413, "PAYLOAD_TOO_LARGE", error.message);
    if (status < 500) return new ApiError(status, "HTTP_ERROR", error.message);
  }
  return null;
}

export function errorResponse(c: Context, error: ApiError) {
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
  return c.json(body, error.status, error.headers);
}

/** The single error handler: known errors map to their status; anything else is a logged 500. */
export function createErrorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    const apiError = toApiError(error);
    if (apiError) return errorResponse(c, apiError);
    logger.error("unhandled error", {
      method: c.req.method,
      path: c.req.path,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return errorResponse(
      c,
      new ApiError(500, "INTERNAL", "the server failed to handle this request; it has been logged"),
    );
  };
}

export const notFoundHandler: NotFoundHandler = (c) =>
  errorResponse(
    c,
    new ApiError(404, "NOT_FOUND", `no route for ${c.req.method} ${c.req.path}; see /api/docs`),
  );
