import type { Conflict } from "@parallax/core/schemas";

interface ConflictSummaryProps {
  conflict: Conflict;
  labelOf: (articleId: string) => string;
}

/** Values written the same way are one side of the disagreement, whoever wrote them. */
function sides(conflict: Conflict): { text: string; articleIds: string[] }[] {
  const byText = new Map<string, { text: string; articleIds: string[] }>();
  for (const value of conflict.values) {
    const key = value.text.trim().toLowerCase();
    const side = byText.get(key);
    if (side) {
      if (!side.articleIds.includes(value.articleId)) side.articleIds.push(value.articleId);
    } else byText.set(key, { text: value.text, articleIds: [value.articleId] });
  }
  return [...byText.values()];
}

const DATED_LABEL = /^(.*), (\d{1,2} \w{3}) \d{4}$/;

/**
 * "Korea JoongAng Daily (28 Oct, 22 Oct)" rather than the outlet's name once per article: the
 * labels of one outlet's articles differ only by date.
 */
export function joinLabels(labels: readonly string[]): string {
  const byOutlet = new Map<string, string[]>();
  for (const label of labels) {
    const match = DATED_LABEL.exec(label);
    const outlet = match?.[1] ?? label;
    const dates = byOutlet.get(outlet) ?? [];
    if (match?.[2]) dates.push(match[2]);
    byOutlet.set(outlet, dates);
  }
  return [...byOutlet]
    .map(([outlet, dates]) => (dates.length > 0 ? `${outlet}, ${dates.join(", ")}` : outlet))
    .join("; ");
}

/** Past a few outlets a list stops being read; the rest are counted (all are in the cells). */
const MAX_NAMED = 3;
/** Values beyond these are counted; the cells show every outlet's wording anyway. */
const MAX_SIDES = 4;

function namedOutlets(labels: readonly string[]): string {
  if (labels.length <= MAX_NAMED) return joinLabels(labels);
  return `${joinLabels(labels.slice(0, MAX_NAMED))} and ${labels.length - MAX_NAMED} more`;
}

/** Names every disagreeing value with its outlets: “$350 billion” (A) vs “$300 billion” (B, C). */
export function ConflictSummary({ conflict, labelOf }: ConflictSummaryProps) {
  const all = sides(conflict);
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
