import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { dateVerb } from "./day-values.ts";
import { harmToAThing, harmTold } from "./harm-told.ts";

function dated(index: number, text: string) {
  const unit = withDays(index, index, text, [["Friday", "2025-05-09"]], { position: 0 });
  const date = unit.dates[0];
  if (!date) throw new Error("no day");
  return { unit, date, verb: dateVerb(unit, date) };
}

describe("harmTold", () => {
  const damaged = dated(0, "The harbour hall was badly damaged by fire Friday night.");
  const devastated = dated(1, "A suspicious fire devastated the harbour hall on Friday night.");
  const cut = dated(2, "Three undersea cables were cut off the northern cape on Friday.");
  const cablesDamaged = dated(3, "The cause was three undersea cables that were damaged Friday.");
  const closed = dated(4, "The council closed the harbour hall on Friday.");
  const roadCut = dated(5, "A landslide cut the coast road on Friday.");

  it("reads two verbs of harm to the same thing as one harm", () => {
    expect(harmTold(damaged, devastated)).toBe(true);
    expect(harmTold(cablesDamaged, cut)).toBe(true);
  });

  it("needs a verb of harm on both sides", () => {
    expect(harmTold(damaged, closed)).toBe(false);
  });

  it("needs the two clauses to name the same thing or cause", () => {
    expect(harmTold(cablesDamaged, roadCut)).toBe(false);
  });
});

describe("harmToAThing", () => {
  const devastated = dated(0, "A suspicious fire devastated the harbour chapel on Friday night.");
  const ripped = dated(
    1,
    "Ada Lund's family will worship in a school after a fire ripped through her chapel on Friday evening.",
  );
  const named = dated(2, "A fire ripped through the chapel of Ivo Vint on Friday evening.");

  it("reads a harm to a thing when no day's clause names anyone, whoever the statement names", () => {
    expect(harmTold(devastated, ripped)).toBe(true);
    expect(harmToAThing(devastated, ripped)).toBe(true);
  });

  it("leaves the participant check to names when a day's clause names someone", () => {
    expect(harmTold(devastated, named)).toBe(true);
    expect(harmToAThing(devastated, named)).toBe(false);
  });
});
