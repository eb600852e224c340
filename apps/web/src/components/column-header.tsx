import type { Coverage } from "@parallax/core/schemas";
import type { ArticleColumn } from "../model/article-column.ts";
import { formatDay } from "../model/article-column.ts";

interface ColumnHeaderProps {
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
}

const TRANSLATION: Record<NonNullable<ArticleColumn["translation"]>["method"], string> = {
  machine: "Machine-translated",
  assisted: "Translated with AI help",
  human: "Translated",
};

/** Who wrote the column's article, when, what kind of piece it is and what it relies on. */
export function ColumnHeader(props: ColumnHeaderProps) {
  const { article, label, pinned } = props;
  const sources = article.sources ? [...new Set(article.sources.map((s) => s.name))] : null;
  return (
    <div className="column-header">
      <div className="column-title-row">
        <h3 className="column-outlet">{label}</h3>
        {article.kind && article.kind !== "news" ? (
          <span className={`kind kind-${article.kind}`}>{article.kind}</span>
        ) : null}
      </div>
      <p className="column-headline" title={article.headline ?? undefined}>
        {article.headline ?? <em>No headline</em>}
      </p>
      <p className="column-meta">
        {article.publishedAt ? (
          <time dateTime={article.publishedAt}>{formatDay(article.publishedAt)}</time>
        ) : (
          <span>Date unknown</span>
        )}
        {article.bylines && article.bylines.length > 0 ? (
          <span> · By {article.bylines.join(", ")}</span>
        ) : null}
      </p>
      {article.translation ? (
        <p className="column-translation" title={article.translation.text}>
          <span aria-hidden="true">⇄ </span>
          {TRANSLATION[article.translation.method]}
        </p>
      ) : null}
      {sources && sources.length > 0 ? (
        <p className="column-sources" title={sources.join(", ")}>
          Sources: {sources.join(", ")}
        </p>
      ) : null}
      {props.coverage ? (
        <p className="column-coverage">
          Reports {Math.round(props.coverage.share * 100)}% of claims
          {props.coverage.uniqueGroupIds.length > 0
            ? ` · ${props.coverage.uniqueGroupIds.length} only here`
            : ""}
          {props.coverage.conflictGroupIds.length > 0
            ? ` · ${props.coverage.conflictGroupIds.length} in conflict`
            : ""}
        </p>
      ) : null}
      <div className="column-controls">
        <button
          type="button"
          onClick={() => props.onMove(-1)}
          disabled={!props.canMoveLeft}
          aria-label={`Move ${label} left`}
          title="Move left"
        >
          <span aria-hidden="true">←</span>
        </button>
        <button
          type="button"
          onClick={() => props.onMove(1)}
          disabled={!props.canMoveRight}
          aria-label={`Move ${label} right`}
          title="Move right"
        >
          <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          onClick={props.onTogglePin}
          aria-pressed={pinned}
          aria-label={`${pinned ? "Unpin" : "Pin"} ${label}`}
          title={pinned ? "Unpin" : "Pin to the left"}
        >
          {pinned ? "Unpin" : "Pin"}
        </button>
        <button type="button" onClick={props.onHide} aria-label={`Hide ${label}`} title="Hide">
          Hide
        </button>
      </div>
    </div>
  );
}
