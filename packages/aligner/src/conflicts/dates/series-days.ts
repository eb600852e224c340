import { dayName } from "./day-values.ts";
import type { DayEntry } from "./participants.ts";

/* Issue 12, conflict audit on PolNeAR train with publication days: a sentence listing the dated
 * contests of a campaign, one per place, set against another outlet's day for one of them. */

/** Between a weekday and the calendar date restating it ("Friday, 7 March 2025"): nothing else. */
const RESTATING_GAP = /^[\s,]*$/;

/**
 * Which statements list a series of dated happenings: a statement that gives one happening two
 * days or more ("meetings in Velden on March 4 and in Orvale on March 11") dates each member, not
 * the happening another outlet dates. A weekday restated by its calendar date right after it
 * ("on Friday, 7 March 2025") is one day, whatever each says.
 */
export function seriesStatements(entries: readonly DayEntry[]): (e: DayEntry) => boolean {
  const byStatement = new Map<number, DayEntry[]>();
  for (const e of entries) {
    const list = byStatement.get(e.unit.index) ?? [];
    list.push(e);
    byStatement.set(e.unit.index, list);
  }
  const series = new Set<number>();
  for (const [index, list] of byStatement) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((p, q) => p.date.span.start - q.date.span.start);
    const days = new Set<string>();
    let last: DayEntry | null = null;
    for (const e of sorted) {
      const gap =
        last === null
          ? null
          : e.unit.text.slice(
              last.date.span.end - e.unit.span.start,
              e.date.span.start - e.unit.span.start,
            );
      // A restatement joins the day before it: it names no day of its own.
      if (gap === null || !RESTATING_GAP.test(gap)) days.add(dayName(e.date));
      last = e;
    }
    if (days.size > 1) series.add(index);
  }
  return (e) => series.has(e.unit.index);
}
