// Starts a story page's two API requests while the app's script is still downloading and
// starting, so the grid does not wait for them in turn, and reads their JSON as it arrives, so
// the page can render the story in its first pass (src/early-requests.ts hands each out once).
// A plain script from this origin: the page's CSP allows no inline script.
(() => {
  const params = new URLSearchParams(window.location.search);
  const storyId = params.get("story");
  if (!storyId || params.has("add") || params.has("view")) return;
  const base = `/api/stories/${encodeURIComponent(storyId)}`;
  const early = { storyId, requests: {}, bodies: {} };
  for (const [kind, url] of [
    ["story", base],
    ["comparison", `${base}/comparison`],
  ]) {
    const pending = fetch(url);
    early.requests[kind] = pending;
    // Failures are reported where the response is used (the app fetches or reads it again).
    pending
      .then((response) => (response.ok ? response.clone().json() : undefined))
      .then(
        (body) => {
          // Kept only while the app has not taken the request itself: a body stored later
          // would show this moment's story when the reader comes back to it.
          if (body !== undefined && early.requests[kind] === pending) early.bodies[kind] = body;
        },
        () => undefined,
      );
  }
  window.parallaxEarlyRequests = early;
})();
