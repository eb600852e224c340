import type { ClaimGroup } from "@parallax/core";
import { useId, useState } from "react";
import { ConflictSummary } from "./conflict-summary.tsx";
import { EvidenceList } from "./evidence-list.tsx";
import { RelationBadge } from "./relation-badge.tsx";

interface ClaimRowHeadProps {
  group: ClaimGroup;
  position: number;
  articleCount: number;
  labelOf: (articleId: string) => string;
}

/** The row's relation, its conflicts named value by value, and the evidence on request. */
export function ClaimRowHead({ group, position, articleCount, labelOf }: ClaimRowHeadProps) {
  const [open, setOpen] = useState(false);
  const evidenceId = useId();
  const outlets = new Set(group.statements.map((s) => s.articleId)).size;
  return (
    <div className="row-head" role="rowheader">
      <div className="row-head-top">
        <span className="row-number">#{position}</span>
        <RelationBadge group={group} />
      </div>
      <p className="row-coverage">
        {outlets} of {articleCount} {articleCount === 1 ? "article" : "articles"}
      </p>
      {group.conflicts.map((conflict) => (
        <ConflictSummary
          key={`${conflict.kind}:${conflict.subject}`}
          conflict={conflict}
          labelOf={labelOf}
        />
      ))}
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
            {open ? <EvidenceList evidence={group.evidence} score={group.score} /> : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
