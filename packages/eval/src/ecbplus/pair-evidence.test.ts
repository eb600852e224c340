import { describe, expect, it } from "vitest";
import { evidenceClass, pairEvidence, readSentence, renderEvidence } from "./pair-evidence.ts";
import type { SentenceUnit } from "./statement-pairs.ts";

const unit = (
  doc: string,
  text: string,
  events: string[],
  storyEvents: string[],
): SentenceUnit => ({
  doc,
  text,
  events: new Set(events),
  groups: new Set(),
  storyEvents: new Set(storyEvents),
});

describe("readSentence", () => {
  it("reads weekdays, figures and names, not a capital that opens the sentence", () => {
    const r = readSentence("The Harbour Rovers signed Ivo Brandt on Tuesday for three years.");
    expect([...r.weekdays]).toEqual(["tuesday"]);
    expect([...r.figures]).toEqual(["three"]);
    expect([...r.names].sort()).toEqual(["brandt", "harbour", "ivo", "rovers"]);
  });
});

describe("evidenceClass", () => {
  it("takes the first evidence that parts the two sentences", () => {
    const a = readSentence("A storm hit Port Ellin on Monday, injuring 4 people.");
    const b = readSentence("A storm hit Varna Bay on Sunday, injuring 4 people.");
    expect(evidenceClass(a, b)).toBe("weekday");
    const c = readSentence("A storm hit Port Ellin, injuring 4 people.");
    const d = readSentence("A storm hit Varna Bay, injuring 4 people.");
    expect(evidenceClass(c, d)).toBe("names");
    const e = readSentence("Coach Dell Ames was hired by the Pikes.");
    const f = readSentence("The Pikes hired a coach, Mara Lind said.");
    expect(evidenceClass(e, f)).toBe("own names");
    expect(evidenceClass(c, c)).toBe("none");
  });
});

describe("pairEvidence", () => {
  it("counts wrong pairs across and within sub-topics and right pairs, of one story event only", () => {
    const units = [
      unit("1a", "A storm hit Port Ellin on Monday.", ["e1"], ["v1"]),
      unit("2a", "A storm hit Port Ellin late on Monday.", ["e1"], ["v1"]),
      unit("3b", "A storm hit Varna Bay on Sunday.", ["e2"], ["v1"]),
      unit("4a", "Crews cleared the roads.", ["e3"], ["v2"]),
    ];
    const counts = pairEvidence(units, [
      { subtopic: "a", docs: [{ id: "1a" }, { id: "2a" }, { id: "4a" }] },
      { subtopic: "b", docs: [{ id: "3b" }] },
    ]);
    expect(counts.none.right).toBe(1);
    expect(counts.weekday.wrongAcross).toBe(2);
    expect(counts.weekday.wrongWithin).toBe(0);
  });
});

describe("renderEvidence", () => {
  it("adds an all row", () => {
    const counts = pairEvidence([], []);
    counts.names.wrongAcross = 1;
    counts.none.right = 3;
    expect(renderEvidence(counts)).toMatch(/all\s+1\s+0\s+3\s+0\.250/);
  });
});
