import type { DateReference } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { WRITTEN_DAY_OR_ORDINAL } from "./written-days.ts";

/**
 * Days restated by a calendar date in parentheses right after them ("said today (13 March
 * 2017)", "Last week Friday (10 March 2017),"): the outlet names the day twice, the second time
 * as the calendar day it means, so the statement gives one day, the written date's, whatever the
 * article's own day resolves the word to (or when it resolves it to none). Each is returned as one
 * day spanning both, with the written date's value. A parenthesis holding a clock time or another
 * weekday ("this evening (02:41 GMT Friday)": another moment in another zone) restates nothing.
 */
export function restatedDays(
  unit: AlignUnit,
): { day: DateReference; restating: DateReference; merged: DateReference }[] {
  const all = [
    ...unit.dates,
    ...unit.weekdays.filter((w) => !unit.dates.some((d) => d.id === w.id)),
  ];
  const found: { day: DateReference; restating: DateReference; merged: DateReference }[] = [];
  for (const restating of unit.dates) {
    if (restating.precision !== "day" || !restating.value || restating.endValue) continue;
    if (!WRITTEN_DAY_OR_ORDINAL.test(restating.text)) continue;
    const at = (offset: number) => offset - unit.span.start;
    const close = /^\s*\)/.exec(unit.text.slice(at(restating.span.end)));
    if (!close) continue;
    const day = all.find(
      (d) =>
        d !== restating &&
        d.span.end <= restating.span.start &&
        /^\s*\(\s*$/.test(unit.text.slice(at(d.span.end), at(restating.span.start))),
    );
    if (!day) continue;
    const end = restating.span.end + close[0].length;
    found.push({
      day,
      restating,
      merged: {
        ...day,
        text: unit.text.slice(at(day.span.start), at(end)),
        span: { ...day.span, end },
        value: restating.value,
        endValue: null,
        status: "resolved",
      },
    });
  }
  return found;
}
