import type { Conflict } from "@parallax/core";

interface ConflictSummaryProps {
  conflict: Conflict;
  labelOf: (articleId: string) => string;
}

/** Names every disagreeing value with its outlet: “$350 billion” (A) vs “$300 billion” (B). */
export function ConflictSummary({ conflict, labelOf }: ConflictSummaryProps) {
  return (
    <p className="conflict">
      <span className="conflict-subject">{conflict.subject}:</span>{" "}
      {conflict.values.map((value, index) => (
        <span key={`${value.articleId}:${value.text}`}>
          {index > 0 ? <span className="conflict-vs"> vs </span> : null}
          <q className="conflict-value">{value.text}</q>{" "}
          <span className="conflict-outlet">({labelOf(value.articleId)})</span>
        </span>
      ))}
    </p>
  );
}
