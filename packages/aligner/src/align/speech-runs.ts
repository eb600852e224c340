import type { Evidence } from "@parallax/core";
import { dayGap } from "./days.ts";
import type { ScoredPair } from "./groups.ts";
import type { AlignUnit } from "./units.ts";

/** Share of the neighbouring sentence's match that supports a pair of one speech. */
const RUN_SUPPORT = 0.7;

function sameSpeech(x: AlignUnit, y: AlignUnit): boolean {
  return (
    x.saidOn !== null &&
    y.saidOn !== null &&
    dayGap(x.saidOn, y.saidOn) === 0 &&
    [...x.speakers].some((id) => y.speakers.has(id))
  );
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
  // Numeric keys (low * count + high): a string per scored pair cost more than the lookups.
  const count = units.length;
  const scoreOf = new Map<number, number>();
  for (const pair of scored)
    scoreOf.set(Math.min(pair.a, pair.b) * count + Math.max(pair.a, pair.b), pair.score);
  const lookup = (x: number, y: number) =>
    scoreOf.get(Math.min(x, y) * count + Math.max(x, y)) ?? 0;
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
