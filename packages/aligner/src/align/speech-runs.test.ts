import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { ScoredPair } from "./groups.ts";
import { supportSpeechRuns } from "./speech-runs.ts";

const pair = (a: number, b: number, score: number): ScoredPair => ({
  a,
  b,
  score,
  speakerClash: false,
  evidence: [{ kind: "lexical", label: `${a}-${b}`, weight: score }],
});

describe("supportSpeechRuns", () => {
  const kim = new Set(["E-kim"]);
  const said = { speakers: kim, saidOn: "2025-10-19", reported: true };
  const units = [
    makeUnit(0, 0, "Speaking after his return, Kim said there had been substantial progress.", {
      ...said,
      saidOn: "2025-10-13/2025-10-19",
    }),
    makeUnit(1, 1, "Kim told reporters on Sunday that most key issues were settled.", said),
    makeUnit(2, 1, "There was substantive progress on most of the issues, Kim said.", said),
    makeUnit(3, 1, "Separately, the ministry published its export figures.", { position: 3 }),
  ];

  it("lifts a weak pair of one speech when the sentence next to it matches strongly", () => {
    const scored = [pair(0, 1, 0.1), pair(0, 2, 0.5), pair(0, 3, 0.1)];
    supportSpeechRuns(units, scored);
    expect(scored[0]?.score).toBeCloseTo(0.1 + 0.7 * 0.5, 4);
    expect(scored[0]?.evidence.some((e) => e.kind === "occasion")).toBe(true);
    // Not the same speech (no speaker): unchanged; the strong pair itself has no stronger neighbour.
    expect(scored[2]?.score).toBe(0.1);
    expect(scored[1]?.score).toBeCloseTo(0.5 + 0.7 * 0.1, 4);
  });

  it("gives nothing to a pair that shares no content (score 0) or is of another day", () => {
    const otherDay = [
      units[0],
      { ...(units[1] as (typeof units)[number]), saidOn: "2025-10-24" },
      units[2],
    ].map((u) => u as (typeof units)[number]);
    const scored = [pair(0, 1, 0.1), pair(0, 2, 0.5)];
    supportSpeechRuns(otherDay, scored);
    expect(scored[0]?.score).toBe(0.1);
    const zero = [pair(0, 1, 0), pair(0, 2, 0.5)];
    supportSpeechRuns(units, zero);
    expect(zero[0]?.score).toBe(0);
  });

  it("does not depend on the order of the pairs", () => {
    const forward = [pair(0, 1, 0.1), pair(0, 2, 0.5)];
    const backward = [pair(0, 2, 0.5), pair(0, 1, 0.1)];
    supportSpeechRuns(units, forward);
    supportSpeechRuns(units, backward);
    expect(forward[0]?.score).toBe(backward[1]?.score);
    expect(forward[1]?.score).toBe(backward[0]?.score);
  });
});
