import type { Conflict } from "@parallax/core/schemas";

export interface ConflictSide {
  text: string;
  articleIds: string[];
}

/** Values written the same way are one side of the disagreement, whoever wrote them. */
export function conflictSides(conflict: Pick<Conflict, "values">): ConflictSide[] {
  const byText = new Map<string, ConflictSide>();
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
 * "Korea JoongAng Daily, 28 Oct, 22 Oct" rather than the outlet's name once per article: the
 * labels of one outlet's articles differ only by date.
 */
export function joinLabels(labels: readonly string[]): string {
  const byOutlet = new Map<string, string[]>();
  for (const label of labels) {
    const match = DATED_LABEL.exec(label);
    const outlet = match?.[1] ?? label;
    const dates = byOutlet.get(outlet) ?? [];
    if (match?.[2] && !dates.includes(match[2])) dates.push(match[2]);
    byOutlet.set(outlet, dates);
  }
  return [...byOutlet]
    .map(([outlet, dates]) => (dates.length > 0 ? `${outlet}, ${dates.join(", ")}` : outlet))
    .join("; ");
}

/** Past a few outlets a list stops being read; the rest are counted (all are in the cells). */
const MAX_NAMED = 3;

export function namedOutlets(labels: readonly string[]): string {
  const unique = [...new Set(labels)];
  if (unique.length <= MAX_NAMED) return joinLabels(unique);
  return `${joinLabels(unique.slice(0, MAX_NAMED))} and ${unique.length - MAX_NAMED} more`;
}
