import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { stanceFindings } from "./stance.ts";

describe("stanceFindings", () => {
  it("sets 'very close to a deal' against 'at an impasse' when said by two people within days", () => {
    const vint = makeUnit(0, 0, "Vint said the two sides were very close to a deal.", {
      speakers: new Set(["E-vint"]),
      saidOn: "2025-10-24",
    });
    const lund = makeUnit(1, 0, "Lund said the talks remain at an impasse.", {
      speakers: new Set(["E-lund"]),
      saidOn: "2025-10-26",
    });
    const later = makeUnit(2, 1, "Lund said the talks remain at an impasse.", {
      speakers: new Set(["E-lund"]),
      saidOn: "2025-11-10",
    });
    const findings = stanceFindings([vint, lund, later], (id) => id);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.conflict.values.map((v) => v.text)).toEqual([
      "very close to a deal",
      "at an impasse",
    ]);
    // The quoted phrase's own span, so the UI can highlight it.
    const value = findings[0]?.conflict.values[0];
    expect((value?.span?.end ?? 0) - (value?.span?.start ?? 0)).toBe("very close to a deal".length);
  });

  it("ignores an unattributed mood and one person's change of mind", () => {
    const outlet = makeUnit(0, 0, "A breakthrough may be near in the talks.", {
      saidOn: "2025-10-22",
    });
    const kessel1 = makeUnit(1, 0, "Kessel said there was substantial progress in the talks.", {
      speakers: new Set(["E-kessel"]),
      saidOn: "2025-10-19",
    });
    const kessel2 = makeUnit(2, 1, "Kessel said the talks are sharply divided.", {
      speakers: new Set(["E-kessel"]),
      saidOn: "2025-10-20",
    });
    const lund = makeUnit(3, 1, "Lund said the talks are at an impasse.", {
      speakers: new Set(["E-lund"]),
      saidOn: "2025-10-22",
    });
    expect(stanceFindings([outlet, kessel1, kessel2, lund], (id) => id)).toEqual([]);
  });
});
