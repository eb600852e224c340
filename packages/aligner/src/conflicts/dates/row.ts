import type { Conflict, DateReference } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { spanKey, type Value } from "../conflict-rows.ts";
import { type ConflictContext, conflictEvidence } from "../guards.ts";

/** A statement and the date it gives, as every date check pairs them. */
export type DatedStatement = { unit: AlignUnit; date: DateReference };

/** Where a statement's date stands: its article and the date's start, as a row's values key it. */
export function dateAt(entry: DatedStatement): string {
  return spanKey(entry.unit.articleId, entry.date.span.start);
}

/** The row among `rows` that already shows `entry`'s date, if any. */
export function rowShowing(rows: readonly Conflict[], entry: DatedStatement): Conflict | undefined {
  const at = dateAt(entry);
  return rows.find((k) =>
    k.values.some((v) => v.span && spanKey(v.articleId, v.span.start) === at),
  );
}

/** What a date row shows for one statement: its article, the date's own words and span. */
export function dateValue(entry: DatedStatement): Value {
  return { articleId: entry.unit.articleId, text: entry.date.text, span: entry.date.span };
}

/**
 * A date row over `row`, found between `x` and `y`: the pair's own alignment evidence and the
 * check's `label`, so each date check says in its own words why the two days are one question.
 */
export function dateRow(
  row: readonly DatedStatement[],
  x: DatedStatement,
  y: DatedStatement,
  context: ConflictContext,
  subject: "date of the event" | "date of the statement",
  label: string,
): Conflict {
  return {
    kind: "date",
    subject,
    values: row.map(dateValue),
    evidence: conflictEvidence(x.unit, y.unit, context, [{ kind: "date", label, weight: 1 }]),
  };
}
