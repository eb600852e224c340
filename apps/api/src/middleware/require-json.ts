import type { MiddlewareHandler } from "hono";
import { ApiError } from "../errors.ts";

/** Request bodies must be JSON; anything else is refused before it is read. */
export const requireJson: MiddlewareHandler = async (c, next) => {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      `send the body as JSON with "Content-Type: application/json" (got ${type ? `"${type}"` : "none"})`,
    );
  }
  return next();
};
