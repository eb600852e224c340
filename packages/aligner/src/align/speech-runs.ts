import type { Evidence } from "@parallax/core";
import { dayGap } from "./days.ts";
import type { ScoredPair } from "./groups.ts";
import { pairIndex } from "./pair-index.ts";
import { sortEvidence } from "./score.ts";
import type { AlignUnit } from "./units.ts";

/** Share of the neighbouring sentence's match that supports a pair of one speech. */
const RUN_SUPPORT = 0.7;
const STEPS = [-1, 1] as const;

function sameSpeech(x: AlignUnit, y: AlignUnit): boolean {
  if (x.saidOn === null || y.saidOn === null || dayGap(x.saidOn, y.saidOn) !== 0) return false;
  for (const id of x.speakers) if (y.speakers.has(id)) return true;
  return false;
}

/**
 * The score of any pair, as it was before run support was added (0 when the pair was not scored).
 */
function scoreLookup(
  scored: readonly ScoredPair[],
  count: number,
): (x: number, y: number) => number {
  const at = pairIndex(scored, count);
  // A loop, not Float64Array.from with a mapping function: that path ran ~80 ms for the 245,000
  // scored pairs of a generated 1,000-article story.
  const scores = new Float64Array(scored.length);
  for (let i = 0; i < scored.length; i += 1) scores[i] = (scored[i] as ScoredPair).score;
  return (x, y) => {
    const i = at(x, y);
    return i < 0 ? 0 : (scores[i] as number);
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
  // A neighbour of one speech in the same article, or undefined: read without a list per pair.
  const neighbour = (unit: AlignUnit, step: -1 | 1): AlignUnit | undefined => {
    const n = units[unit.index + step];
    return n !== undefined && n.articleIndex === unit.articleIndex && sameSpeech(n, unit)
      ? n
      : undefined;
  };
  for (const pair of scored) {
    if (pair.score <= 0) continue;
    const a = units[pair.a] as AlignUnit;
    const b = units[pair.b] as AlignUnit;
    if (!sameSpeech(a, b)) continue;
    let best = 0;
    for (const step of STEPS) {
      const n = neighbour(b, step);
      if (n) best = Math.max(best, lookup(a.index, n.index));
    }
    for (const step of STEPS) {
      const n = neighbour(a, step);
      if (n) best = Math.max(best, lookup(n.index, b.index));
    }
    const support = RUN_SUPPORT * best;
    if (support <= 0) continue;
    pair.score = Math.min(1, Math.round((pair.score + support) * 1e4) / 1e4);
    const added: Evidence = {
      kind: "occasion",
      label: "next to a matching sentence of the same speech",
      weight: Math.round(support * 1e4) / 1e4,
    };
    const evidence = [...pair.evidence, added];
    sortEvidence(evidence);
    pair.evidence = evidence;
  }
}
