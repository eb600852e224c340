import { useCallback, useEffect, useMemo } from "react";
import { useApi } from "../hooks/use-api.ts";
import type { Navigate } from "../hooks/use-app-location.ts";
import { useArticleDetails } from "../hooks/use-article-details.ts";
import { useResource } from "../hooks/use-resource.ts";
import { type AppLocation, HOME, type Tab } from "../model/app-location.ts";
import { formatDay } from "../model/article-column.ts";
import { buildStoryData, type StoryData } from "../model/story-data.ts";
import { CompareView } from "./compare-view.tsx";
import { FiguresTable } from "./figures-table.tsx";
import { PeopleView } from "./people-view.tsx";
import { StatusMessage } from "./status-message.tsx";
import { StoryTabs } from "./story-tabs.tsx";
import { TimelineView } from "./timeline-view.tsx";

interface StoryPageProps {
  location: AppLocation & { storyId: string };
  navigate: Navigate;
  notice: string | null;
}

/** One story: the comparison grid and its people, figures and timeline views. */
export function StoryPage({ location, navigate, notice }: StoryPageProps) {
  const api = useApi();
  const { storyId } = location;
  const story = useResource(`story:${storyId}`, (signal) => api.getStory(storyId, signal));
  const comparison = useResource(`comparison:${storyId}`, (signal) =>
    api.getComparison(storyId, signal),
  );
  // Full articles load only after the comparison: the grid needs just the comparison and the
  // story listing, and must not queue behind fifty article requests.
  const articleIds = useMemo(() => comparison.data?.articleIds ?? [], [comparison.data]);
  const details = useArticleDetails(api, articleIds);

  const data = useMemo<StoryData | null>(
    () =>
      story.data && comparison.data ? buildStoryData(story.data, comparison.data, details) : null,
    [story.data, comparison.data, details],
  );

  const storyName = story.data?.name;
  useEffect(() => {
    if (storyName) document.title = `${storyName} · Parallax`;
  }, [storyName]);

  const setTab = useCallback((tab: Tab) => navigate({ tab }), [navigate]);
  const error = story.error ?? comparison.error;

  return (
    <section className="story-page" aria-labelledby="story-heading">
      <div className="story-head">
        <p className="breadcrumb">
          <a
            href="?"
            onClick={(event) => {
              event.preventDefault();
              navigate(HOME);
            }}
          >
            ← All stories
          </a>
        </p>
        <h1 id="story-heading" tabIndex={-1}>
          {story.data?.name ?? "Story"}
        </h1>
        {data ? (
          <p className="story-summary">
            {data.columns.length} articles · {data.comparison.groups.length} claims ·{" "}
            {data.comparison.groups.filter((g) => g.relation === "conflict").length} conflicts
            {data.story.dateRange.from ? ` · ${formatDay(data.story.dateRange.from)}` : ""}
            {data.story.dateRange.to && data.story.dateRange.to !== data.story.dateRange.from
              ? ` – ${formatDay(data.story.dateRange.to)}`
              : ""}
          </p>
        ) : null}
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
      </div>
      {error ? (
        <StatusMessage
          kind="error"
          title="Could not load this story"
          detail={error.message}
          onRetry={() => {
            story.reload();
            comparison.reload();
          }}
        />
      ) : !data ? (
        <StatusMessage kind="loading" title="Comparing the articles…" />
      ) : (
        <>
          <StoryTabs tab={location.tab} onTab={setTab} onAdd={() => navigate({ adding: true })} />
          <div
            className="tab-panel"
            role="tabpanel"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the ARIA tabs pattern makes the panel focusable; it also lets keyboard users scroll it.
            tabIndex={0}
            id={`panel-${location.tab}`}
            aria-labelledby={`tab-${location.tab}`}
          >
            {location.tab === "compare" ? (
              <CompareView data={data} location={location} navigate={navigate} />
            ) : location.tab === "people" ? (
              <PeopleView
                data={data}
                onShowRows={(personId) => navigate({ tab: "compare", personId, rowId: null })}
              />
            ) : location.tab === "figures" ? (
              <FiguresTable data={data} />
            ) : (
              <TimelineView
                data={data}
                onShowRow={(rowId) =>
                  navigate({
                    tab: "compare",
                    rowId,
                    articleId: null,
                    filters: [],
                    personId: null,
                    query: "",
                  })
                }
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}
