import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { leadParticipantAgreement } from "./lead-participants.ts";

describe("leadParticipantAgreement", () => {
  // Five articles about offers to one player (p:roe, in every lead: the story's subject).
  const lines: [number, string, string[]][] = [
    [0, "The Gulls offered Roe an eight-year deal.", ["p:roe", "o:gulls"]],
    [1, "Roe was offered eight years by the Gulls, their manager said.", ["p:roe", "o:gulls"]],
    [2, "The Herons made Roe their biggest offer yet.", ["p:roe", "o:herons"]],
    [3, "Roe weighs his options.", ["p:roe"]],
    [3, "He met no one on Monday.", []],
    [4, "Roe's agent spoke to the Herons.", ["p:roe", "o:herons", "p:agent"]],
  ];
  const units = lines.map(([article, text], i) => makeUnit(i, article, text));
  const named = lines.map(([, , ids]) => ids);
  const agree = leadParticipantAgreement(units, named);

  it("agrees when two leads name the same participant besides the story's subject", () => {
    expect(agree(0, 1)).toBe(1);
    expect(agree(2, 4)).toBe(1);
  });

  it("says nothing when the leads name other participants: side figures differ within one happening", () => {
    expect(agree(0, 2)).toBe(0);
    expect(agree(1, 4)).toBe(0);
  });

  it("says nothing when a lead names no one but the story's subject", () => {
    expect(agree(0, 3)).toBe(0);
    expect(agree(3, 2)).toBe(0);
  });
});
