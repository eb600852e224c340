import type { MiddlewareHandler } from "hono";
import { ApiError } from "../errors.ts";

const strict = new TextDecoder("utf-8", { fatal: true });

/**
 * JSON bodies must be valid UTF-8. Decoding leniently would turn bad bytes into U+FFFD and store
 * text the client never sent; the body read here is cached for the JSON validator after it.
 */
export const requireUtf8: MiddlewareHandler = async (c, next) => {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  try {
    strict.decode(bytes);
  } catch {
    throw new ApiError(
      400,
      "INVALID_JSON",
      "the request body is not valid UTF-8; send JSON encoded as UTF-8",
    );
  }
  return next();
};
