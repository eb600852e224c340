import { attributionLabel } from "@parallax/core/browser-safe";
import type { ClaimGroup } from "@parallax/core/schemas";
import type { CSSProperties } from "react";
import { readableDiff } from "../model/readable-diff.ts";
import { DiffText } from "./diff-text.tsx";

interface StatementCellProps {
  group: ClaimGroup;
  articleId: string;
  label: string;
  selected: boolean;
  pinned?: boolean;
  /** Position among the visible columns, for arrow-key moves. */
  column?: number;
  style?: CSSProperties | undefined;
  onOpen: (articleId: string) => void;
}

/** One outlet's wording of one row, or a plain statement that it does not report it. */
export function StatementCell(props: StatementCellProps) {
  const { group, articleId, label, selected, onOpen } = props;
  const pinnedClass = props.pinned ? " pinned" : "";
  const statements = group.statements.filter((s) => s.articleId === articleId);
  if (statements.length === 0) {
    return (
      <div
        className={`cell cell-empty${pinnedClass}`}
        role="cell"
        style={props.style}
        data-col={props.column}
        // Reachable by the grid's arrow keys (not by Tab): an empty cell is worth landing on.
        tabIndex={-1}
      >
        <span className="cell-outlet">{label}</span>
        <span className="cell-missing">Not reported by {label}</span>
      </div>
    );
  }
  const diff = group.diffs.find((d) => d.articleId === articleId);
  // This outlet's side of each conflict, stressed where it appears in its wording.
  const emphasis = group.conflicts.flatMap((c) =>
    c.values.filter((v) => v.articleId === articleId).map((v) => v.text),
  );
  // Who each quoted statement of this outlet is credited to, once per distinct speaker.
  const speakers = [...new Set(statements.flatMap((s) => attributionLabel(s.attribution) ?? []))];
  // The reference is named only where a diff against it is shown.
  const isReference =
    !diff &&
    group.diffs.some((d) => d.againstArticleId === articleId && readableDiff(d) !== null) &&
    statements.length > 0;
  return (
    <div
      className={`cell${selected ? " cell-selected" : ""}${pinnedClass}`}
      role="cell"
      style={props.style}
      data-col={props.column}
    >
      <span className="cell-outlet">{label}</span>
      <button
        type="button"
        className="cell-button"
        aria-pressed={selected}
        aria-label={`${label}: ${statements.map((s) => s.text).join(" ")}. Open in article`}
        onClick={() => onOpen(articleId)}
      >
        {statements.map((statement, index) => (
          <span className="cell-statement" key={statement.claimId}>
            <DiffText
              text={statement.text}
              diff={index === 0 ? diff : undefined}
              emphasis={emphasis}
            />
          </span>
        ))}
      </button>
      {speakers.length > 0 ? (
        <span className="cell-speaker">{capitalised(speakers.join("; "))}</span>
      ) : null}
      {isReference ? <span className="cell-reference">Reference wording</span> : null}
    </div>
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
