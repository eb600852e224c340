import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { ApiError } from "../errors.ts";

// Comparing fixed-length digests keeps the comparison constant-time whatever the token length.
const digest = (value: string) => createHash("sha256").update(value).digest();

/** Writes need `Authorization: Bearer <token>` when a token is configured; reads stay open. */
export function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = header.match(/^Bearer\s+(.+)$/i);
    if (!match?.[1] || !timingSafeEqual(digest(match[1].trim()), expected)) {
      throw new ApiError(
        401,
        "UNAUTHORIZED",
        "writes need the header `Authorization: Bearer <PARALLAX_API_TOKEN>`",
        undefined,
        { "www-authenticate": 'Bearer realm="parallax"' },
      );
    }
    return next();
  };
}
