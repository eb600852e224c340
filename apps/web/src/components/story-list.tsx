import type { StorySummary } from "../api-client.ts";
import { useApi } from "../hooks/use-api.ts";
import { useResource } from "../hooks/use-resource.ts";
import { formatDay } from "../model/article-column.ts";
import { NewStoryForm } from "./new-story-form.tsx";
import { StatusMessage } from "./status-message.tsx";

interface StoryListProps {
  onOpen: (storyId: string) => void;
  onAdd: () => void;
}

function dateRange(range: StorySummary["dateRange"]): string {
  if (!range.from && !range.to) return "Dates unknown";
  const from = range.from ? formatDay(range.from) : "?";
  const to = range.to ? formatDay(range.to) : "?";
  return from === to ? from : `${from} – ${to}`;
}

/** Every story with its outlets, size, dates and how much the outlets disagree. */
export function StoryList({ onOpen, onAdd }: StoryListProps) {
  const api = useApi();
  const stories = useResource("stories", (signal) => api.listStories(signal));

  return (
    <section className="story-list" aria-labelledby="stories-heading">
      <div className="section-bar">
        <h1 id="stories-heading" tabIndex={-1}>
          Stories
        </h1>
        <div className="section-actions">
          <NewStoryForm onCreated={onOpen} />
          <button type="button" className="button-primary" onClick={onAdd}>
            Add an article
          </button>
        </div>
      </div>
      {stories.error ? (
        <StatusMessage
          kind="error"
          title="Could not load the stories"
          detail={stories.error.message}
          onRetry={stories.reload}
        />
      ) : stories.data === null ? (
        <StatusMessage kind="loading" title="Loading stories…" />
      ) : stories.data.length === 0 ? (
        <StatusMessage
          kind="empty"
          title="No stories yet"
          detail="Add an article and Parallax starts a story for it."
        />
      ) : (
        <ul className="story-cards">
          {stories.data.map((story) => (
            <li key={story.id} className="story-card">
              <h2 className="story-name">
                <a
                  href={`?story=${encodeURIComponent(story.id)}`}
                  onClick={(event) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                    event.preventDefault();
                    onOpen(story.id);
                  }}
                >
                  {story.name}
                </a>
              </h2>
              <dl className="story-facts">
                <div>
                  <dt>Articles</dt>
                  <dd>{story.articleCount}</dd>
                </div>
                <div>
                  <dt>Dates</dt>
                  <dd>{dateRange(story.dateRange)}</dd>
                </div>
                <div>
                  <dt>Conflicts</dt>
                  <dd>
                    {story.conflictCount === null ? (
                      "not computed yet"
                    ) : (
                      <span className={story.conflictCount > 0 ? "count-conflict" : undefined}>
                        {story.conflictCount}
                      </span>
                    )}
                  </dd>
                </div>
                {story.changedArticleCount > 0 ? (
                  <div>
                    <dt>Changed</dt>
                    <dd className="count-changed">
                      {story.changedArticleCount}{" "}
                      {story.changedArticleCount === 1 ? "article" : "articles"} since first seen
                    </dd>
                  </div>
                ) : null}
              </dl>
              <p className="story-outlets">
                <span className="visually-hidden">Outlets: </span>
                {story.outlets.map((outlet) => (
                  <span key={outlet.id} className="outlet-chip">
                    {outlet.name}
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
