import type { Conflict } from "@parallax/core/schemas";
import { conflictSides, namedOutlets } from "../model/conflict-sides.ts";

interface ConflictSummaryProps {
  conflict: Conflict;
  labelOf: (articleId: string) => string;
}

/** Values beyond these are counted; the cells show every outlet's wording anyway. */
const MAX_SIDES = 4;

/** Names every disagreeing value with its outlets: “$350 billion” (A) vs “$300 billion” (B, C). */
export function ConflictSummary({ conflict, labelOf }: ConflictSummaryProps) {
  const all = conflictSides(conflict);
  const shown = all.slice(0, MAX_SIDES);
  return (
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
    </p>
  );
}
