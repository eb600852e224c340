import type { AlignUnit } from "../align/units.ts";
import { articleLeads } from "./lead-events.ts";

/**
 * Share of the story's articles whose leads name a participant for it to be the story's subject
 * (the player every offer is made to, the company every patch comes from): named by the reports
 * of both of two alike happenings, it tells them apart no better than the topic does.
 */
const SUBJECT_SHARE = 0.5;

/**
 * Whether two articles' leads (headline and first statements) name the same participant other
 * than the story's subjects (SUBJECT_SHARE): 1 when they do, else 0. A lead names who took part in
 * the happening it reports (the club that made the offer, the court that heard the case): two
 * reports naming the same one tell one happening. On ECB+ train (mixed stories, article pairs),
 * leads share such a participant in 34% of the pairs within a sub-topic and 2% across a topic's
 * two. Leads naming different participants are no evidence the other way: one happening's leads
 * often name different side figures (the opposing team, the doctor consulted), 11% of the pairs
 * within a sub-topic; counted against, they split one happening's threads (ECB+ train).
 *
 * Linear in statements: each lead is read once; a pair compares a few ids.
 */
export function leadParticipantAgreement(
  units: readonly AlignUnit[],
  named: readonly (readonly string[])[],
): (a: number, b: number) => number {
  const leads = new Map<number, Set<string>>();
  for (const [article, lead] of articleLeads(units))
    leads.set(article, new Set(lead.flatMap((unit) => named[unit.index] ?? [])));
  const articlesNaming = new Map<string, number>();
  for (const ids of leads.values())
    for (const id of ids) articlesNaming.set(id, (articlesNaming.get(id) ?? 0) + 1);
  const subject = SUBJECT_SHARE * leads.size;
  for (const ids of leads.values())
    for (const id of ids) if ((articlesNaming.get(id) ?? 0) >= subject) ids.delete(id);
  return (a, b) => {
    const x = leads.get(a);
    const y = leads.get(b);
    if (!x || !y) return 0;
    const [small, large] = x.size <= y.size ? [x, y] : [y, x];
    for (const id of small) if (large.has(id)) return 1;
    return 0;
  };
}
