import type { Conflict } from "@parallax/core/schemas";
import { useId, useState } from "react";
import { conflictSides, namedOutlets } from "../model/conflict-sides.ts";
import { LazyEvidenceList, Loading } from "./lazy-views.tsx";

interface ConflictSummaryProps {
  conflict: Conflict;
  labelOf: (articleId: string) => string;
}

/** Values beyond these are counted; the cells show every outlet's wording anyway. */
const MAX_SIDES = 4;

/**
 * Names every disagreeing value with its outlets: “$350 billion” (A) vs “$300 billion” (B, C),
 * and on request why the values are taken to be about the same thing (the conflict's evidence).
 */
export function ConflictSummary({ conflict, labelOf }: ConflictSummaryProps) {
  const all = conflictSides(conflict);
  const shown = all.slice(0, MAX_SIDES);
  const [open, setOpen] = useState(false);
  const evidenceId = useId();
  const evidence = conflict.evidence ?? [];
  return (
    <>
      <p className="conflict">
        <span className="conflict-subject">{conflict.subject}:</span>{" "}
        {shown.map((side, index) => (
          <span key={side.text}>
            {index > 0 ? <span className="conflict-vs"> vs </span> : null}
            <q className="conflict-value">{side.text}</q>{" "}
            <span className="conflict-outlet">({namedOutlets(side.articleIds.map(labelOf))})</span>
          </span>
        ))}
        {all.length > shown.length ? (
          <span className="conflict-more"> and {all.length - shown.length} other values</span>
        ) : null}
        {evidence.length > 0 ? (
          <>
            {" "}
            <button
              type="button"
              className="link-button"
              aria-expanded={open}
              aria-controls={evidenceId}
              aria-label={`Why a conflict? ${conflict.subject}`}
              onClick={() => setOpen((value) => !value)}
            >
              Why a conflict?
            </button>
          </>
        ) : null}
      </p>
      {evidence.length > 0 ? (
        <div id={evidenceId} className="conflict-evidence" hidden={!open}>
          {open ? (
            <Loading quiet>
              <LazyEvidenceList evidence={evidence} />
            </Loading>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
