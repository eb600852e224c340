import type { Evidence } from "@parallax/core";
import { dayGap } from "./days.ts";
import type { ScoredPair } from "./groups.ts";
import type { AlignUnit } from "./units.ts";

/** Share of the neighbouring sentence's match that supports a pair of one speech. */
const RUN_SUPPORT = 0.7;

function sameSpeech(x: AlignUnit, y: AlignUnit): boolean {
  if (x.saidOn === null || y.saidOn === null || dayGap(x.saidOn, y.saidOn) !== 0) return false;
  for (const id of x.speakers) if (y.speakers.has(id)) return true;
  return false;
}

/**
 * The score of any pair, as it was before run support was added. Pairs come in (low, high) order
 * from blocking: their ids and scores are copied into typed arrays and found by binary search (a map
 * of 240,000 pair ids was most of this step's cost on large stories); a map when they are not sorted.
 */
function scoreLookup(
  scored: readonly ScoredPair[],
  count: number,
): (x: number, y: number) => number {
  const ids = new Float64Array(scored.length);
  const scores = new Float64Array(scored.length);
  let sorted = true;
  scored.forEach((pair, i) => {
    ids[i] = Math.min(pair.a, pair.b) * count + Math.max(pair.a, pair.b);
    scores[i] = pair.score;
    if (i > 0 && (ids[i] as number) <= (ids[i - 1] as number)) sorted = false;
  });
  if (!sorted) {
    const scoreOf = new Map<number, number>();
    ids.forEach((id, i) => {
      scoreOf.set(id, scores[i] as number);
    });
    return (x, y) => scoreOf.get(Math.min(x, y) * count + Math.max(x, y)) ?? 0;
  }
  return (x, y) => {
    const id = Math.min(x, y) * count + Math.max(x, y);
    let low = 0;
    let high = ids.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((ids[mid] as number) < id) low = mid + 1;
      else high = mid;
    }
    return low < ids.length && ids[low] === id ? (scores[low] as number) : 0;
  };
}

/**
 * Outlets report one speech in runs of sentences and translate each sentence differently: "told
 * reporters on Sunday that most key issues were settled" shares few words with "said there had been
 * substantial progress on most issues", but the sentence right after it in the same speech matches
 * that statement closely. A pair of statements by one speaker on one day gains a share of the best
 * match between one of them and the other's neighbour in the same speech (Sultan et al.'s "similar
 * contexts", at sentence level). Only pairs that share content words at all (score > 0) gain.
 * Mutates the scores in place; evidence records the support.
 */
export function supportSpeechRuns(units: readonly AlignUnit[], scored: ScoredPair[]): void {
  const lookup = scoreLookup(scored, units.length);
  const neighbours = (unit: AlignUnit) =>
    [units[unit.index - 1], units[unit.index + 1]].filter(
      (n): n is AlignUnit =>
        n !== undefined && n.articleIndex === unit.articleIndex && sameSpeech(n, unit),
    );
  for (const pair of scored) {
    if (pair.score <= 0) continue;
    const a = units[pair.a] as AlignUnit;
    const b = units[pair.b] as AlignUnit;
    if (!sameSpeech(a, b)) continue;
    let best = 0;
    for (const n of neighbours(b)) best = Math.max(best, lookup(a.index, n.index));
    for (const n of neighbours(a)) best = Math.max(best, lookup(n.index, b.index));
    const support = RUN_SUPPORT * best;
    if (support <= 0) continue;
    pair.score = Math.min(1, Math.round((pair.score + support) * 1e4) / 1e4);
    const added: Evidence = {
      kind: "occasion",
      label: "next to a matching sentence of the same speech",
      weight: Math.round(support * 1e4) / 1e4,
    };
    pair.evidence = [...pair.evidence, added].sort(
      (x, y) => y.weight - x.weight || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0),
    );
  }
}
