import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf, makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import { figureConflicts } from "./detect-conflicts.ts";
import type { ConflictContext } from "./guards.ts";
import { loneStatementConflicts } from "./lone-statements.ts";

const context: ConflictContext = {
  similarity: () => 0.3,
  entityName: (id) => id,
  sharedVerb: true,
};

/** A statement with one sum of money, placed where its text stands. */
function withSum(index: number, article: number, text: string, sum: string, value: number) {
  const articleId = articleIdOf(article);
  const at = index * 1000 + text.indexOf(sum);
  const figure: Figure = {
    id: `f${index}`,
    span: { articleId, start: at, end: at + sum.length },
    text: sum,
    kind: "money",
    value,
    upperValue: null,
    unit: "EUR",
    measure: null,
  };
  return makeUnit(index, article, text, { figures: [figure], position: 0 });
}

const checks = (pair: readonly AlignUnit[]) => figureConflicts(pair, context);

describe("loneStatementConflicts", () => {
  const told = withSum(
    0,
    0,
    "Thieves stole paintings worth 40 million euros from the gallery.",
    "40 million euros",
    4e7,
  );
  const alone = withSum(
    1,
    1,
    "The thieves stole paintings worth 80 million euros from the city gallery.",
    "80 million euros",
    8e7,
  );
  const other = makeUnit(
    2,
    2,
    "The gallery reopened to visitors after the theft of its paintings.",
  );

  it("sets a statement alignment left alone against its best match's differing value", () => {
    const found = loneStatementConflicts(
      [told, alone, other],
      [0, 1, 0],
      [2, 1, 2],
      [
        { a: 0, b: 1, score: 0.18 },
        { a: 1, b: 2, score: 0.13 },
      ],
      0.12,
      [],
      checks,
    );
    expect([...found.keys()]).toEqual([0]);
    expect(found.get(0)?.[0]?.values.map((v) => v.text)).toEqual([
      "80 million euros",
      "40 million euros",
    ]);
  });

  it("compares only with the best match, above the pair score, and repeats no reported conflict", () => {
    const weak = [{ a: 0, b: 1, score: 0.05 }];
    expect(loneStatementConflicts([told, alone], [0, 1], [1, 1], weak, 0.12, [], checks).size).toBe(
      0,
    );
    const best = [
      { a: 0, b: 1, score: 0.13 },
      { a: 1, b: 2, score: 0.3 },
    ];
    expect(
      loneStatementConflicts([told, alone, other], [0, 1, 0], [2, 1, 2], best, 0.12, [], checks)
        .size,
    ).toBe(0);
    const pair = [{ a: 0, b: 1, score: 0.18 }];
    const reported = checks([told, alone]);
    expect(reported).toHaveLength(1);
    expect(
      loneStatementConflicts([told, alone], [0, 1], [1, 1], pair, 0.12, reported, checks).size,
    ).toBe(0);
  });

  it("reads no conflict when the values belong to different verbs", () => {
    const recovered = withSum(
      3,
      1,
      "Police recovered paintings worth 80 million euros from the gallery.",
      "80 million euros",
      8e7,
    );
    const pair = [{ a: 0, b: 1, score: 0.18 }];
    expect(
      loneStatementConflicts(
        [told, recovered].map((u, i) => ({ ...u, index: i })),
        [0, 1],
        [1, 1],
        pair,
        0.12,
        [],
        checks,
      ).size,
    ).toBe(0);
  });
});
