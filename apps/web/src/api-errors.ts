/** A failed API call, carrying the API's `{ error: { code, message, details } }` body. */
export class ApiRequestError extends Error {
  override readonly name = "ApiRequestError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Reads an error response; a body that is not the API's error shape still gives a message. */
export async function errorFromResponse(response: Response): Promise<ApiRequestError> {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text) as {
      error?: { code?: unknown; message?: unknown; details?: unknown };
    };
    if (body.error && typeof body.error.message === "string") {
      return new ApiRequestError(
        response.status,
        typeof body.error.code === "string" ? body.error.code : "HTTP_ERROR",
        body.error.message,
        body.error.details,
      );
    }
  } catch {
    // Not JSON (a proxy's HTML error page, say): fall through to the status line.
  }
  return new ApiRequestError(
    response.status,
    "HTTP_ERROR",
    `the server answered ${response.status} ${response.statusText}`.trim(),
  );
}

/**
 * Field-level messages from the error's zod issues (`details.issues[].path` such as "outlet" or
 * "text"), keyed by the top-level field so a form can show each next to its input.
 */
export function fieldErrors(error: unknown): Record<string, string[]> {
  if (!(error instanceof ApiRequestError)) return {};
  const details = error.details as { issues?: unknown } | undefined;
  const issues = Array.isArray(details?.issues) ? details.issues : [];
  const byField: Record<string, string[]> = {};
  for (const issue of issues as { path?: unknown; message?: unknown }[]) {
    const path = Array.isArray(issue.path)
      ? issue.path.map(String).join(".")
      : String(issue.path ?? "");
    const field = path.split(".")[0] || "form";
    const message = typeof issue.message === "string" ? issue.message : "invalid value";
    byField[field] = [...(byField[field] ?? []), message];
  }
  return byField;
}
