import type { Comparison, Span } from "@parallax/core";
import { useCallback, useEffect, useMemo } from "react";
import type { StoryDetail } from "../api-client.ts";
import { useApi } from "../hooks/use-api.ts";
import type { Navigate } from "../hooks/use-app-location.ts";
import { type DetailState, useArticleDetails } from "../hooks/use-article-details.ts";
import { useResource } from "../hooks/use-resource.ts";
import type { AppLocation, Tab } from "../model/app-location.ts";
import {
  type ArticleColumn,
  articleLabel,
  columnFromArticle,
  formatDay,
  orderByDate,
} from "../model/article-column.ts";
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

export interface StoryData {
  story: StoryDetail;
  comparison: Comparison;
  /** Every article as a column, oldest first, enriched as full articles arrive. */
  columns: ArticleColumn[];
  byId: ReadonlyMap<string, ArticleColumn>;
  details: ReadonlyMap<string, DetailState>;
  labelOf: (articleId: string) => string;
}

function buildColumns(
  story: StoryDetail,
  comparison: Comparison,
  details: ReadonlyMap<string, DetailState>,
): ArticleColumn[] {
  const summaries = new Map(story.articles.map((a) => [a.id, a]));
  const ids = [...new Set([...comparison.articleIds, ...story.articles.map((a) => a.id)])];
  const columns: ArticleColumn[] = [];
  for (const id of ids) {
    const detail = details.get(id);
    if (detail && !(detail instanceof Error)) {
      columns.push(columnFromArticle(detail.article, detail.extraction.sources));
      continue;
    }
    const summary = summaries.get(id);
    if (summary) {
      columns.push({
        id,
        outlet: summary.outlet,
        headline: summary.headline,
        publishedAt: summary.publishedAt,
        url: summary.url,
      });
    }
  }
  return orderByDate(columns);
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

  const data = useMemo<StoryData | null>(() => {
    if (!story.data || !comparison.data) return null;
    const columns = buildColumns(story.data, comparison.data, details);
    const labels = new Map(columns.map((c) => [c.id, articleLabel(c, columns)]));
    return {
      story: story.data,
      comparison: comparison.data,
      columns,
      byId: new Map(columns.map((c) => [c.id, c])),
      details,
      labelOf: (id: string) => labels.get(id) ?? "Unknown article",
    };
  }, [story.data, comparison.data, details]);

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
              navigate({
                storyId: null,
                rowId: null,
                articleId: null,
                filters: [],
                personId: null,
                query: "",
                tab: "compare",
              });
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

/** Where a person is mentioned in each article, from the loaded extractions. */
export function mentionSpans(data: StoryData, personId: string | null): Span[] {
  const person = data.comparison.entities.find((e) => e.id === personId);
  if (!person) return [];
  const spans: Span[] = [];
  for (const member of person.members) {
    const detail = data.details.get(member.articleId);
    if (!detail || detail instanceof Error) continue;
    const entity = detail.extraction.entities.find((e) => e.id === member.entityId);
    if (entity) spans.push(...entity.mentions.map((m) => m.span));
  }
  return spans;
}
