import { useState } from "react";
import { errorSentence } from "../api-error-sentences.ts";
import { useResource } from "../hooks/use-resource.ts";
import { feedsApi } from "./feeds-api.ts";

/** Items listed at most; the API keeps the 50 latest per feed. */
const SHOWN = 10;

const STATUS: Record<string, string> = {
  pending: "being read",
  ingested: "added",
  duplicate: "already known",
  failed: "failed",
};

/**
 * A feed's latest items, on request: each with what became of it and a link to the story it
 * joined. Reloaded whenever the feed's counts or last poll change.
 */
export function FeedItems({ feedId, version }: { feedId: string; version: string }) {
  const [open, setOpen] = useState(false);
  const detail = useResource(open ? `feed-items:${feedId}:${version}` : null, (signal) =>
    feedsApi.detail(feedId, signal),
  );
  const [shown, setShown] = useState(detail.data);
  if (detail.data && detail.data !== shown) setShown(detail.data);
  const items = (detail.data ?? shown)?.recentItems.slice(0, SHOWN) ?? [];
  return (
    <details className="feed-items" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Latest items</summary>
      {detail.error ? (
        <p className="action-error">{errorSentence(detail.error)}</p>
      ) : items.length === 0 ? (
        <p className="muted">{detail.loading ? "Loading…" : "No items yet."}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              {item.storyId ? (
                <a href={`?story=${encodeURIComponent(item.storyId)}`}>{item.title ?? item.url}</a>
              ) : (
                <span>{item.title ?? item.url}</span>
              )}{" "}
              <span className="muted">
                ({STATUS[item.status] ?? item.status}
                {item.error ? `: ${item.error.message}` : ""})
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
