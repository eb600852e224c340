import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf, makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { retoldByNoun } from "./noun-retold.ts";

/** A statement of its own article with one figure placed in its text. */
function unit(index: number, text: string, figureText: string, kind: Figure["kind"]): AlignUnit {
  const articleId = articleIdOf(index);
  const at = index * 1000 + text.indexOf(figureText);
  return makeUnit(index, index, text, {
    position: 9,
    figures: [
      {
        id: `f${index}`,
        span: { articleId, start: at, end: at + figureText.length },
        text: figureText,
        kind,
        value: 1,
        upperValue: null,
        unit: kind === "money" ? "USD" : "people",
        measure: null,
      },
    ],
  });
}

function retold(a: AlignUnit, b: AlignUnit): string | null {
  return retoldByNoun(a, a.figures[0] as Figure, b, b.figures[0] as Figure);
}

describe("a sum told once by its verb and once by its noun", () => {
  const suing = unit(
    0,
    "Norland is suing Ivo Vint for $80 million, claiming fraud.",
    "$80 million",
    "money",
  );

  it("reads 'is suing Vint for $80 million' and 'filed a $40 million lawsuit' as one verb", () => {
    const lawsuit = unit(
      1,
      "The Norland attorney general filed a $40 million lawsuit against Vint in 2013.",
      "$40 million",
      "money",
    );
    expect(retold(suing, lawsuit)).toBe("sue");
    expect(retold(lawsuit, suing)).toBe("sue");
  });

  it("reads 'was ordered to pay $2,000' and 'a $4,000 payment' as one verb", () => {
    const pay = unit(0, "Ada Roe was ordered to pay $2,000 to the city.", "$2,000", "money");
    const payment = unit(1, "Roe made a $4,000 payment to the city.", "$4,000", "money");
    expect(retold(pay, payment)).toBe("pay");
  });

  it("leaves a sum before a noun of another verb apart", () => {
    const grant = unit(
      1,
      "Norland won a $40 million grant from Castlebay.",
      "$40 million",
      "money",
    );
    expect(retold(suing, grant)).toBeNull();
  });

  it("leaves counts apart: only sums name what they are of by a noun", () => {
    const a = unit(0, "Police arrested 12 people in Castlebay.", "12 people", "count");
    const b = unit(1, "The 20 arrests came after the march.", "20", "count");
    expect(retold(a, b)).toBeNull();
  });
});
