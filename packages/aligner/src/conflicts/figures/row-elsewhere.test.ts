import { describe, expect, it } from "vitest";
import { countedUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { figureConflicts } from "../detect-conflicts.ts";
import type { ConflictContext } from "../guards.ts";

function yards(index: number, text: string, count: string, value: number, measure: string) {
  return countedUnit(index, text, count, value, measure, "yard");
}

describe("a statement grouped elsewhere that gives a disputed value", () => {
  const reception = yards(
    0,
    "Ivo Vint made a seven-yard touchdown reception late in the game.",
    "seven-yard",
    7,
    "touchdown reception",
  );
  const touchdown = yards(
    1,
    "Ada Lund hit Ivo Vint for a fourteen-yard touchdown late in the game.",
    "fourteen-yard",
    14,
    "touchdown",
  );
  const pass = yards(
    2,
    "Ada Lund found Ivo Vint for a seven-yard touchdown pass late in the game.",
    "seven-yard",
    7,
    "touchdown pass",
  );
  const run = yards(3, "Ivo Vint had a seven-yard run late in the game.", "seven-yard", 7, "run");
  const context: ConflictContext = {
    similarity: () => 0.9,
    entityName: (id) => id,
    statingFigure: (key) => (key === "yard|7" ? [reception, pass, run] : []),
  };

  it("stands in the row when its measure opens the other disputed figure's", () => {
    const rows = figureConflicts([reception, touchdown] as AlignUnit[], context);
    expect(rows.map((c) => c.values.map((v) => v.text))).toEqual([
      ["seven-yard", "fourteen-yard", "seven-yard"],
    ]);
    expect(rows[0]?.values.map((v) => v.articleId)).toEqual([
      reception.articleId,
      touchdown.articleId,
      pass.articleId,
    ]);
  });
});
