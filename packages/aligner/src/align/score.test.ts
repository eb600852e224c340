import type { DateReference, Evidence } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf, makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { candidatePairs } from "../blocking.ts";
import { contextVector, lemmaVector } from "./lemma-vectors.ts";
import { MATCH_THRESHOLD, type ScoringContext, scorePair, sortEvidence } from "./score.ts";
import type { AlignUnit } from "./units.ts";

function contextFor(units: AlignUnit[]): ScoringContext {
  const { stats } = candidatePairs(units);
  const vectors = units.map((u) => lemmaVector(u, stats));
  return {
    stats,
    entityName: (id) => id,
    isPlace: () => false,
    vectors,
    contexts: units.map((u) => contextVector(units, vectors, u.index)),
  };
}

// Filler statements give the idf something to compare against, as a story would.
const FILLER = [
  "Exporters face mounting pressure from tariffs.",
  "The ministry released trade data for September.",
  "Analysts expect the currency to weaken further.",
  "Shipbuilders reported record orders this quarter.",
];

describe("scorePair", () => {
  it("matches two translations of one quote by the same speaker on the same day", () => {
    const kim = new Set(["E-kim"]);
    const units = [
      makeUnit(0, 0, "Kim said there had been “substantial progress on most issues.”", {
        speakers: kim,
        entities: kim,
        saidOn: "2025-10-19",
        reported: true,
      }),
      makeUnit(1, 1, "“There was substantive progress on most of the issues,” Kim said.", {
        speakers: kim,
        entities: kim,
        saidOn: "2025-10-19",
        reported: true,
      }),
      ...FILLER.map((text, i) => makeUnit(2 + i, 2 + (i % 2), text)),
    ];
    const result = scorePair(units[0] as AlignUnit, units[1] as AlignUnit, contextFor(units));
    expect(result?.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    const kinds = result?.evidence.map((e) => e.kind) ?? [];
    expect(kinds).toEqual(expect.arrayContaining(["lexical", "speaker", "occasion"]));
  });

  it("refuses the same words from one speaker on two different days, and from two speakers on two days", () => {
    const text = "We reached agreement on most issues, but one or two remain.";
    const units = [
      makeUnit(0, 0, text, { speakers: new Set(["E-kim"]), saidOn: "2025-10-19", reported: true }),
      makeUnit(1, 1, text, { speakers: new Set(["E-kim"]), saidOn: "2025-10-24", reported: true }),
      makeUnit(2, 2, text, { speakers: new Set(["E-lee"]), saidOn: "2025-10-22", reported: true }),
      ...FILLER.map((t, i) => makeUnit(3 + i, 3, t)),
    ];
    const context = contextFor(units);
    expect(scorePair(units[0] as AlignUnit, units[1] as AlignUnit, context)).toBeNull();
    expect(scorePair(units[0] as AlignUnit, units[2] as AlignUnit, context)).toBeNull();
  });

  it("flags the same words credited to two people on one day as a speaker clash", () => {
    const text = "Both sides remain divided on one or two of the most crucial matters.";
    const units = [
      makeUnit(0, 0, text, { speakers: new Set(["E-kim"]), saidOn: "2025-10-24", reported: true }),
      makeUnit(1, 1, text, { speakers: new Set(["E-lee"]), saidOn: "2025-10-24", reported: true }),
      ...FILLER.map((t, i) => makeUnit(2 + i, 2, t)),
    ];
    const result = scorePair(units[0] as AlignUnit, units[1] as AlignUnit, contextFor(units));
    expect(result?.speakerClash).toBe(true);
  });

  it("does not match two remarks of one speaker that share no content word", () => {
    const kim = new Set(["E-kim"]);
    const units = [
      makeUnit(0, 0, "Kim said both countries engaged in a constructive atmosphere.", {
        speakers: kim,
        entities: kim,
        saidOn: "2025-10-19",
        reported: true,
      }),
      makeUnit(1, 1, "Kim said the joint statement will include security achievements.", {
        speakers: kim,
        entities: kim,
        saidOn: "2025-10-19",
        reported: true,
      }),
      ...FILLER.map((t, i) => makeUnit(2 + i, 2, t)),
    ];
    const result = scorePair(units[0] as AlignUnit, units[1] as AlignUnit, contextFor(units));
    expect(result?.score ?? 0).toBeLessThan(MATCH_THRESHOLD);
  });

  it("matches a statement that dates a named event to another that tells the event on that day", () => {
    const day = (value: string, text: string): DateReference => ({
      id: `d-${text}`,
      text,
      value,
      endValue: null,
      precision: "day",
      status: "resolved",
      span: { articleId: articleIdOf(0), start: 0, end: 1 },
    });
    const returned = makeUnit(
      0,
      0,
      "Both officials had returned to Korea just days earlier, Kim on Sunday.",
      { dates: [day("2025-10-19", "on Sunday")] },
    );
    const anchored = makeUnit(
      1,
      1,
      "Kim boarded a flight to the United States again three days after returning.",
      { namedEvents: [{ day: "2025-10-19", lemma: "return" }] },
    );
    const units = [returned, anchored, ...FILLER.map((t, i) => makeUnit(2 + i, 2, t))];
    const result = scorePair(returned, anchored, contextFor(units));
    expect(result?.score ?? 0).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(result?.evidence.some((e) => e.label === "return on 2025-10-19")).toBe(true);
    // Another day, or a day without that event word: no such evidence.
    const otherDay = { ...anchored, namedEvents: [{ day: "2025-10-20", lemma: "return" }] };
    expect(
      scorePair(returned, otherDay, contextFor(units))?.evidence.some((e) =>
        e.label.startsWith("return on"),
      ),
    ).toBe(false);
  });
});

describe("sortEvidence", () => {
  it("orders evidence as a stable sort by weight, then kind, would", () => {
    const evidence: Evidence[] = [
      { kind: "lexical", label: "tariff", weight: 0.2 },
      { kind: "entity", label: "first", weight: 0.1 },
      { kind: "date", label: "2025-10-19", weight: 0.2 },
      { kind: "entity", label: "second", weight: 0.1 },
      { kind: "speaker", label: "Dora Pell", weight: 0.3 },
    ];
    sortEvidence(evidence);
    expect(evidence.map((e) => e.label)).toEqual([
      "Dora Pell",
      "2025-10-19",
      "tariff",
      "first",
      "second",
    ]);
  });
});
