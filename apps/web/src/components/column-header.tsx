import type { Coverage } from "@parallax/core/schemas";
import { useEffect, useId, useRef, useState } from "react";
import type { ArticleColumn } from "../model/article-column.ts";
import { formatDay } from "../model/article-column.ts";
import { LazyColumnDetails, Loading } from "./lazy-views.tsx";

export interface ColumnHeaderProps {
  article: ArticleColumn;
  label: string;
  /** How much of the story this article reports; absent until compared. */
  coverage?: Coverage | undefined;
  pinned: boolean;
  canMoveLeft: boolean;
  canMoveRight: boolean;
  onHide: () => void;
  onTogglePin: () => void;
  onMove: (direction: -1 | 1) => void;
  /** Present where the article can be taken out of its story or moved to another. */
  storyId?: string | undefined;
  onStoryChanged?: (() => void) | undefined;
}

const TRANSLATION: Record<NonNullable<ArticleColumn["translation"]>["method"], string> = {
  machine: "Machine-translated",
  assisted: "Translated with AI help",
  human: "Translated",
};

/**
 * A compact column head — outlet, date and badges on one line, the headline on the next — with
 * the details (bylines, sources, coverage) and the column and article actions on demand.
 */
export function ColumnHeader(props: ColumnHeaderProps) {
  const { article, label } = props;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  // A label already carries the date when the outlet has several articles in the story.
  const dated = label !== article.outlet.name;

  useEffect(() => {
    if (!open) return;
    // Escape or a click elsewhere closes the details, as any disclosure menu does.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      setOpen(false);
      rootRef.current?.querySelector<HTMLElement>(".column-more")?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <div className="column-header" ref={rootRef}>
      <div className="column-title-row">
        <h3 className="column-outlet" title={label}>
          {article.outlet.name}
          {/* The date the label adds is shown on the next line. */}
          {dated ? (
            <span className="visually-hidden">{label.slice(article.outlet.name.length)}</span>
          ) : null}
        </h3>
        <button
          type="button"
          className="column-more"
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={`Details and actions: ${label}`}
          onClick={() => setOpen((value) => !value)}
        >
          <span aria-hidden="true">⋯</span>
        </button>
      </div>
      <p className="column-meta">
        {article.publishedAt ? (
          <time dateTime={article.publishedAt}>{formatDay(article.publishedAt)}</time>
        ) : (
          <span>Date unknown</span>
        )}
        {props.coverage ? (
          <span className="column-coverage">
            {Math.round(props.coverage.share * 100)}% of claims
          </span>
        ) : null}
        {article.kind && article.kind !== "news" ? (
          <span className={`kind kind-${article.kind}`}>{article.kind}</span>
        ) : null}
        {article.translation ? (
          <span className="kind kind-translated" title={TRANSLATION[article.translation.method]}>
            <span aria-hidden="true">⇄ </span>
            {article.translation.method === "human"
              ? "Translated"
              : TRANSLATION[article.translation.method]}
          </span>
        ) : null}
      </p>
      <p className="column-headline" title={article.headline ?? undefined}>
        {article.headline ?? <em>No headline</em>}
      </p>
      <div className="column-details" id={panelId} hidden={!open}>
        {open ? (
          <Loading quiet>
            <LazyColumnDetails {...props} />
          </Loading>
        ) : null}
      </div>
    </div>
  );
}
