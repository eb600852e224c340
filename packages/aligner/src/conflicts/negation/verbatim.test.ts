import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";
import { type Negated, negatedWords } from "./negated-words.ts";
import { statedAlike, writtenAlikeAt } from "./verbatim.ts";

// Worded apart as wholes: only the same words but for the "not" tie the two statements.
const apart: ConflictContext = { similarity: () => 0.2, entityName: (id) => id };

describe("negationConflicts on the same words but for the negation", () => {
  it("sets a denial against a statement writing its subject, auxiliary and word alike", () => {
    const denied = makeUnit(0, 0, '"He left the club himself - it was not his choice."');
    const stated = makeUnit(
      1,
      1,
      "Though the agent would not say why he went, a friend of the team said that it was his choice to leave.",
    );
    const [conflict, ...rest] = negationConflicts([denied, stated], apart);
    expect(rest).toEqual([]);
    expect(conflict?.values.map((v) => v.text)).toEqual(["not his choice", "choice"]);
  });

  it("reads the words after the negated one too, and a named subject", () => {
    const denied = makeUnit(
      0,
      0,
      "Ivo Vint told the court that Ada Lund was not staying at the Harbour Inn and asked for more time.",
    );
    const stated = makeUnit(
      1,
      1,
      "Ivo Vint said Ada Lund was staying at the Harbour Inn, a lodge by the lake.",
    );
    expect(negationConflicts([denied, stated], apart)).toHaveLength(1);
  });

  it("is silent on a run of fewer than four words, another subject, a he or she, or a negation before", () => {
    const denied = makeUnit(0, 0, "A source said the fee was not final, as talks went on.");
    const same = makeUnit(1, 1, "The club said the fee was final, and fans were told.");
    expect(negationConflicts([denied, same], apart)).toEqual([]);
    const it = makeUnit(2, 2, "A source said it was not her coach, as talks went on.");
    const price = makeUnit(3, 3, "The club said the price was her coach, and fans were told.");
    expect(negationConflicts([it, price], apart)).toEqual([]);
    const stated = makeUnit(5, 5, "The club said it was her coach, and fans were told.");
    expect(negationConflicts([it, stated], apart)).toHaveLength(1);
    const he = makeUnit(4, 4, "A source said he was not her coach, as talks went on.");
    const he2 = makeUnit(5, 5, "The club said he was her coach, and fans were told.");
    expect(negationConflicts([he, he2], apart)).toEqual([]);
    const unsaid = makeUnit(
      6,
      6,
      "The club did not say that it was her coach, and fans were told.",
    );
    expect(negationConflicts([it, unsaid], apart)).toEqual([]);
    const lost = makeUnit(7, 7, "The boat has not been found.");
    const none = makeUnit(8, 8, "No boat has been found.");
    expect(negationConflicts([lost, none], apart)).toEqual([]);
  });
});

describe("negationConflicts where a horizontal bar ends a clause", () => {
  it("reads the stated clause from a bar as from an em dash", () => {
    const denied = makeUnit(0, 0, '"He left the club himself - it was not his choice."');
    const item = negatedWords(denied).find((n) => n.lemma === "choice") as Negated;
    const stated = (dash: string) =>
      makeUnit(
        1,
        1,
        `With no new club in sight ${dash} a friend of the team said that it was his choice to leave.`,
      );
    expect(statedAlike(denied, item, stated("―"))?.text).toBe("choice");
    expect(statedAlike(denied, item, stated("—"))?.text).toBe("choice");
    // Without a dash the "no" stands in the clause: it states nothing.
    expect(statedAlike(denied, item, stated(""))).toBeNull();
  });

  it("ends the words written alike at a bar as at an em dash", () => {
    const denied = makeUnit(
      0,
      0,
      "Ivo Vint told the court that Ada Lund was not staying at the Harbour Inn and asked for more time.",
    );
    const item = negatedWords(denied).find((n) => n.lemma === "stay") as Negated;
    const alikeAt = writtenAlikeAt(denied, item);
    const stated = (dash: string) =>
      makeUnit(
        1,
        1,
        `Ivo Vint said Ada Lund was staying at the Harbour Inn ${dash} a lodge by the lake.`,
      );
    const at = (unit: AlignUnit) => unit.span.start + unit.text.indexOf("staying");
    const bar = stated("―");
    const em = stated("—");
    expect(alikeAt?.(bar, at(bar))).toBe(true);
    expect(alikeAt?.(em, at(em))).toBe(true);
    // Another word after the run, not a clause end: two happenings.
    const other = stated("with");
    expect(alikeAt?.(other, at(other))).toBe(false);
  });
});
