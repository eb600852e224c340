import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { ApiError } from "../errors.ts";

// Comparing fixed-length digests keeps the comparison constant-time whatever the token length.
const digest = (value: string) => createHash("sha256").update(value).digest();

/** Writes need `Authorization: Bearer <token>` when a token is configured; reads stay open. */
export function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    // Exactly "Bearer", one space, the token: anything looser hides a client bug.
    const match = (c.req.header("authorization") ?? "").match(/^Bearer ([\x21-\x7e]+)$/);
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
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
