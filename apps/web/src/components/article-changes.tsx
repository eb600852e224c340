import { useId, useState } from "react";
import type { ApiClient, ArticleVersions, StoryDetail } from "../api-client.ts";
import { errorSentence } from "../api-error-sentences.ts";
import { useApi } from "../hooks/use-api.ts";
import { useResource } from "../hooks/use-resource.ts";
import { changedOnly } from "../model/version-changes.ts";
import { StatusMessage } from "./status-message.tsx";
import { VersionDiffView } from "./version-diff-view.tsx";

interface ArticleChangesProps {
  story: StoryDetail;
}

type Entry = { article: StoryDetail["articles"][number]; versions: ArticleVersions };

/** A few requests at a time: a story of fifty fetched pages must not flood the server. */
const AT_ONCE = 4;

async function loadVersions(
  api: ApiClient,
  articles: StoryDetail["articles"],
  signal: AbortSignal,
): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (let i = 0; i < articles.length; i += AT_ONCE) {
    const batch = articles.slice(i, i + AT_ONCE);
    const answers = await Promise.all(batch.map((a) => api.getArticleVersions(a.id, signal)));
    for (const [index, versions] of answers.entries()) {
      entries.push({ article: batch[index]!, versions });
    }
  }
  const changed = new Set(changedOnly(entries.map((e) => e.versions)));
  return entries.filter((entry) => changed.has(entry.versions));
}

function ChangedArticle({ entry, startOpen }: { entry: Entry; startOpen: boolean }) {
  const { article, versions } = entry;
  const latest = versions.versions.length;
  const [open, setOpen] = useState(startOpen);
  const [range, setRange] = useState({ from: latest - 1, to: latest });
  const panelId = useId();
  const fromId = useId();
  const toId = useId();
  const lastChange = versions.versions[latest - 1]!.fetchedAt;
  const choices = versions.versions.map((v) => v.version);
  return (
    <li className="changed-article">
      <h3 className="changed-article-head">
        <span className="changed-outlet">{article.outlet.name}</span>{" "}
        <span className="changed-headline">{article.headline ?? "Untitled"}</span>
      </h3>
      <p className="changed-meta">
        {latest} versions; last changed {new Date(lastChange).toLocaleString()}.{" "}
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? "Hide what changed" : "What changed?"}
        </button>
      </p>
      <div id={panelId} hidden={!open}>
        {open && latest > 2 ? (
          <div className="inline-form version-pick">
            <label htmlFor={fromId}>Compare version</label>
            <select
              id={fromId}
              value={range.from}
              onChange={(e) => {
                const from = Number(e.target.value);
                setRange((r) => ({ from, to: Math.max(r.to, from + 1) }));
              }}
            >
              {choices.slice(0, -1).map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
            <label htmlFor={toId}>with version</label>
            <select
              id={toId}
              value={range.to}
              onChange={(e) => {
                const to = Number(e.target.value);
                setRange((r) => ({ from: Math.min(r.from, to - 1), to }));
              }}
            >
              {choices.slice(1).map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {open ? <VersionDiffView articleId={article.id} from={range.from} to={range.to} /> : null}
      </div>
    </li>
  );
}

/**
 * The story's articles whose page changed after they were added (re-fetched on the decaying
 * schedule), each with what changed between its versions. Shown only when the story reports
 * changed articles, so unchanged stories make no extra requests.
 */
export function ArticleChanges({ story }: ArticleChangesProps) {
  const api = useApi();
  const fetched = story.articles.filter((article) => article.url !== null);
  const key = `versions:${story.id}:${story.updatedAt}:${fetched.map((a) => a.id).join(",")}`;
  const entries = useResource(key, (signal) => loadVersions(api, fetched, signal));
  const headingId = useId();
  if (entries.error) {
    return (
      <StatusMessage
        kind="error"
        title="Could not load the article versions"
        detail={errorSentence(entries.error)}
        onRetry={entries.reload}
      />
    );
  }
  if (!entries.data || entries.data.length === 0) return null;
  return (
    <section className="article-changes" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Changed since first seen <span className="glance-count">({entries.data.length})</span>
      </h2>
      <ul>
        {entries.data.map((entry) => (
          <ChangedArticle
            key={entry.versions.articleKey}
            entry={entry}
            startOpen={entries.data!.length === 1}
          />
        ))}
      </ul>
    </section>
  );
}
