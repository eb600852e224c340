import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { toldAlike } from "./told-words.ts";

const context = (similarity: number): ConflictContext => ({
  similarity: () => similarity,
  entityName: (id) => id,
  pairEvidence: () => undefined,
});

function dated(index: number, text: string, day: string) {
  return withDays(index, index, text, [[day, "2025-05-06"]], { position: 0 });
}

const told = (a: ReturnType<typeof dated>, b: ReturnType<typeof dated>, similarity: number) => {
  const x = a.dates[0];
  const y = b.dates[0];
  if (!x || !y) throw new Error("no day");
  return toldAlike(a, x.span.start, x.span.end, b, y.span.start, y.span.end, context(similarity));
};

describe("toldAlike", () => {
  const entered = dated(0, "Ada Lund entered the harbour clinic on Tuesday.", "Tuesday");
  const went = dated(
    1,
    "A friend said Ada Lund went to the harbour clinic on Tuesday night.",
    "Tuesday",
  );
  const visited = dated(2, "Ivo Vint visited the council offices on Tuesday.", "Tuesday");
  const nightOnly = dated(3, "Ivo Vint rested at home on Tuesday night.", "Tuesday");

  it("reads one happening in other verbs when the aligned clauses share a word", () => {
    expect(told(entered, went, 0.6)).toBe(true);
  });

  it("needs the two statements aligned as one fact", () => {
    expect(told(entered, went, 0.1)).toBe(false);
  });

  it("does not count words of time or clauses with nothing in common", () => {
    expect(told(entered, visited, 0.6)).toBe(false);
    expect(told(went, nightOnly, 0.6)).toBe(false);
  });
});
