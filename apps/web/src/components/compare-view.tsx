import { useCallback, useEffect, useMemo, useState } from "react";
import type { Navigate } from "../hooks/use-app-location.ts";
import { useColumnLayout } from "../hooks/use-column-layout.ts";
import type { AppLocation, RowFilter } from "../model/app-location.ts";
import { figureSpans, filterGroups } from "../model/row-filters.ts";
import { mentionSpans, type StoryData } from "../model/story-data.ts";
import { ComparisonGrid } from "./comparison-grid.tsx";
import { FilterBar } from "./filter-bar.tsx";
import { LazyArticlePanel, Loading } from "./lazy-views.tsx";
import { StatusMessage } from "./status-message.tsx";

interface CompareViewProps {
  data: StoryData;
  location: AppLocation;
  navigate: Navigate;
  /** The story's articles changed (one removed or moved): load it again. */
  onStoryChanged: () => void;
}

/** The main screen: filters, the grid and, when a cell is opened, its article beside it. */
export function CompareView({ data, location, navigate, onStoryChanged }: CompareViewProps) {
  const { comparison } = data;
  const dateOrder = useMemo(() => data.columns.map((c) => c.id), [data.columns]);
  const columns = useColumnLayout(dateOrder, data.story.id);
  const people = useMemo(
    () =>
      comparison.entities
        .filter((e) => e.kind !== "place")
        .sort((a, b) => a.name.localeCompare(b.name)),
    [comparison.entities],
  );
  const person = people.find((p) => p.id === location.personId) ?? null;
  const figures = useMemo(() => figureSpans(comparison), [comparison]);
  const personSpans = useMemo(
    () => mentionSpans(data, location.personId),
    [data, location.personId],
  );
  const groups = useMemo(
    () =>
      filterGroups(
        comparison.groups,
        {
          filters: location.filters,
          person,
          personSpans,
          query: location.query,
          visibleArticleIds: columns.visible,
        },
        figures,
      ),
    [
      comparison.groups,
      location.filters,
      person,
      personSpans,
      location.query,
      columns.visible,
      figures,
    ],
  );
  const positions = useMemo(
    () => new Map(comparison.groups.map((g, index) => [g.id, index + 1])),
    [comparison.groups],
  );

  const selectedGroup = comparison.groups.find((g) => g.id === location.rowId) ?? null;
  const openArticleId = location.articleId;
  const detail = openArticleId ? data.details.get(openArticleId) : undefined;
  const highlights =
    selectedGroup && openArticleId
      ? selectedGroup.statements.filter((s) => s.articleId === openArticleId).map((s) => s.span)
      : [];

  const onFilters = useCallback((filters: RowFilter[]) => navigate({ filters }), [navigate]);
  const onPerson = useCallback((personId: string | null) => navigate({ personId }), [navigate]);
  const onQuery = useCallback(
    (query: string) => navigate({ query }, { replace: true }),
    [navigate],
  );
  const onClear = useCallback(
    () => navigate({ filters: [], personId: null, query: "" }),
    [navigate],
  );
  const hidden = columns.layout.hidden;
  const panelOpen = openArticleId !== null;
  useEffect(() => {
    if (!panelOpen) return;
    // Escape closes the article panel from anywhere on the page, as a dialog would.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      navigate({ articleId: null });
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(".cell-selected .cell-button")?.focus(),
      );
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [panelOpen, navigate]);
  // Left-out words make a busy cell harder to read; readers can fold them away.
  const [showRemoved, setShowRemoved] = useState(true);

  return (
    <div
      className={`compare${openArticleId ? " with-panel" : ""}${showRemoved ? "" : " hide-removed"}`}
    >
      <div className="compare-main">
        <FilterBar
          filters={location.filters}
          personId={location.personId}
          query={location.query}
          people={people}
          shown={groups.length}
          total={comparison.groups.length}
          onFilters={onFilters}
          onPerson={onPerson}
          onQuery={onQuery}
          onClear={onClear}
        />
        <div className="grid-toolbar">
          <p className="legend">
            <span className="legend-item">
              <ins className="diff-added">underlined</ins>: words only this outlet uses
            </span>
            <label className="legend-item legend-toggle">
              <input
                type="checkbox"
                checked={showRemoved}
                onChange={(event) => setShowRemoved(event.target.checked)}
              />
              <del className="diff-removed">struck</del>: show reference words it leaves out
            </label>
          </p>
          {hidden.length > 0 ? (
            <p className="hidden-columns">
              Hidden:{" "}
              {hidden.map((id) => (
                <button key={id} type="button" className="chip" onClick={() => columns.show(id)}>
                  Show {data.labelOf(id)}
                </button>
              ))}
            </p>
          ) : null}
        </div>
        {comparison.groups.length === 0 ? (
          <StatusMessage
            kind="empty"
            title="No claims to compare yet"
            detail="This story has no aligned statements. Add another outlet's article to compare."
          />
        ) : groups.length === 0 ? (
          <StatusMessage
            kind="empty"
            title="No rows match these filters"
            detail="Clear a filter or the search to see more rows."
          />
        ) : (
          <ComparisonGrid
            groups={groups}
            articles={data.byId}
            columns={columns}
            labelOf={data.labelOf}
            coverage={comparison.coverage}
            positionOf={(id) => positions.get(id) ?? 0}
            selectedRowId={location.rowId}
            selectedArticleId={location.articleId}
            filtered={
              location.filters.length > 0 || location.personId !== null || location.query !== ""
            }
            storyId={data.story.id}
            onStoryChanged={onStoryChanged}
            onOpenCell={(rowId, articleId) => navigate({ rowId, articleId })}
          />
        )}
      </div>
      {openArticleId ? (
        <Loading>
          <LazyArticlePanel
            key={openArticleId}
            label={data.labelOf(openArticleId)}
            detail={detail && !(detail instanceof Error) ? detail : null}
            error={detail instanceof Error ? detail : null}
            highlights={highlights}
            onClose={() => navigate({ articleId: null })}
          />
        </Loading>
      ) : null}
    </div>
  );
}
