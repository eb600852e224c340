import { Scalar } from "@scalar/hono-api-reference";
import type { MiddlewareHandler } from "hono";

// Scalar's page loads its script from cdn.jsdelivr.net in the browser. Offline that fails
// silently; this note replaces the blank page and points to the document, which is served here.
const OFFLINE_NOTE = `<script>
setTimeout(function () {
  var app = document.getElementById("app");
  if (app && app.children.length === 0) {
    app.innerHTML = '<p style="font: 16px/1.5 system-ui, sans-serif; padding: 2rem; max-width: 40rem">' +
      'The interactive API reference loads its viewer from cdn.jsdelivr.net, which this browser cannot reach. ' +
      'The OpenAPI document itself is served by Parallax at <a href="/api/openapi.json">/api/openapi.json</a>.</p>';
  }
}, 5000);
</script>`;

const scalar = Scalar({
  url: "/api/openapi.json",
  pageTitle: "Parallax API",
  withDefaultFonts: false,
});

/** GET /api/docs: the Scalar reference for /api/openapi.json, with an offline note. */
export const apiDocs: MiddlewareHandler = async (c, next) => {
  const res = await scalar(c, next);
  const html = await (res ?? c.res).text();
  return c.html(html.replace("</body>", `${OFFLINE_NOTE}\n</body>`));
};
