import type { DateReference } from "@parallax/core";
import { WEEKDAYS } from "../../../lexicons/calendar-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import { WRITTEN_DAY_OR_ORDINAL } from "./written-days.ts";

/** A bare weekday word, the whole of a day's text ("Saturday", not "Saturday night"). */
const BARE_WEEKDAY = new RegExp(`^(?:${WEEKDAYS.join("|")})$`, "i");

/**
 * Days restated by a calendar date in parentheses right after them ("said today (13 March
 * 2017)", "Last week Friday (10 March 2017),"): the outlet names the day twice, the second time
 * as the calendar day it means, so the statement gives one day, the written date's, whatever the
 * article's own day resolves the word to (or when it resolves it to none). Each is returned as one
 * day spanning both, with the written date's value. A parenthesis holding a clock time or another
 * weekday ("this evening (02:41 GMT Friday)": another moment in another zone) restates nothing.
 *
 * A bare weekday written right before a calendar date, with no parentheses ("on Saturday, 8
 * October 2011", "on Monday December 13 2008"), is the same: one day named twice, not two days.
 * Read as two, the statement gave "more than one day" and no outlet's other day was ever set
 * against it (issue 12, ECB+ train build half: a cable break dated "11 October 2011" by one outlet
 * and "Saturday, 8 October 2011" by four).
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
    const between = (d: DateReference) => unit.text.slice(at(d.span.end), at(restating.span.start));
    const close = /^\s*\)/.exec(unit.text.slice(at(restating.span.end)));
    const day = close
      ? all.find(
          (d) =>
            d !== restating && d.span.end <= restating.span.start && /^\s*\(\s*$/.test(between(d)),
        )
      : all.find(
          (d) =>
            d !== restating &&
            d.span.end <= restating.span.start &&
            BARE_WEEKDAY.test(d.text) &&
            /^,?[ \t]+$/.test(between(d)),
        );
    if (!day) continue;
    const end = restating.span.end + (close?.[0].length ?? 0);
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
