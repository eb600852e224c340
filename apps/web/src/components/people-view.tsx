import { titleLabel } from "@parallax/core/browser-safe";
import type { StoryEntity } from "@parallax/core/schemas";
import type { StoryData } from "../model/story-data.ts";
import { ScrollRegion } from "./scroll-region.tsx";
import { StatusMessage } from "./status-message.tsx";

/** "U.S. President" and "US president" are the same title written two ways. */
function titleKey(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

interface OutletView {
  articleId: string;
  titles: string[];
  /** `via`: the report the words are passed on through ("the Herald"), null when first-hand. */
  quotes: { id: string; text: string; direct: boolean; via: string | null }[];
}

function outletViews(data: StoryData, entity: StoryEntity): OutletView[] {
  return data.columns
    .map((column) => {
      const members = entity.members.filter((m) => m.articleId === column.id);
      const titles = [
        ...new Set(
          entity.titles.filter((t) => t.articleId === column.id).map((t) => titleLabel(t)),
        ),
      ];
      const detail = data.details.get(column.id);
      const quotes =
        detail && !(detail instanceof Error)
          ? detail.extraction.quotes
              .filter((q) => members.some((m) => m.entityId === q.speakerId))
              .map((q) => ({ id: q.id, text: q.text, direct: q.direct, via: q.via?.text ?? null }))
          : [];
      return { articleId: column.id, titles, quotes, mentioned: members.length > 0 };
    })
    .filter((view) => view.mentioned);
}

/** Every person and organisation, the titles each outlet gives them and what they are quoted as saying. */
export function PeopleView({
  data,
  onShowRows,
}: {
  data: StoryData;
  onShowRows: (personId: string) => void;
}) {
  const entities = data.comparison.entities
    .filter((e) => e.kind !== "place")
    .sort((a, b) => b.members.length - a.members.length || a.name.localeCompare(b.name));
  if (entities.length === 0) {
    return <StatusMessage kind="empty" title="No people or organisations found in this story" />;
  }
  const titleConflicts = data.comparison.groups.flatMap((g) =>
    g.conflicts.filter((c) => c.kind === "title"),
  );
  const detailsLoading = data.columns.some((c) => !data.details.has(c.id));
  return (
    <div className="people">
      {detailsLoading ? <StatusMessage kind="loading" title="Loading quotes…" /> : null}
      {entities.map((entity) => {
        const views = outletViews(data, entity);
        const distinct = new Set(views.flatMap((v) => v.titles.map(titleKey)));
        const conflict = titleConflicts.find((c) =>
          c.subject.toLowerCase().includes(entity.name.toLowerCase()),
        );
        const differ = distinct.size > 1;
        // The title most outlets use is the baseline; the others are what to look at.
        const counts = new Map<string, number>();
        for (const view of views) {
          for (const key of new Set(view.titles.map(titleKey)))
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        const top = Math.max(0, ...counts.values());
        const majority = [...counts].filter(([, n]) => n === top).map(([key]) => key);
        const isOdd = (title: string) =>
          differ && (majority.length > 1 || !majority.includes(titleKey(title)));
        return (
          <section
            key={entity.id}
            className={`person${conflict ? " person-conflict" : differ ? " person-differ" : ""}`}
            aria-labelledby={`person-${entity.id}`}
          >
            <header className="person-head">
              <h2 id={`person-${entity.id}`}>{entity.name}</h2>
              <button type="button" className="link-button" onClick={() => onShowRows(entity.id)}>
                Rows mentioning {entity.name}
              </button>
              <span className="kind">{entity.kind === "person" ? "person" : "organisation"}</span>
              {conflict ? (
                <span className="badge badge-conflict">
                  <span className="badge-icon" aria-hidden="true">
                    ≠
                  </span>
                  Title conflict
                </span>
              ) : differ ? (
                <span className="badge badge-partial">
                  <span className="badge-icon" aria-hidden="true">
                    ≈
                  </span>
                  Titles differ
                </span>
              ) : null}
            </header>
            <ScrollRegion label={`Titles and quotes of ${entity.name}`}>
              <table className="person-table">
                <thead>
                  <tr>
                    <th scope="col">Outlet</th>
                    <th scope="col">Title used</th>
                    <th scope="col">Quotes attributed</th>
                  </tr>
                </thead>
                <tbody>
                  {views.map((view) => (
                    <tr key={view.articleId}>
                      <th scope="row">{data.labelOf(view.articleId)}</th>
                      <td>
                        {view.titles.length === 0 ? (
                          <span className="muted">No title given</span>
                        ) : (
                          view.titles.map((title) => (
                            <span
                              key={title}
                              className={`title-chip${isOdd(title) ? " title-chip-differ" : ""}`}
                            >
                              {title}
                              {isOdd(title) && differ ? (
                                <span className="visually-hidden">
                                  {" "}
                                  (differs from other outlets)
                                </span>
                              ) : null}
                            </span>
                          ))
                        )}
                      </td>
                      <td>
                        {view.quotes.length === 0 ? (
                          <span className="muted">None</span>
                        ) : (
                          <ul className="quote-list">
                            {view.quotes.map((quote) => (
                              <li key={quote.id}>
                                {quote.direct ? (
                                  <q>{quote.text}</q>
                                ) : (
                                  <span>
                                    {quote.text} <em className="muted">(paraphrase)</em>
                                  </span>
                                )}
                                {quote.via ? (
                                  <em className="muted"> according to {quote.via}</em>
                                ) : null}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
        );
      })}
    </div>
  );
}
