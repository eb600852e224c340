import type { Evidence } from "@parallax/core/schemas";

const KIND_LABELS: Record<Evidence["kind"], string> = {
  entity: "Same person or organisation",
  figure: "Same figure",
  date: "Same date",
  speaker: "Same speaker",
  occasion: "Same occasion",
  lexical: "Shared words",
  quote: "Same quote",
};

/**
 * Why the aligner put these statements in one row (with the match score), or why it took two
 * values to be about the same thing (a conflict's evidence, no score): strongest reason first.
 */
export function EvidenceList({
  evidence,
  score,
}: {
  evidence: readonly Evidence[];
  score?: number;
}) {
  if (evidence.length === 0) {
    return <p className="evidence-empty">Only one outlet reports this; nothing to match.</p>;
  }
  const sorted = [...evidence].sort((a, b) => b.weight - a.weight);
  return (
    <div className="evidence">
      {score === undefined ? null : (
        <p className="evidence-score">Match score {Math.round(score * 100)}%</p>
      )}
      <ul>
        {sorted.map((item) => (
          <li key={`${item.kind}:${item.label}`}>
            <span className="evidence-kind">{KIND_LABELS[item.kind]}:</span> {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
