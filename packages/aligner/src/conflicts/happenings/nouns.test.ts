import { describe, expect, it } from "vitest";
import { countedUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { measureConflictTexts as conflictsOf } from "../../../test/support/figure-conflicts.ts";
import type { AlignUnit } from "../../align/units.ts";
import { happeningVerb, nounHappening } from "./nouns.ts";

function villages(index: number, text: string, count: string, value: number) {
  return countedUnit(index, text, count, value, "villages", "village");
}

function at(unit: AlignUnit, word: string): [number, number] {
  const start = unit.span.start + unit.text.indexOf(word);
  return [start, start + word.length];
}

describe("the happening a figure is told with", () => {
  it("is the noun of a wide class after the clause's own verb", () => {
    const unit = villages(
      0,
      "A storm struck the Vint coast, causing major destruction in seven villages.",
      "seven",
      7,
    );
    expect(nounHappening(unit, ...at(unit, "seven"))).toBe("destroy");
    expect(happeningVerb(unit, ...at(unit, "seven"))).toBe("destroy");
  });

  it("is the verb itself when no such noun follows it", () => {
    const unit = villages(0, "The storm flattened seven villages on the coast.", "seven", 7);
    expect(nounHappening(unit, ...at(unit, "seven"))).toBeNull();
    expect(happeningVerb(unit, ...at(unit, "seven"))).toBe("flatten");
  });
});

describe("figures said with two verbs of one wide happening class", () => {
  it("disagree: leveled against flattening, destruction against flattening", () => {
    const leveled = villages(0, "A tremor has leveled seven villages near Ostra.", "seven", 7);
    const flattened = villages(
      1,
      "A tremor shook the Ostra valley, flattening fourteen villages.",
      "fourteen",
      14,
    );
    expect(conflictsOf([leveled, flattened])).toEqual([["seven", "fourteen"]]);
    const destruction = villages(
      0,
      "A tremor hit the Ostra valley, causing major destruction in seven villages.",
      "seven",
      7,
    );
    expect(conflictsOf([destruction, flattened])).toEqual([["seven", "fourteen"]]);
  });

  it("do not when the verbs tell two happenings", () => {
    const flooded = villages(0, "The river flooded seven villages near Ostra.", "seven", 7);
    const flattened = villages(
      1,
      "A tremor shook the Ostra valley, flattening fourteen villages.",
      "fourteen",
      14,
    );
    expect(conflictsOf([flooded, flattened])).toEqual([]);
  });
});
