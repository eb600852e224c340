import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Hono } from "hono";
import { staticFiles } from "../middleware/static-files.ts";

// Swagger UI from the installed swagger-ui-dist package, served from this origin: the page
// loads nothing from any other host, and it works offline.
const SWAGGER_DIR = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parallax API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"><noscript>The OpenAPI document is at <a href="/api/openapi.json">/api/openapi.json</a>.</noscript></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/start.js"></script>
</body>
</html>
`;

// A file, not an inline script, so the page keeps a CSP without 'unsafe-inline' scripts.
const START = `window.ui = SwaggerUIBundle({
  url: "/api/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
  tryItOutEnabled: false,
});
`;

/** GET /api/docs: the interactive reference for /api/openapi.json. */
export const createApiDocsRoutes = () =>
  new Hono()
    .get("/", (c) => c.html(PAGE, 200, { "cache-control": "no-cache" }))
    .get("/start.js", (c) =>
      c.body(START, 200, {
        "content-type": "text/javascript; charset=utf-8",
        "cache-control": "no-cache",
      }),
    )
    .use(
      "/*",
      staticFiles({
        root: SWAGGER_DIR,
        prefix: "/api/docs/",
        only: ["swagger-ui-bundle.js", "swagger-ui.css"],
        cacheControl: "public, max-age=86400",
      }),
    );
