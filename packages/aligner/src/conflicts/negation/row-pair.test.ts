import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";

/*
 * A negation row reads a statement grouped elsewhere against the pair in conflict: the denial, or
 * the statement it is set against. Article 0 denies, article 1 states it in the denial's group,
 * article 2 tells it elsewhere, worded like article 1 and in an article like article 1's.
 */
const denial = makeUnit(
  0,
  0,
  "A suspected smuggler held Tuesday in a raid by customs officers has not hanged himself in his prison cell, guards said.",
);
const stated = makeUnit(
  1,
  1,
  "The smuggler has hanged himself in his prison cell, a warden said at the jail.",
);
const elsewhere = makeUnit(
  2,
  2,
  "Wardens at the jail found that the smuggler hanged himself in his cell overnight.",
);

/** The denial and the statement worded alike; every other pair worded apart. */
const similarity = (x: AlignUnit, y: AlignUnit) =>
  new Set([x.index, y.index]).has(0) && new Set([x.index, y.index]).has(1) ? 0.9 : 0.1;

function rowArticles(likeness: (x: number, y: number) => number): string[] {
  const context: ConflictContext = {
    similarity,
    entityName: (id) => id,
    storyUnits: [denial, stated, elsewhere],
    articles: { between: likeness, typical: 0.6 },
  };
  const [conflict] = negationConflicts([denial, stated], context);
  return conflict?.values.map((v) => v.articleId) ?? [];
}

const farFromDenial = (x: number, y: number) => (x + y === 2 && x !== y ? 0.1 : 0.6);

describe("negation rows read against the pair in conflict", () => {
  it("list a statement worded like the stating one, in an article like its article", () => {
    expect(rowArticles(farFromDenial)).toEqual([
      denial.articleId,
      stated.articleId,
      elsewhere.articleId,
    ]);
  });

  it("leave it out when its article is like neither article of the pair", () => {
    const farFromBoth = (x: number, y: number) => (x === 2 || y === 2 ? 0.1 : 0.6);
    expect(rowArticles(farFromBoth)).toEqual([denial.articleId, stated.articleId]);
  });

  it("leave it out when it does not state most of the denied predicate", () => {
    const escaped = makeUnit(
      2,
      2,
      "Wardens at the jail found that the smuggler escaped from the yard overnight.",
    );
    const context: ConflictContext = {
      similarity,
      entityName: (id) => id,
      storyUnits: [denial, stated, escaped],
      articles: { between: farFromDenial, typical: 0.6 },
    };
    const [conflict] = negationConflicts([denial, stated], context);
    expect(conflict?.values.map((v) => v.articleId)).toEqual([denial.articleId, stated.articleId]);
  });
});
