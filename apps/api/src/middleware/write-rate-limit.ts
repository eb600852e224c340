import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import { ApiError } from "../errors.ts";

export type RateLimit = { burst: number; refillPerSecond: number };

type Bucket = { tokens: number; at: number };

/** Buckets kept before full (idle) ones are forgotten, so memory stays bounded under many IPs. */
const MAX_BUCKETS = 10_000;

/** The peer address of the socket; "local" for in-process requests (tests, app.request). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "local";
  } catch {
    return "local";
  }
}

/**
 * A token bucket per client IP for writes: `burst` requests at once, refilled at
 * `refillPerSecond`. Burst 0 turns limiting off (load tests, trusted deployments).
 */
export function writeRateLimit(limit: RateLimit, clock: () => Date): MiddlewareHandler {
  const buckets = new Map<string, Bucket>();
  return async (c, next) => {
    if (limit.burst === 0) return next();
    const now = clock().getTime();
    const ip = clientAddress(c);
    const bucket = buckets.get(ip) ?? { tokens: limit.burst, at: now };
    bucket.tokens = Math.min(
      limit.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * limit.refillPerSecond,
    );
    bucket.at = now;
    if (bucket.tokens < 1) {
      const retryAfter = Math.ceil((1 - bucket.tokens) / limit.refillPerSecond);
      buckets.set(ip, bucket);
      throw new ApiError(
        429,
        "RATE_LIMITED",
        `too many writes from this client; retry in ${retryAfter} s`,
        { retryAfterSeconds: retryAfter },
        { "retry-after": String(retryAfter) },
      );
    }
    bucket.tokens -= 1;
    buckets.set(ip, bucket);
    if (buckets.size > MAX_BUCKETS) {
      for (const [key, value] of buckets) {
        const refilled = value.tokens + ((now - value.at) / 1000) * limit.refillPerSecond;
        if (refilled >= limit.burst) buckets.delete(key);
      }
    }
    return next();
  };
}
