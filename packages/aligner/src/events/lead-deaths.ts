import { DYING_PHRASES } from "../../lexicons/event-words.ts";
import type { AlignUnit } from "../align/units.ts";
import { articleLeads } from "./lead-events.ts";

/**
 * A statement saying someone died ("Dana Vey, 81, died", "the guard was killed"): one person's
 * death, not a toll ("were killed") nor a killing told by its doer ("killed").
 */
const SOMEONE_DIED = new RegExp(
  `\\b(?:${DYING_PHRASES.map((p) => p.replace(/ /g, "\\s+")).join("|")})\\b`,
  "i",
);

/**
 * Whether two articles' leads (headline and first statements) tell two deaths: -1 when both leads
 * tell of a death and name people (`named`: speakers and places aside), and neither article names,
 * anywhere, anyone the other's lead names; 0 otherwise. A person dies once: two reports of one
 * death name the dead, and a report of a crash or a shooting names its victims, so leads telling a
 * death of people the other article never names tell two deaths (a story of two old officials'
 * deaths years apart is worded alike throughout). On ECB+ train (article pairs of the mixed
 * stories): it holds for 258 pairs across a topic's two sub-topics (9 of them joined by a thread)
 * and for none within one; leads naming people apart without a death in both hold within a
 * sub-topic for 65 pairs joined by a thread against 40 across, so only deaths are read.
 *
 * Linear in statements: each article's lead and named people are read once; a pair compares a
 * few ids.
 */
export function leadDeathsApart(
  units: readonly AlignUnit[],
  named: readonly (readonly string[])[],
): (a: number, b: number) => number {
  const everyone = new Map<number, Set<string>>();
  for (const unit of units) {
    const ids = everyone.get(unit.articleIndex) ?? new Set<string>();
    everyone.set(unit.articleIndex, ids);
    for (const id of unit.entities) ids.add(id);
  }
  const leadPeople = new Map<number, Set<string>>();
  for (const [article, lead] of articleLeads(units)) {
    if (!lead.some((unit) => SOMEONE_DIED.test(unit.text))) continue;
    const ids = new Set(lead.flatMap((unit) => named[unit.index] ?? []));
    if (ids.size > 0) leadPeople.set(article, ids);
  }
  const namesAny = (ids: ReadonlySet<string>, article: number) => {
    const names = everyone.get(article);
    if (names) for (const id of ids) if (names.has(id)) return true;
    return false;
  };
  return (a, b) => {
    const x = leadPeople.get(a);
    const y = leadPeople.get(b);
    if (!x || !y) return 0;
    return namesAny(x, b) || namesAny(y, a) ? 0 : -1;
  };
}
