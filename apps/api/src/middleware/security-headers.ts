import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

// Everything the UI and the API reference load comes from this origin: no inline script, no
// third-party host, no framing. React sets `style` through the DOM, which CSP allows.
const SAME_ORIGIN_ONLY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const common = {
  xFrameOptions: "DENY",
  referrerPolicy: "no-referrer",
  // Plain HTTP on a local install: a Strict-Transport-Security header would only mislead.
  strictTransportSecurity: false,
} as const;

const app = secureHeaders({ ...common, contentSecurityPolicy: SAME_ORIGIN_ONLY });
// The API reference (Swagger UI) writes inline style attributes into its markup.
const docs = secureHeaders({
  ...common,
  contentSecurityPolicy: { ...SAME_ORIGIN_ONLY, styleSrc: ["'self'", "'unsafe-inline'"] },
});

/** nosniff, CSP, frame-ancestors and the rest of Hono's secure headers on every response. */
export const securityHeaders: MiddlewareHandler = (c, next) =>
  c.req.path === "/api/docs" || c.req.path.startsWith("/api/docs/") ? docs(c, next) : app(c, next);
