import { type FormEvent, useCallback, useEffect, useState } from "react";
import { errorSentence } from "../api-error-sentences.ts";
import { useWriteAction } from "../hooks/use-write-action.ts";
import { ActionError } from "./action-error.tsx";
import { FeedItems } from "./feed-items.tsx";
import { type Feed, feedsApi, type JobStats } from "./feeds-api.ts";
import { ScrollRegion } from "./scroll-region.tsx";
import { StatusMessage } from "./status-message.tsx";
import { WriteTokenPrompt } from "./write-token-prompt.tsx";

/** Refresh pace: quicker while a feed waits for its first poll or has items in progress. */
const REFRESH_MS = 5000;
const BUSY_REFRESH_MS = 1000;

const busy = (feeds: Feed[] | null) =>
  feeds?.some((f) => !f.paused && (f.status === "new" || f.items.pending > 0)) ?? false;

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : "never");

function FeedRow({
  feed,
  onChange,
}: {
  feed: Feed;
  onChange: (action: () => Promise<unknown>) => void;
}) {
  return (
    <tr>
      <td>
        <strong>{feed.outlet}</strong>
        <br />
        <a href={feed.url}>{feed.url}</a>
      </td>
      <td>{feed.paused ? "paused" : feed.status}</td>
      <td>{when(feed.lastPolledAt)}</td>
      <td>
        {feed.lastError ? (
          <span title={feed.lastError.message}>
            {feed.lastError.code}: {feed.lastError.message}
          </span>
        ) : (
          "—"
        )}
      </td>
      <td>
        {feed.items.ingested} new, {feed.items.duplicate} duplicate, {feed.items.pending} pending,{" "}
        {feed.items.failed} failed
        <FeedItems
          feedId={feed.id}
          version={`${feed.lastPolledAt}:${Object.values(feed.items).join(",")}`}
        />
      </td>
      <td>
        <button
          type="button"
          onClick={() => onChange(() => feedsApi.setPaused(feed.id, !feed.paused))}
        >
          {feed.paused ? "Resume" : "Pause"}
        </button>{" "}
        <button type="button" onClick={() => onChange(() => feedsApi.remove(feed.id))}>
          Remove
        </button>
      </td>
    </tr>
  );
}

/** Followed feeds (add, pause, remove; last poll, status, error) and the job queues' counts. */
export function FeedsPage() {
  const [feeds, setFeeds] = useState<Feed[] | null>(null);
  const [stats, setStats] = useState<JobStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [url, setUrl] = useState("");
  const [outlet, setOutlet] = useState("");

  const refresh = useCallback(async () => {
    try {
      const [list, counts] = await Promise.all([feedsApi.list(), feedsApi.stats()]);
      setFeeds(list);
      setStats(counts);
    } catch (caught) {
      setError(errorSentence(caught));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  const quick = busy(feeds);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `feeds` re-arms the timer after each refresh.
  useEffect(() => {
    const timer = setTimeout(() => void refresh(), quick ? BUSY_REFRESH_MS : REFRESH_MS);
    return () => clearTimeout(timer);
  }, [refresh, quick, feeds, error]);

  // Follow, pause, resume, remove: a refused write asks for the token and repeats itself.
  const write = useWriteAction();
  const act = (action: () => Promise<unknown>) => {
    setError(null);
    void write.run(action, refresh);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    act(() =>
      feedsApi.add(url.trim(), outlet.trim()).then(() => {
        setUrl("");
        setOutlet("");
      }),
    );
  };

  return (
    <section className="feeds-page" aria-labelledby="feeds-heading">
      <h1 id="feeds-heading" tabIndex={-1}>
        Feeds
      </h1>
      <form className="feed-form" onSubmit={onSubmit}>
        <label>
          Feed URL (RSS, Atom or JSON Feed)
          <input type="url" required value={url} onChange={(e) => setUrl(e.target.value)} />
        </label>
        <label>
          Outlet
          <input required value={outlet} onChange={(e) => setOutlet(e.target.value)} />
        </label>
        <button type="submit" disabled={write.busy}>
          Follow
        </button>
      </form>
      <WriteTokenPrompt request={write.tokenRequest} />
      <ActionError message={write.error} />
      <p className="field-hint">
        New items are read, compared and grouped into stories on the <a href="?">start page</a>; a
        story whose articles changed after publication is marked there.
      </p>
      {error ? (
        <StatusMessage kind="error" title="Could not load the feeds" detail={error} />
      ) : null}
      {feeds === null ? (
        <StatusMessage kind="loading" title="Loading feeds" />
      ) : feeds.length === 0 ? (
        <StatusMessage kind="empty" title="No feeds yet" detail="Follow one above." />
      ) : (
        <ScrollRegion label="Followed feeds">
          <table className="feeds-table">
            <thead>
              <tr>
                <th scope="col">Feed</th>
                <th scope="col">Status</th>
                <th scope="col">Last poll</th>
                <th scope="col">Error</th>
                <th scope="col">Items</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {feeds.map((feed) => (
                <FeedRow key={feed.id} feed={feed} onChange={act} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {stats ? (
        <ScrollRegion label="Job queues">
          <table className="job-stats">
            <caption>
              Jobs ({stats.backend === "pg-boss" ? "PostgreSQL workers" : "in this process"})
            </caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Queued</th>
                <th scope="col">Active</th>
                <th scope="col">Completed</th>
                <th scope="col">Failed</th>
              </tr>
            </thead>
            <tbody>
              {stats.queues.map((queue) => (
                <tr key={queue.name}>
                  <th scope="row">{queue.name}</th>
                  <td>{queue.queued}</td>
                  <td>{queue.active}</td>
                  <td>{queue.completed}</td>
                  <td>{queue.failed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </section>
  );
}
