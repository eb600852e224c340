import type { Article, Extraction, Span } from "@parallax/core/schemas";
import { useEffect, useRef } from "react";
import { formatDay } from "../model/article-column.ts";
import { highlightSegments } from "../model/highlight-segments.ts";
import { StatusMessage } from "./status-message.tsx";

interface ArticlePanelProps {
  label: string;
  detail: { article: Article; extraction: Extraction | null } | null;
  error: Error | null;
  highlights: readonly Span[];
  onClose: () => void;
}

/** The full article beside the grid, the selected statement marked and scrolled into view. */
export function ArticlePanel({ label, detail, error, highlights, onClose }: ArticlePanelProps) {
  const markRef = useRef<HTMLElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const firstHighlight = highlights[0]?.start;
  useEffect(() => {
    if (firstHighlight === undefined || !detail) return;
    markRef.current?.scrollIntoView?.({ block: "center" });
  }, [firstHighlight, detail]);
  useEffect(() => {
    closeRef.current?.focus({ preventScroll: true });
  }, []);

  const article = detail?.article;
  // Headings step down one level at a time: below the headline when there is one.
  const Subheading = article?.headline ? "h4" : "h3";
  let firstMarkTaken = false;
  return (
    // A region, not an aside: the panel sits inside the page's main landmark, where a
    // complementary landmark may not (axe: landmark-complementary-is-top-level).
    <section className="article-panel" aria-label={`Article: ${label}`}>
      <div className="panel-bar">
        <h2 className="panel-title">{label}</h2>
        <button
          type="button"
          ref={closeRef}
          onClick={onClose}
          className="button-quiet"
          aria-label="Close article"
        >
          Close
        </button>
      </div>
      {error ? (
        <StatusMessage kind="error" title="Could not load the article" detail={error.message} />
      ) : null}
      {!article && !error ? <StatusMessage kind="loading" title="Loading the article…" /> : null}
      {article ? (
        <article className="panel-article">
          {article.headline ? <h3 className="panel-headline">{article.headline}</h3> : null}
          {article.dek ? <p className="panel-dek">{article.dek}</p> : null}
          <p className="panel-meta">
            {article.publishedAt ? formatDay(article.publishedAt.value) : "Date unknown"}
            {article.bylines.length > 0 ? ` · By ${article.bylines.join(", ")}` : ""}
            {article.url ? (
              <>
                {" · "}
                <a href={article.url} rel="noreferrer noopener" target="_blank">
                  Original
                </a>
              </>
            ) : null}
          </p>
          {article.translation ? (
            <p className="panel-translation">{article.translation.text}</p>
          ) : null}
          {article.paragraphs.map((paragraph) => {
            const segments = highlightSegments(
              article.body,
              paragraph.start,
              paragraph.end,
              highlights,
            );
            const content = segments.map((segment) => {
              if (!segment.marked) return <span key={segment.start}>{segment.text}</span>;
              const isFirst = !firstMarkTaken;
              firstMarkTaken = true;
              return (
                <mark
                  key={segment.start}
                  ref={isFirst ? markRef : undefined}
                  className="panel-mark"
                >
                  {segment.text}
                </mark>
              );
            });
            return paragraph.kind === "subheading" ? (
              <Subheading key={paragraph.start}>{content}</Subheading>
            ) : (
              <p key={paragraph.start}>{content}</p>
            );
          })}
          {article.captions.length > 0 ? (
            <section className="panel-captions" aria-label="Photo captions">
              <Subheading>Captions</Subheading>
              {article.captions.map((caption) => (
                <p key={caption.text}>
                  {caption.text}
                  {caption.credit ? ` [${caption.credit}]` : ""}
                </p>
              ))}
            </section>
          ) : null}
          {article.embeds.length > 0 ? (
            <section className="panel-embeds" aria-label="Embedded posts">
              <Subheading>Embedded posts</Subheading>
              {article.embeds.map((embed) => (
                <blockquote key={embed.text}>
                  {embed.text}
                  <footer>
                    {[embed.author, embed.handle, embed.date].filter(Boolean).join(" · ")}
                  </footer>
                </blockquote>
              ))}
            </section>
          ) : null}
        </article>
      ) : null}
    </section>
  );
}
