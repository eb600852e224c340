import type { ConflictKind } from "@parallax/core/schemas";
import type { ArticleVersions, VersionDiff } from "../api-client.ts";

/** Section titles for the aligner's conflict kinds, read as changes between two versions. */
const CHANGED_TITLES: Record<ConflictKind, string> = {
  figure: "Figures changed",
  date: "Dates changed",
  time: "Times changed",
  speaker: "Speakers changed",
  title: "Titles changed",
  stance: "Assessments changed",
  negation: "Statements reversed",
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The summary line's words for n changed values of a kind ("2 figures changed"). */
const COUNTED: Record<ConflictKind, (n: number) => string> = {
  figure: (n) => `${plural(n, "figure", "figures")} changed`,
  date: (n) => `${plural(n, "date", "dates")} changed`,
  time: (n) => `${plural(n, "time", "times")} changed`,
  speaker: (n) => `${plural(n, "speaker", "speakers")} changed`,
  title: (n) => `${plural(n, "title", "titles")} changed`,
  stance: (n) => `${plural(n, "assessment", "assessments")} changed`,
  negation: (n) => `${plural(n, "statement", "statements")} reversed`,
};

export interface ChangedGroup {
  kind: ConflictKind;
  title: string;
  changes: VersionDiff["changed"];
}

/** The diff's changed values grouped by kind, figures first (the aligner's kind order). */
export function changedGroups(diff: VersionDiff): ChangedGroup[] {
  const kinds = Object.keys(CHANGED_TITLES) as ConflictKind[];
  return kinds
    .map((kind) => ({
      kind,
      title: CHANGED_TITLES[kind],
      changes: diff.changed.filter((change) => change.kind === kind),
    }))
    .filter((group) => group.changes.length > 0);
}

/** One line naming what changed: "headline changed, 1 figure changed, 2 quotes added". */
export function changeSummary(diff: VersionDiff): string {
  const parts: string[] = [];
  if (diff.headline) parts.push("headline changed");
  for (const group of changedGroups(diff)) {
    parts.push(COUNTED[group.kind](group.changes.length));
  }
  if (diff.quotes.added.length > 0)
    parts.push(`${plural(diff.quotes.added.length, "quote", "quotes")} added`);
  if (diff.quotes.removed.length > 0)
    parts.push(`${plural(diff.quotes.removed.length, "quote", "quotes")} removed`);
  if (diff.claims.added.length > 0)
    parts.push(`${plural(diff.claims.added.length, "claim", "claims")} added`);
  if (diff.claims.removed.length > 0)
    parts.push(`${plural(diff.claims.removed.length, "claim", "claims")} removed`);
  if (diff.corrections.length > 0)
    parts.push(plural(diff.corrections.length, "correction", "corrections"));
  return parts.length > 0 ? parts.join(", ") : "wording changed; no claim changed";
}

/** Articles that have more than one stored version: the page changed after it was added. */
export function changedOnly(all: readonly ArticleVersions[]): ArticleVersions[] {
  return all.filter((entry) => entry.versions.length > 1);
}
