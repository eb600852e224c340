import { lazy, type ReactNode, Suspense } from "react";
import { StatusMessage } from "./status-message.tsx";

// Views a reader opens after the grid load on demand, so the first download holds only what the
// comparison needs (the main bundle stays under 90 KB gzipped).
export const LazyAddArticleForm = lazy(() =>
  import("./add-article-form.tsx").then((m) => ({ default: m.AddArticleForm })),
);
export const LazyHappeningsView = lazy(() =>
  import("./happenings-view.tsx").then((m) => ({ default: m.HappeningsView })),
);
export const LazyPeopleView = lazy(() =>
  import("./people-view.tsx").then((m) => ({ default: m.PeopleView })),
);
export const LazyFiguresTable = lazy(() =>
  import("./figures-table.tsx").then((m) => ({ default: m.FiguresTable })),
);
export const LazyTimelineView = lazy(() =>
  import("./timeline-view.tsx").then((m) => ({ default: m.TimelineView })),
);
export const LazyArticlePanel = lazy(() =>
  import("./article-panel.tsx").then((m) => ({ default: m.ArticlePanel })),
);

export const LazyStoryList = lazy(() =>
  import("./story-list.tsx").then((m) => ({ default: m.StoryList })),
);
export const LazyStoryActions = lazy(() =>
  import("./story-actions.tsx").then((m) => ({ default: m.StoryActions })),
);
export const LazyArticleMoves = lazy(() =>
  import("./article-moves.tsx").then((m) => ({ default: m.ArticleMoves })),
);
// The error sentences stay out of the first download; when even this chunk cannot load, the
// server is out of reach, and that is what the reader is told.
export const LazyStoryLoadError = lazy(() =>
  import("./story-load-error.tsx").then(
    (m) => ({ default: m.StoryLoadError }),
    () => ({
      default: ({ onRetry }: { error: Error; onRetry: () => void }) => (
        <StatusMessage
          kind="error"
          title="Could not load this story"
          detail="The server could not be reached. Check your connection and try again."
          onRetry={onRetry}
        />
      ),
    }),
  ),
);
export const LazyEvidenceList = lazy(() =>
  import("./evidence-list.tsx").then((m) => ({ default: m.EvidenceList })),
);
export const LazyArticleChanges = lazy(() =>
  import("./article-changes.tsx").then((m) => ({ default: m.ArticleChanges })),
);
export const LazyFeedsPage = lazy(() =>
  import("./feeds-page.tsx").then((m) => ({ default: m.FeedsPage })),
);

export const LazyColumnDetails = lazy(() =>
  import("./column-details.tsx").then((m) => ({ default: m.ColumnDetails })),
);

/** Waits for a lazy view; `quiet` shows nothing meanwhile (for small controls). */
export function Loading({ children, quiet = false }: { children: ReactNode; quiet?: boolean }) {
  return (
    <Suspense fallback={quiet ? null : <StatusMessage kind="loading" title="Loading…" />}>
      {children}
    </Suspense>
  );
}
