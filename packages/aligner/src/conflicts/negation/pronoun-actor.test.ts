import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";
import { pronounBefore } from "./pronoun-actor.ts";

/*
 * A negation row takes a statement grouped elsewhere that says the denied verb of the same pronoun
 * as the denial, in words half alike, naming the same people. Article 0 denies, article 1 states
 * it in the denial's group, article 2 tells it elsewhere in fewer of the denial's words.
 */
const denial = makeUnit(
  0,
  0,
  "The dock foreman hanged himself in the harbour jail, hours after he was not arrested in a raid on the smuggling ring, wardens said.",
);
const stated = makeUnit(
  1,
  1,
  "The dock foreman hanged himself in the harbour jail, hours after he was arrested in a raid on the smuggling ring.",
);

/** The denial and the statement worded alike; every other pair worded apart. */
const similarity = (x: AlignUnit, y: AlignUnit) =>
  new Set([x.index, y.index]).has(0) && new Set([x.index, y.index]).has(1) ? 0.9 : 0.1;

function rowArticles(elsewhere: AlignUnit, people: readonly string[] = []): string[] {
  const context: ConflictContext = {
    similarity,
    entityName: (id) => id,
    isPerson: (id) => people.includes(id),
    storyUnits: [denial, stated, elsewhere],
  };
  const [conflict] = negationConflicts([denial, stated], context);
  return conflict?.values.map((v) => v.articleId) ?? [];
}

describe("negation rows read a pronoun both statements say the verb of", () => {
  it("list a statement saying the verb of the same pronoun, half its words alike", () => {
    const elsewhere = makeUnit(
      2,
      2,
      "A foreman of the docks hanged himself in jail hours before he was arrested in a customs sweep.",
    );
    expect(rowArticles(elsewhere)).toEqual([
      denial.articleId,
      stated.articleId,
      elsewhere.articleId,
    ]);
  });

  it("leave it out when its pronoun is another ('she was arrested')", () => {
    const elsewhere = makeUnit(
      2,
      2,
      "A foreman of the docks hanged himself in jail hours before she was arrested in a customs sweep.",
    );
    expect(rowArticles(elsewhere)).toEqual([denial.articleId, stated.articleId]);
  });

  it("leave it out when it names someone the denial does not (Ivo Vint)", () => {
    const elsewhere = makeUnit(
      2,
      2,
      "A foreman of the docks hanged himself in jail hours before he was arrested in a customs sweep with Ivo Vint.",
      { entities: new Set(["Ivo Vint"]) },
    );
    expect(rowArticles(elsewhere, ["Ivo Vint"])).toEqual([denial.articleId, stated.articleId]);
  });

  it("leave it out when it shares few of the denial's words", () => {
    const elsewhere = makeUnit(
      2,
      2,
      "Months earlier he was arrested for speeding on the coast road.",
    );
    expect(rowArticles(elsewhere)).toEqual([denial.articleId, stated.articleId]);
  });
});

describe("pronounBefore", () => {
  const unit = makeUnit(
    0,
    0,
    "Hours after he was quickly not arrested, the guard said she had left.",
  );
  it("reads the pronoun before a verb past auxiliaries, 'not' and -ly adverbs", () => {
    expect(pronounBefore(unit, unit.text.indexOf("not arrested"))).toBe("he");
    expect(pronounBefore(unit, unit.text.indexOf("left"))).toBe("she");
  });
  it("reads none when another word stands between", () => {
    expect(pronounBefore(unit, unit.text.indexOf("the guard"))).toBeNull();
    expect(pronounBefore(unit, unit.text.indexOf("said"))).toBeNull();
  });
});
