import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { timedUnit as timed } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { reportedHappening } from "./clock-report.ts";
import { clockTimeConflicts } from "./clock-times.ts";

const context: ConflictContext = { similarity: () => 0.2, entityName: (id) => id };

const happening = (unit: AlignUnit) => reportedHappening(unit, unit.figures[0] as Figure);

describe("reportedHappening", () => {
  it("reads the thing reported, before a passive or after an active 'reported'", () => {
    expect(happening(timed(0, "The blaze was reported at 3:10 a.m.", "3:10 a.m.", 190))).toBe(
      "report|blaze",
    );
    expect(
      happening(
        timed(1, "A night porter reported the blaze shortly after 3:10 a.m.", "3:10 a.m.", 190),
      ),
    ).toBe("report|blaze");
  });

  it("reads nothing when no thing is reported right before the time", () => {
    expect(
      happening(timed(0, "Police reported at 4 p.m. that the road had reopened.", "4 p.m.", 960)),
    ).toBeNull();
    expect(
      happening(
        timed(1, "The blaze was reported to the harbour office at 3:10 a.m.", "3:10 a.m.", 190),
      ),
    ).toBeNull();
  });
});

describe("clock times of a reported happening", () => {
  it("disagree between a short active statement and a passive one", () => {
    const a = timed(0, "A night porter reported the blaze at 4:10 a.m.", "4:10 a.m.", 250);
    const b = timed(
      1,
      "The blaze was reported at 3:10 a.m. and is under investigation by the harbour police.",
      "3:10 a.m.",
      190,
    );
    expect(
      clockTimeConflicts([a, b], [], context).map((f) => f.conflict.values.map((v) => v.text)),
    ).toEqual([["4:10 a.m.", "3:10 a.m."]]);
  });

  it("not when two different things were reported", () => {
    const a = timed(0, "A night porter reported the blaze at 4:10 a.m.", "4:10 a.m.", 250);
    const b = timed(
      1,
      "A second flood was reported at 3:10 a.m. in the old harbour.",
      "3:10 a.m.",
      190,
    );
    expect(clockTimeConflicts([a, b], [], context)).toEqual([]);
  });
});
