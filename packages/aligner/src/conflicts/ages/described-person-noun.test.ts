import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf, makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { describedPersonNoun } from "./described-person-noun.ts";
import { personAgeConflicts } from "./person-ages.ts";

const context: ConflictContext = { similarity: () => 0, entityName: (id) => id };

/** A lead statement giving "<years>-year-old" to whoever follows. */
function aged(index: number, text: string, years: number) {
  const articleId = articleIdOf(index);
  const at = index * 1000 + text.indexOf(`${years}-year-old`);
  const age: Figure = {
    id: `age-${at}`,
    span: { articleId, start: at, end: at + `${years}-year-old`.length },
    text: `${years}-year-old`,
    kind: "count",
    value: years,
    upperValue: null,
    unit: "years of age",
    measure: "age",
  };
  return makeUnit(index, index, text, { figures: [age] });
}

describe("the noun naming a described person", () => {
  it("reads a rank word standing alone, and the person noun after a possessive", () => {
    expect(describedPersonNoun(["deputy", "on"])).toBe("deputy");
    expect(describedPersonNoun(["warden’s", "deputy", "working"])).toBe("deputy");
    expect(describedPersonNoun(["harbour", "officer"])).toBe("officer");
  });

  it("reads the title's head after a rank word, and a possessive before another noun as the person", () => {
    expect(describedPersonNoun(["deputy", "minister"])).toBe("minister");
    expect(describedPersonNoun(["actress's", "agent", "said"])).toBe("actress");
    expect(describedPersonNoun(["vase", "and", "deputy"])).toBeNull();
  });

  it("sets one rank-named person's two ages in two leads against each other", () => {
    const a = aged(0, "Ivo Vint was charged with shooting the 70-year-old deputy at the mill.", 70);
    const b = aged(1, "A 35-year-old warden’s deputy working at the mill was shot dead.", 35);
    const [found] = personAgeConflicts([a, b], [], context);
    expect(found?.conflict.values.map((v) => v.text)).toEqual(["70-year-old", "35-year-old"]);
    const agent = aged(1, "The 35-year-old actress's agent said the deputy was shot.", 35);
    expect(personAgeConflicts([a, agent], [], context)).toEqual([]);
  });
});
