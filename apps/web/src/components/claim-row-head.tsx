import type { ClaimGroup } from "@parallax/core/schemas";
import { useId, useState } from "react";
import { ConflictSummary } from "./conflict-summary.tsx";
import { LazyEvidenceList, Loading } from "./lazy-views.tsx";
import { RelationBadge } from "./relation-badge.tsx";

interface ClaimRowHeadProps {
  group: ClaimGroup;
  position: number;
  articleCount: number;
  labelOf: (articleId: string) => string;
}

/** A big story can pile dozens of conflicts on one row; the first few tell the story. */
const MAX_CONFLICTS = 2;

/** The row's relation, its conflicts named value by value, and the evidence on request. */
export function ClaimRowHead({ group, position, articleCount, labelOf }: ClaimRowHeadProps) {
  const [open, setOpen] = useState(false);
  const [showAllConflicts, setShowAllConflicts] = useState(false);
  const evidenceId = useId();
  const outlets = new Set(group.statements.map((s) => s.articleId)).size;
  return (
    <div className="row-head" role="rowheader" data-col={-1} tabIndex={-1}>
      <div className="row-head-top">
        <span className="row-number">#{position}</span>
        <RelationBadge group={group} />
      </div>
      <p className="row-coverage">
        {outlets} of {articleCount} {articleCount === 1 ? "article" : "articles"}
      </p>
      {(showAllConflicts ? group.conflicts : group.conflicts.slice(0, MAX_CONFLICTS)).map(
        (conflict) => (
          <ConflictSummary
            key={`${conflict.kind}:${conflict.subject}:${conflict.values.map((v) => v.text).join("|")}`}
            conflict={conflict}
            labelOf={labelOf}
          />
        ),
      )}
      {group.conflicts.length > MAX_CONFLICTS ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={showAllConflicts}
          onClick={() => setShowAllConflicts((value) => !value)}
        >
          {showAllConflicts
            ? "Show fewer conflicts"
            : `Show ${group.conflicts.length - MAX_CONFLICTS} more conflicts`}
        </button>
      ) : null}
      {group.evidence.length > 0 ? (
        <>
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={evidenceId}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? "Hide evidence" : "Why matched?"}
          </button>
          <div id={evidenceId} hidden={!open}>
            {open ? (
              <Loading quiet>
                <LazyEvidenceList evidence={group.evidence} score={group.score} />
              </Loading>
            ) : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
