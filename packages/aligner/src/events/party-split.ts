import type { AlignUnit } from "../align/units.ts";
import { actingParty, namedHeads } from "./acting-party.ts";
import type { EventCluster } from "./story-events.ts";

/**
 * Parts an event whose statements name different organisations doing its happening: "the Harbour
 * Rovers offered Ivo Vint a contract" and "the Vale Rangers have made Ivo Vint an offer" are two
 * offers, however alike their words and their player. Each statement naming a doer goes with the
 * others naming it; a statement naming none goes with the one doer it names elsewhere in its
 * words ("Rovers manager Ada Lund said he made an offer"), else the one its article names, else
 * the one its article names most often (a report of the Rovers' bid names the Rovers throughout
 * and the Rangers' rival bid in passing), and otherwise stays in every part (nothing tells which
 * offer it reports). A part told by one article alone is no event of the story.
 */
export function splitByActingParty(
  events: readonly EventCluster[],
  units: readonly AlignUnit[],
): EventCluster[] {
  const out: EventCluster[] = [];
  for (const event of events) {
    const parts = partsOf(event, units);
    if (parts === null) out.push(event);
    else out.push(...parts);
  }
  return out;
}

function partsOf(event: EventCluster, units: readonly AlignUnit[]): EventCluster[] | null {
  if (event.action === "") return null;
  const partyOf = new Map<number, string>();
  // Read once per text and happening (acting-party.ts): agency copy and shared quotes recur.
  for (const index of event.units) {
    const party = actingParty((units[index] as AlignUnit).text, event.action);
    if (party !== null) partyOf.set(index, party);
  }
  const parties = new Set(partyOf.values());
  if (parties.size < 2) return null;
  // The parties each article names anywhere, with the statements naming each, for statements
  // naming no doer.
  const articles = new Set(event.units.map((i) => (units[i] as AlignUnit).articleIndex));
  const articleNames = new Map<number, Map<string, number>>();
  for (const unit of units) {
    if (!articles.has(unit.articleIndex)) continue;
    const counts = articleNames.get(unit.articleIndex) ?? new Map<string, number>();
    for (const head of namedHeads(unit.text, parties))
      counts.set(head, (counts.get(head) ?? 0) + 1);
    articleNames.set(unit.articleIndex, counts);
  }
  const only = (set: ReadonlySet<string> | undefined) =>
    set?.size === 1 ? ([...set][0] as string) : null;
  const members = new Map<string, number[]>([...parties].map((p) => [p, []]));
  for (const index of event.units) {
    const unit = units[index] as AlignUnit;
    const party =
      partyOf.get(index) ??
      only(namedHeads(unit.text, parties)) ??
      mostNamed(articleNames.get(unit.articleIndex));
    for (const [p, list] of members) if (party === null || party === p) list.push(index);
  }
  return [...members.values()]
    .filter((list) => new Set(list.map((i) => (units[i] as AlignUnit).articleIndex)).size >= 2)
    .map((list) => ({ ...event, units: list }));
}

/**
 * The party an article names in more of its statements than any other (the only one it names
 * included); none when two tie or it names none.
 */
function mostNamed(counts: ReadonlyMap<string, number> | undefined): string | null {
  let best: string | null = null;
  let top = 0;
  let tied = false;
  for (const [party, n] of counts ?? []) {
    if (n > top) {
      best = party;
      top = n;
      tied = false;
    } else if (n === top) tied = true;
  }
  return tied ? null : best;
}
