/**
 * The story page's first requests, started by public/early-requests.js before the app's script
 * runs. Each is handed out once, for the story it was made for: as its parsed body when that has
 * arrived already (the page then renders the story in its first pass), else as the pending
 * response. Everything later (reloads, other stories) fetches as usual.
 */
export type EarlyKind = "story" | "comparison";

type Early = {
  storyId: string;
  requests: Partial<Record<EarlyKind, Promise<Response>>>;
  bodies: Partial<Record<EarlyKind, unknown>>;
};

function early(storyId: string): Early | null {
  if (typeof window === "undefined") return null;
  const found = (window as { parallaxEarlyRequests?: Early }).parallaxEarlyRequests;
  return found?.storyId === storyId ? found : null;
}

/** The request's body if it has arrived (typed by the caller: the API's answer for `kind`). */
export function takeEarlyBody<T>(kind: EarlyKind, storyId: string): T | null {
  const found = early(storyId);
  if (!found || !(kind in found.bodies)) return null;
  const body = found.bodies[kind] as T;
  delete found.bodies[kind];
  delete found.requests[kind];
  return body;
}

/** The pending response, when its body has not been taken. */
export function takeEarlyRequest(kind: EarlyKind, storyId: string): Promise<Response> | null {
  const found = early(storyId);
  const pending = found?.requests[kind] ?? null;
  if (found) {
    delete found.requests[kind];
    delete found.bodies[kind];
  }
  return pending;
}
