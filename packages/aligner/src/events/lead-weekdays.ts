import type { AlignUnit } from "../align/units.ts";
import { weekdayNamed } from "../conflicts/dates/day-values.ts";
import { articleLeads } from "./lead-events.ts";

/**
 * Whether two articles' leads (headline and first statements) name the same weekday: +1 when they
 * share one, -1 when both name weekdays and share none, 0 when either names none. A lead dates the
 * happening it reports ("struck on Sunday", "was fired Tuesday"): two alike happenings (two quakes
 * on one island, two arrests of one player) use the same words and names, but rarely fall on one
 * day. On ECB+ train (mixed stories, article pairs whose leads both name a weekday), the weekdays
 * differ for 79% of the pairs across a topic's two sub-topics and for 30% within one.
 *
 * Linear in statements: each article's lead weekdays are read once; a pair compares a few names.
 */
export function leadWeekdayAgreement(
  units: readonly AlignUnit[],
): (a: number, b: number) => number {
  const weekdays = new Map<number, Set<string>>();
  for (const [article, lead] of articleLeads(units)) {
    const names = lead
      .flatMap((unit) => unit.weekdays.map(weekdayNamed))
      .filter((n): n is string => Boolean(n));
    if (names.length > 0) weekdays.set(article, new Set(names));
  }
  return (a, b) => {
    const x = weekdays.get(a);
    const y = weekdays.get(b);
    if (!x || !y) return 0;
    for (const name of x) if (y.has(name)) return 1;
    return -1;
  };
}
