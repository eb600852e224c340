import { describe, expect, it } from "vitest";
import { type Attribution, attributionLabel, type Speaker, SpeakerSchema } from "./attribution.ts";

const A = "0123456789abcdef";
const resolved = (name: string, entityId: string | null = null): Speaker => ({
  status: "resolved",
  entityId,
  name,
});
const unknown: Speaker = { status: "unknown", entityId: null, name: null };
const ambiguous: Speaker = { status: "ambiguous", entityId: null, name: null };
const quote = (speaker: Speaker, direct = true, via: string | null = null) => ({
  direct,
  span: { articleId: A, start: 0, end: 1 },
  text: "x",
  speaker,
  via,
});

describe("attributionLabel", () => {
  it("names the speaker of a quotation or reported statement", () => {
    const kowal = resolved("Anna Kowal", "E0");
    expect(attributionLabel({ kind: "direct", speaker: kowal, quotes: [quote(kowal)] })).toBe(
      "quoting Anna Kowal",
    );
    const officials = resolved("officials");
    expect(
      attributionLabel({ kind: "indirect", speaker: officials, quotes: [quote(officials, false)] }),
    ).toBe("reporting officials");
  });

  it("names the report words are passed on through, when all of them come through it", () => {
    const kowal = resolved("Anna Kowal", "E0");
    const viaLedger: Attribution = {
      kind: "direct",
      speaker: kowal,
      quotes: [quote(kowal, true, "the Ledger"), quote(kowal, true, "the Ledger")],
    };
    expect(attributionLabel(viaLedger)).toBe("quoting Anna Kowal, according to the Ledger");
    const unknownViaTranscript: Attribution = {
      kind: "direct",
      speaker: unknown,
      quotes: [quote(unknown, true, "a transcript of the call")],
    };
    expect(attributionLabel(unknownViaTranscript)).toBe(
      "quoting, speaker unknown, according to a transcript of the call",
    );
    const mixed: Attribution = {
      kind: "direct",
      speaker: kowal,
      quotes: [quote(kowal, true, "the Ledger"), quote(kowal)],
    };
    expect(attributionLabel(mixed)).toBe("quoting Anna Kowal");
  });

  it("names each person of a statement quoting several, and guesses none that is undecided", () => {
    const two: Attribution = {
      kind: "direct",
      speaker: ambiguous,
      quotes: [quote(resolved("Aalto", "E0")), quote(resolved("Berg", "E1"))],
    };
    expect(attributionLabel(two)).toBe("quoting Aalto and Berg");
    const undecided: Attribution = {
      kind: "direct",
      speaker: ambiguous,
      quotes: [quote(resolved("Aalto", "E0")), quote(ambiguous)],
    };
    expect(attributionLabel(undecided)).toBe("quoting, speaker ambiguous");
    expect(attributionLabel({ kind: "direct", speaker: unknown, quotes: [quote(unknown)] })).toBe(
      "quoting, speaker unknown",
    );
  });

  it("says nothing for a statement that credits nobody", () => {
    expect(attributionLabel({ kind: "none", speaker: unknown, quotes: [] })).toBeNull();
  });
});

describe("SpeakerSchema", () => {
  it("refuses a resolved speaker without a name and an unknown one pointing at an entity", () => {
    expect(
      SpeakerSchema.safeParse({ status: "resolved", entityId: "E0", name: null }).success,
    ).toBe(false);
    expect(SpeakerSchema.safeParse({ status: "unknown", entityId: "E0", name: null }).success).toBe(
      false,
    );
    expect(SpeakerSchema.safeParse(resolved("Anna Kowal", "E0")).success).toBe(true);
  });
});
