import { useEffect, useRef, useState } from "react";
import type { ArticleCreated } from "./api-client.ts";
import { ErrorBoundary } from "./components/error-boundary.tsx";
import {
  LazyAddArticleForm,
  LazyFeedsPage,
  LazyStoryList,
  Loading,
} from "./components/lazy-views.tsx";
import { StoryPage } from "./components/story-page.tsx";
import { useAppLocation } from "./hooks/use-app-location.ts";
import { HOME } from "./model/app-location.ts";

const GROUPING: Record<ArticleCreated["grouping"]["decision"], string> = {
  explicit: "added to the story you chose",
  joined: "grouped with this story",
  new: "started a new story",
};

export function App() {
  const [location, navigate] = useAppLocation();
  const [notice, setNotice] = useState<string | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  // The Feeds page lives at ?view=feeds, outside the story location model.
  const feedsView =
    typeof window !== "undefined" &&
    new URLSearchParams(window.location.search).get("view") === "feeds";
  const view = feedsView ? "feeds" : location.adding ? "add" : (location.storyId ?? "home");

  const firstView = useRef(true);
  useEffect(() => {
    // A new page's heading takes focus so keyboard and screen reader users start at the top. On
    // the first load the browser starts there anyway, and the skip links come first.
    if (firstView.current) firstView.current = false;
    else mainRef.current?.querySelector<HTMLElement>("h1")?.focus({ preventScroll: true });
    document.title = view === "add" ? "Add an article · Parallax" : "Parallax";
  }, [view]);

  const onAdded = (result: ArticleCreated) => {
    const storyId = result.storyId ?? result.grouping.storyId;
    setNotice(`${result.article.outlet.name}: article ${GROUPING[result.grouping.decision]}.`);
    navigate({
      adding: false,
      storyId,
      tab: "compare",
      rowId: null,
      articleId: null,
      filters: [],
      personId: null,
      query: "",
    });
  };

  const onGrid = !location.adding && location.storyId !== null && location.tab === "compare";
  return (
    <>
      {onGrid ? (
        // The grid hands the focus on to its first cell (see ComparisonGrid).
        <a className="skip-link" href="#grid">
          Skip to the comparison grid
        </a>
      ) : null}
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a
          className="brand"
          href="?"
          onClick={(event) => {
            event.preventDefault();
            navigate(HOME);
          }}
        >
          <span className="brand-mark" aria-hidden="true">
            ∥
          </span>
          Parallax
        </a>
        <span className="tagline">How different outlets report the same event</span>
        <a className="header-link" href="?view=feeds">
          Feeds
        </a>
      </header>
      <main id="main" ref={mainRef} className="app-main">
        <ErrorBoundary key={view}>
          {feedsView ? (
            <Loading>
              <LazyFeedsPage />
            </Loading>
          ) : location.adding ? (
            <section className="add-page" aria-labelledby="add-heading">
              <h1 id="add-heading" tabIndex={-1}>
                Add an article
              </h1>
              <Loading>
                <LazyAddArticleForm
                  defaultStoryId={location.storyId}
                  onAdded={onAdded}
                  onCancel={() => navigate({ adding: false })}
                />
              </Loading>
            </section>
          ) : location.storyId ? (
            <StoryPage
              key={location.storyId}
              location={{ ...location, storyId: location.storyId }}
              navigate={navigate}
              notice={notice}
            />
          ) : (
            <Loading>
              <LazyStoryList
                onOpen={(storyId) => navigate({ storyId })}
                onAdd={() => navigate({ adding: true })}
              />
            </Loading>
          )}
        </ErrorBoundary>
      </main>
    </>
  );
}
