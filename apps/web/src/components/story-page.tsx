import type { Comparison } from "@parallax/core/schemas";
import { useCallback, useEffect, useMemo } from "react";
import type { StoryDetail } from "../api-client.ts";
import { takeEarlyBody } from "../early-requests.ts";
import { useApi } from "../hooks/use-api.ts";
import type { Navigate } from "../hooks/use-app-location.ts";
import { useArticleDetails } from "../hooks/use-article-details.ts";
import { useResource } from "../hooks/use-resource.ts";
import { type AppLocation, HOME, type Tab } from "../model/app-location.ts";
import { staleParams } from "../model/stale-params.ts";
import { buildStoryData, type StoryData } from "../model/story-data.ts";
import { CompareView } from "./compare-view.tsx";
import {
  LazyArticleChanges,
  LazyFiguresTable,
  LazyHappeningsView,
  LazyPeopleView,
  LazyStoryActions,
  LazyStoryLoadError,
  LazyTimelineView,
  Loading,
} from "./lazy-views.tsx";
import { StatusMessage } from "./status-message.tsx";
import { StoryGlance } from "./story-glance.tsx";
import { StoryTabs } from "./story-tabs.tsx";

interface StoryPageProps {
  location: AppLocation & { storyId: string };
  navigate: Navigate;
  notice: string | null;
}

/** One story: the comparison grid and its happenings, people, figures and timeline views. */
export function StoryPage({ location, navigate, notice }: StoryPageProps) {
  const api = useApi();
  const { storyId } = location;
  // Bodies public/early-requests.js fetched before the app started are used at once.
  const story = useResource(
    `story:${storyId}`,
    (signal) => api.getStory(storyId, signal),
    () => takeEarlyBody<StoryDetail>("story", storyId),
  );
  const comparison = useResource(
    `comparison:${storyId}`,
    (signal) => api.getComparison(storyId, signal),
    () => takeEarlyBody<Comparison>("comparison", storyId),
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

  // Parameters that point at rows, articles or people this story no longer has are dropped, so a
  // stale link opens the story rather than an empty view.
  useEffect(() => {
    if (!data) return;
    const patch = staleParams(location, data);
    if (patch) navigate(patch, { replace: true });
  }, [data, location, navigate]);

  const setTab = useCallback((tab: Tab) => navigate({ tab }), [navigate]);
  const reloadStory = useCallback(() => {
    story.reload();
    comparison.reload();
  }, [story.reload, comparison.reload]);
  const showRow = useCallback(
    (rowId: string) =>
      navigate({ tab: "compare", rowId, articleId: null, filters: [], personId: null, query: "" }),
    [navigate],
  );
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
        <div className="story-title-row">
          <h1 id="story-heading" tabIndex={-1}>
            {story.data?.name ?? "Story"}
          </h1>
          {story.data ? (
            <Loading quiet>
              <LazyStoryActions
                key={story.data.name}
                storyId={storyId}
                name={story.data.name}
                onRenamed={story.reload}
                onDeleted={() => navigate(HOME)}
              />
            </Loading>
          ) : null}
        </div>
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
      </div>
      {error ? (
        <Loading>
          <LazyStoryLoadError error={error} onRetry={reloadStory} />
        </Loading>
      ) : !data ? (
        <StatusMessage kind="loading" title="Comparing the articles…" />
      ) : (
        <>
          <StoryGlance data={data} onShowRow={showRow} />
          {story.data && story.data.changedArticleCount > 0 ? (
            <Loading quiet>
              <LazyArticleChanges story={story.data} />
            </Loading>
          ) : null}
          <StoryTabs tab={location.tab} onTab={setTab} onAdd={() => navigate({ adding: true })} />
          <div
            className="tab-panel"
            role="tabpanel"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the ARIA tabs pattern makes the panel focusable; it also lets keyboard users scroll it.
            tabIndex={0}
            id={`panel-${location.tab}`}
            aria-labelledby={`tab-${location.tab}`}
          >
            <Loading>
              {location.tab === "compare" ? (
                <CompareView
                  data={data}
                  location={location}
                  navigate={navigate}
                  onStoryChanged={reloadStory}
                />
              ) : location.tab === "events" ? (
                <LazyHappeningsView data={data} onShowRow={showRow} />
              ) : location.tab === "people" ? (
                <LazyPeopleView
                  data={data}
                  onShowRows={(personId) => navigate({ tab: "compare", personId, rowId: null })}
                />
              ) : location.tab === "figures" ? (
                <LazyFiguresTable data={data} />
              ) : (
                <LazyTimelineView data={data} onShowRow={showRow} />
              )}
            </Loading>
          </div>
        </>
      )}
    </section>
  );
}
