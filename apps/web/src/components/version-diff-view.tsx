import type { ReactNode } from "react";
import { errorSentence } from "../api-error-sentences.ts";
import { useApi } from "../hooks/use-api.ts";
import { useResource } from "../hooks/use-resource.ts";
import { changedGroups, changeSummary } from "../model/version-changes.ts";
import { StatusMessage } from "./status-message.tsx";

interface VersionDiffViewProps {
  /** Any version's id of the article. */
  articleId: string;
  from: number;
  to: number;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="version-section">
      <h4>{title}</h4>
      {children}
    </div>
  );
}

function TextList({ items, mark }: { items: readonly string[]; mark: "added" | "removed" }) {
  return (
    <ul className={`version-list version-${mark}`}>
      {items.map((text) => (
        <li key={text}>
          <span className="version-mark" aria-hidden="true">
            {mark === "added" ? "+" : "−"}
          </span>{" "}
          {mark === "added" ? <ins>{text}</ins> : <del>{text}</del>}
        </li>
      ))}
    </ul>
  );
}

/** Was → now, each side marked for screen readers as well as by colour. */
function BeforeAfter({ before, after }: { before: string | null; after: string | null }) {
  return (
    <>
      <del className="version-before">{before ?? "(not stated)"}</del>{" "}
      <span aria-hidden="true">→</span>
      <span className="visually-hidden"> became </span>{" "}
      <ins className="version-after">{after ?? "(not stated)"}</ins>
    </>
  );
}

/** What changed between two versions of an article, claim by claim (the aligner's diff). */
export function VersionDiffView({ articleId, from, to }: VersionDiffViewProps) {
  const api = useApi();
  const diff = useResource(`version-diff:${articleId}:${from}:${to}`, (signal) =>
    api.getVersionDiff(articleId, { from, to }, signal),
  );
  if (diff.error) {
    return (
      <StatusMessage
        kind="error"
        title="Could not compare the versions"
        detail={errorSentence(diff.error)}
        onRetry={diff.reload}
      />
    );
  }
  if (!diff.data) return <StatusMessage kind="loading" title="Comparing the versions…" />;
  const d = diff.data;
  const when = (iso: string) => new Date(iso).toLocaleString();
  return (
    <div className="version-diff">
      <p className="version-summary">
        Version {d.from.version} (fetched {when(d.from.fetchedAt)}) → version {d.to.version}{" "}
        (fetched {when(d.to.fetchedAt)}): <strong>{changeSummary(d)}</strong>.
      </p>
      {d.headline ? (
        <Section title="Headline changed">
          <p>
            <BeforeAfter before={d.headline.before} after={d.headline.after} />
          </p>
        </Section>
      ) : null}
      {d.corrections.length > 0 ? (
        <Section title="Corrections and editor's notes added">
          <TextList items={d.corrections} mark="added" />
        </Section>
      ) : null}
      {changedGroups(d).map((group) => (
        <Section key={group.kind} title={group.title}>
          <ul className="version-list">
            {group.changes.map((change) => (
              <li key={`${change.subject}:${change.before}:${change.after}`}>
                <span className="conflict-subject">{change.subject}:</span>{" "}
                <BeforeAfter before={change.before} after={change.after} />
              </li>
            ))}
          </ul>
        </Section>
      ))}
      {(
        [
          ["Quotes added", d.quotes.added, "added"],
          ["Quotes removed", d.quotes.removed, "removed"],
          ["Claims added", d.claims.added, "added"],
          ["Claims removed", d.claims.removed, "removed"],
        ] as const
      )
        .filter(([, items]) => items.length > 0)
        .map(([title, items, mark]) => (
          <Section key={title} title={title}>
            <TextList items={items} mark={mark} />
          </Section>
        ))}
    </div>
  );
}
