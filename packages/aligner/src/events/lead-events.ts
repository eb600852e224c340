import type { AlignUnit } from "../align/units.ts";
import type { EventBucket } from "./thread-events.ts";

/** Statements opening an article (headline and lead) whose happenings say what it is about. */
export const LEAD_STATEMENTS = 3;
/**
 * Each article's lead: its first `LEAD_STATEMENTS` statements in story order, by article index.
 * Every article with a statement has an entry.
 */
export function articleLeads(units: readonly AlignUnit[]): Map<number, AlignUnit[]> {
  const leads = new Map<number, AlignUnit[]>();
  for (const unit of units) {
    const lead = leads.get(unit.articleIndex);
    if (!lead) leads.set(unit.articleIndex, [unit]);
    else if (lead.length < LEAD_STATEMENTS) lead.push(unit);
  }
  return leads;
}

/** Share of the story's articles whose lead must tell a happening for it to be a main one. */
const LEAD_SHARE = 0.3;

/**
 * The story's main happenings, told by their leads: a happening (verb or its noun) that the leads
 * of many articles tell ("checked into rehab", "the earthquake") is what those articles report, and
 * each of their later statements telling it in those words tells the same happening, whoever it
 * names ("The actress checked in on Tuesday", "The quake was felt across the island") — where a
 * key by participant loses the statement naming nobody or someone else. Kept apart per thread of
 * articles (`threadOf`): two alike happenings of one story are told by two threads.
 *
 * Linear: one pass for the leads, one to place the statements.
 */
export function leadEvents(
  units: readonly AlignUnit[],
  triggersOf: readonly ReadonlySet<string>[],
  threadOf: readonly number[],
): EventBucket[] {
  const leads = new Map<number, Set<string>>();
  for (const [article, lead] of articleLeads(units))
    leads.set(article, new Set(lead.flatMap((unit) => [...(triggersOf[unit.index] ?? [])])));
  const articlesLeading = new Map<string, number>();
  for (const lead of leads.values())
    for (const verb of lead) articlesLeading.set(verb, (articlesLeading.get(verb) ?? 0) + 1);
  const needed = Math.max(2, LEAD_SHARE * leads.size);
  const buckets = new Map<string, EventBucket>();
  for (const unit of units) {
    const lead = leads.get(unit.articleIndex);
    if (!lead) continue;
    for (const verb of triggersOf[unit.index] ?? []) {
      if (!lead.has(verb) || (articlesLeading.get(verb) ?? 0) < needed) continue;
      const key = `${verb}|${threadOf[unit.articleIndex]}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.units.push(unit);
      else buckets.set(key, { verb, who: "", units: [unit] });
    }
  }
  return [...buckets.values()];
}
