import { formatDay } from "../model/article-column.ts";
import type { ColumnHeaderProps } from "./column-header.tsx";
import { LazyArticleMoves, Loading } from "./lazy-views.tsx";

/** What the compact column head leaves out: the full headline, bylines, sources, actions. */
export function ColumnDetails(props: ColumnHeaderProps) {
  const { article, label, pinned } = props;
  const sources = article.sources ? [...new Set(article.sources.map((s) => s.name))] : null;
  return (
    <>
      <p className="column-headline-full">{article.headline ?? <em>No headline</em>}</p>
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
        <p className="column-translation">{article.translation.text}</p>
      ) : null}
      {sources && sources.length > 0 ? (
        <p className="column-sources">Sources: {sources.join(", ")}</p>
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
      {article.url ? (
        <p>
          <a href={article.url} target="_blank" rel="noreferrer noopener">
            Open the original article<span className="visually-hidden"> (new tab)</span>
          </a>
        </p>
      ) : null}
      <div className="column-controls">
        <button
          type="button"
          onClick={() => props.onMove(-1)}
          disabled={!props.canMoveLeft}
          aria-label={`Move ${label} left`}
        >
          <span aria-hidden="true">←</span>
        </button>
        <button
          type="button"
          onClick={() => props.onMove(1)}
          disabled={!props.canMoveRight}
          aria-label={`Move ${label} right`}
        >
          <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          onClick={props.onTogglePin}
          aria-pressed={pinned}
          aria-label={`${pinned ? "Unpin" : "Pin"} ${label}`}
        >
          {pinned ? "Unpin" : "Pin"}
        </button>
        <button type="button" onClick={props.onHide} aria-label={`Hide ${label}`}>
          Hide
        </button>
      </div>
      {props.storyId && props.onStoryChanged ? (
        <Loading quiet>
          <LazyArticleMoves
            storyId={props.storyId}
            articleId={article.id}
            label={label}
            onChanged={props.onStoryChanged}
          />
        </Loading>
      ) : null}
    </>
  );
}
