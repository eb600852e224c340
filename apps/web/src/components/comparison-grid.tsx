import type { ClaimGroup } from "@parallax/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { type CSSProperties, useEffect, useRef } from "react";
import type { ColumnControls } from "../hooks/use-column-layout.ts";
import type { ArticleColumn } from "../model/article-column.ts";
import { ClaimRowHead } from "./claim-row-head.tsx";
import { ColumnHeader } from "./column-header.tsx";
import { StatementCell } from "./statement-cell.tsx";

interface ComparisonGridProps {
  groups: readonly ClaimGroup[];
  /** All of the story's articles, keyed by id. */
  articles: ReadonlyMap<string, ArticleColumn>;
  columns: ColumnControls;
  labelOf: (articleId: string) => string;
  /** Position of each row in the whole story (1-based), kept when filters hide rows. */
  positionOf: (groupId: string) => number;
  selectedRowId: string | null;
  selectedArticleId: string | null;
  onOpenCell: (groupId: string, articleId: string) => void;
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

  const virtualizer = useVirtualizer({
    count: groups.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 160,
    overscan: 4,
    getItemKey: (index) => groups[index]?.id ?? index,
    // jsdom and the first paint have no layout yet; assume a laptop-sized viewport.
    initialRect: { width: 1200, height: 900 },
  });

  const selectedIndex = props.selectedRowId
    ? groups.findIndex((g) => g.id === props.selectedRowId)
    : -1;
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    // Deep links open on their row; later selections were made by clicking, already in view.
    if (selectedIndex < 0 || scrolledTo.current !== null) return;
    scrolledTo.current = props.selectedRowId;
    virtualizer.scrollToIndex(selectedIndex, { align: "start" });
  }, [selectedIndex, props.selectedRowId, virtualizer]);

  const stickyLeft = (id: string): CSSProperties | undefined => {
    const at = pinned.indexOf(id);
    return at < 0 ? undefined : { left: `${HEAD_WIDTH + at * COLUMN_WIDTH}rem` };
  };

  return (
    <div
      className="grid-scroll"
      ref={scrollRef}
      style={style}
      role="table"
      aria-label="Claims by outlet"
      aria-rowcount={groups.length + 1}
      aria-colcount={visible.length + 1}
      tabIndex={-1}
    >
      <div className="grid-header" role="rowgroup">
        <div className="grid-row grid-header-row" role="row" aria-rowindex={1}>
          <div className="row-head grid-corner" role="columnheader">
            <span className="corner-title">Claim</span>
            <span className="corner-note">{groups.length} rows</span>
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
        {virtualizer.getVirtualItems().map((item) => {
          const group = groups[item.index];
          if (!group) return null;
          const rowSelected = group.id === props.selectedRowId;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-group-id={group.id}
              className={`grid-row grid-body-row relation-${group.relation}${rowSelected ? " row-selected" : ""}`}
              role="row"
              aria-rowindex={item.index + 2}
              style={{ transform: `translateY(${item.start}px)` }}
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
