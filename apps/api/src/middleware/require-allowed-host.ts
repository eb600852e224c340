import type { MiddlewareHandler } from "hono";
import { normalizeHost } from "../allowed-hosts.ts";
import { ApiError } from "../errors.ts";

/**
 * Refuses requests addressed to a host name this server does not answer to. A page on another
 * site that rebinds its own name to 127.0.0.1 still sends its own name as Host, so it cannot
 * read from or write to a local install. Null: every host is allowed.
 */
export function requireAllowedHost(allowed: readonly string[] | null): MiddlewareHandler {
  if (allowed === null) return (_c, next) => next();
  const hosts = new Set(allowed.map(normalizeHost));
  return async (c, next) => {
    // The adapter builds the URL from the Host header, so its hostname is the header's name.
    const host = normalizeHost(new URL(c.req.url).hostname);
    if (!hosts.has(host)) {
      throw new ApiError(
        403,
        "HOST_NOT_ALLOWED",
        `this server does not answer to the host "${host}"; add it to PARALLAX_ALLOWED_HOSTS if it is a name of this server`,
      );
    }
    return next();
  };
}
