import type { ClaimGroup, Coverage } from "@parallax/core/schemas";
import { useVirtualizer } from "@tanstack/react-virtual";
import {
  type CSSProperties,
  type KeyboardEvent,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { ColumnControls } from "../hooks/use-column-layout.ts";
import type { ArticleColumn } from "../model/article-column.ts";
import { gridItems, soleArticle } from "../model/grid-items.ts";
import { ClaimRowHead } from "./claim-row-head.tsx";
import { ColumnHeader } from "./column-header.tsx";
import { SoloSectionRow } from "./solo-section-row.tsx";
import { StatementCell } from "./statement-cell.tsx";

interface ComparisonGridProps {
  groups: readonly ClaimGroup[];
  /** All of the story's articles, keyed by id. */
  articles: ReadonlyMap<string, ArticleColumn>;
  columns: ColumnControls;
  labelOf: (articleId: string) => string;
  coverage?: readonly Coverage[];
  /** Position of each row in the whole story (1-based), kept when filters hide rows. */
  positionOf: (groupId: string) => number;
  selectedRowId: string | null;
  selectedArticleId: string | null;
  onOpenCell: (groupId: string, articleId: string) => void;
  /** While filters narrow the rows, single-outlet rows are shown unfolded. */
  filtered?: boolean;
  storyId?: string;
  onStoryChanged?: () => void;
}

const HEAD_WIDTH = 12.5; // rem
const COLUMN_WIDTH = 15.5; // rem

/**
 * Outlets as columns, aligned claims as rows. Only the rows in view are in the DOM, so a
 * story of hundreds of rows scrolls as smoothly as the demo.
 */
export function ComparisonGrid(props: ComparisonGridProps) {
  const { groups, columns, articles, labelOf } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const visible = columns.visible.filter((id) => articles.has(id));
  const pinned = visible.filter((id) => columns.layout.pinned.includes(id));
  const template = [
    `${HEAD_WIDTH}rem`,
    ...visible.map((id) =>
      pinned.includes(id) ? `${COLUMN_WIDTH}rem` : `minmax(${COLUMN_WIDTH}rem, 1fr)`,
    ),
  ].join(" ");
  const style = {
    "--grid-template": template,
    "--grid-min-width": `${HEAD_WIDTH + visible.length * COLUMN_WIDTH}rem`,
  } as CSSProperties;

  const selectedGroup = groups.find((g) => g.id === props.selectedRowId);
  const selectedSole = selectedGroup ? soleArticle(selectedGroup) : null;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    // A row opened from the summary or a link unfolds its outlet's section.
    if (selectedSole) setExpanded((current) => new Set(current).add(selectedSole));
  }, [selectedSole]);
  const toggleSection = (articleId: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(articleId)) next.add(articleId);
      return next;
    });
  const filtered = props.filtered ?? false;
  const items = useMemo(
    () => gridItems(groups, columns.layout.order, (id) => filtered || expanded.has(id)),
    [groups, columns.layout.order, filtered, expanded],
  );

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (items[index]?.kind === "section" ? 44 : 140),
    overscan: 4,
    getItemKey: (index) => {
      const item = items[index];
      return item ? (item.kind === "row" ? item.group.id : `section:${item.articleId}`) : index;
    },
    // jsdom and the first paint have no layout yet; assume a laptop-sized viewport.
    initialRect: { width: 1200, height: 900 },
  });

  const selectedIndex = props.selectedRowId
    ? items.findIndex((item) => item.kind === "row" && item.group.id === props.selectedRowId)
    : -1;
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    // Deep links and summary links bring their row into view; a clicked cell is in view already.
    if (selectedIndex < 0 || scrolledTo.current === props.selectedRowId) return;
    scrolledTo.current = props.selectedRowId;
    virtualizer.scrollToIndex(selectedIndex, { align: "auto" });
    const grid = scrollRef.current;
    const box = grid?.getBoundingClientRect();
    if (grid && box && (box.top < 0 || box.top > window.innerHeight * 0.6)) {
      grid.scrollIntoView?.({ block: "start" });
    }
  }, [selectedIndex, props.selectedRowId, virtualizer]);

  /** Focuses a cell (its button when it has one), scrolling its row into the DOM first. */
  const focusCell = (row: number, column: number, attempt = 0) => {
    const rowElement = scrollRef.current?.querySelector<HTMLElement>(
      `.grid-body-row[data-index="${row}"]`,
    );
    if (!rowElement) {
      if (attempt > 0) return;
      virtualizer.scrollToIndex(row, { align: "auto" });
      requestAnimationFrame(() => requestAnimationFrame(() => focusCell(row, column, 1)));
      return;
    }
    const cell = rowElement.querySelector<HTMLElement>(`[data-col="${column}"]`);
    const target =
      cell?.querySelector<HTMLElement>(".cell-button") ??
      cell ??
      rowElement.querySelector<HTMLElement>(".section-toggle");
    target?.focus({ preventScroll: false });
  };

  // Arrow keys move between cells like in a spreadsheet; Home/End go to the row's ends.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const rowElement = target.closest<HTMLElement>(".grid-body-row");
    const cell = target.closest<HTMLElement>("[data-col]");
    if (!rowElement || !cell) return;
    const row = Number(rowElement.dataset.index);
    const column = Number(cell.dataset.col);
    const last = visible.length - 1;
    const moves: Record<string, [number, number]> = {
      ArrowDown: [Math.min(row + 1, items.length - 1), column],
      ArrowUp: [Math.max(row - 1, 0), column],
      ArrowRight: [row, Math.min(column + 1, last)],
      ArrowLeft: [row, Math.max(column - 1, -1)],
      Home: [row, -1],
      End: [row, last],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    focusCell(move[0], move[1]);
  };

  const stickyLeft = (id: string): CSSProperties | undefined => {
    const at = pinned.indexOf(id);
    return at < 0 ? undefined : { left: `${HEAD_WIDTH + at * COLUMN_WIDTH}rem` };
  };

  return (
    <div
      className="grid-scroll"
      ref={scrollRef}
      style={style}
      id="grid"
      role="table"
      aria-label="Claims by outlet"
      onFocus={(event) => {
        // Reached from the "Skip to the comparison grid" link: go on to the first cell.
        if (event.target !== event.currentTarget || window.location.hash !== "#grid") return;
        window.history.replaceState(
          null,
          "",
          `${window.location.pathname}${window.location.search}`,
        );
        event.currentTarget.scrollTop = 0;
        focusCell(0, 0);
      }}
      aria-rowcount={items.length + 1}
      aria-colcount={visible.length + 1}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="grid-header" role="rowgroup">
        <div className="grid-row grid-header-row" role="row" aria-rowindex={1}>
          <div className="row-head grid-corner" role="columnheader">
            <span className="corner-title">Claim</span>
            <span className="corner-note">
              {groups.length} {groups.length === 1 ? "row" : "rows"}
            </span>
          </div>
          {visible.map((id, index) => {
            const article = articles.get(id);
            if (!article) return null;
            const isPinned = pinned.includes(id);
            const neighbourLeft = visible[index - 1];
            const neighbourRight = visible[index + 1];
            return (
              <div
                key={id}
                role="columnheader"
                className={`grid-column-head${isPinned ? " pinned" : ""}`}
                style={stickyLeft(id)}
              >
                <ColumnHeader
                  article={article}
                  label={labelOf(id)}
                  coverage={props.coverage?.find((c) => c.articleId === id)}
                  pinned={isPinned}
                  canMoveLeft={
                    neighbourLeft !== undefined && pinned.includes(neighbourLeft) === isPinned
                  }
                  canMoveRight={
                    neighbourRight !== undefined && pinned.includes(neighbourRight) === isPinned
                  }
                  onHide={() => columns.hide(id)}
                  onTogglePin={() => columns.togglePin(id)}
                  onMove={(direction) => columns.move(id, direction)}
                  storyId={props.storyId}
                  onStoryChanged={props.onStoryChanged}
                />
              </div>
            );
          })}
        </div>
      </div>
      <div
        className="grid-body"
        role="rowgroup"
        style={{ height: `${virtualizer.getTotalSize()}px` }}
      >
        {virtualizer.getVirtualItems().map((virtual) => {
          const item = items[virtual.index];
          if (!item) return null;
          if (item.kind === "section") {
            return (
              <SoloSectionRow
                key={virtual.key}
                ref={virtualizer.measureElement}
                index={virtual.index}
                start={virtual.start}
                label={labelOf(item.articleId)}
                count={item.count}
                expanded={item.expanded}
                forced={filtered}
                onToggle={() => toggleSection(item.articleId)}
              />
            );
          }
          const { group } = item;
          const rowSelected = group.id === props.selectedRowId;
          return (
            <div
              key={virtual.key}
              ref={virtualizer.measureElement}
              data-index={virtual.index}
              data-group-id={group.id}
              className={`grid-row grid-body-row relation-${group.relation}${rowSelected ? " row-selected" : ""}`}
              role="row"
              aria-rowindex={virtual.index + 2}
              style={{ transform: `translateY(${virtual.start}px)` }}
            >
              <ClaimRowHead
                group={group}
                position={props.positionOf(group.id)}
                articleCount={articles.size}
                labelOf={labelOf}
              />
              {visible.map((id) => (
                <StatementCell
                  key={id}
                  group={group}
                  articleId={id}
                  label={labelOf(id)}
                  pinned={pinned.includes(id)}
                  column={visible.indexOf(id)}
                  style={stickyLeft(id)}
                  selected={rowSelected && props.selectedArticleId === id}
                  onOpen={(articleId) => props.onOpenCell(group.id, articleId)}
                />
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
