import { describe, expect, it } from "vitest";
import { articleIdOf, makeUnit, money } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { figureConflicts } from "../detect-conflicts.ts";
import type { ConflictContext } from "../guards.ts";
import type { ConflictRefusal } from "../refusals.ts";

const A = articleIdOf(0);
const B = articleIdOf(1);

/** The figure check run with a sink: its conflicts and the refusals it heard. */
function heard(units: Parameters<typeof figureConflicts>[0], base: ConflictContext) {
  const refusals: ConflictRefusal[] = [];
  const conflicts = figureConflicts(units, { ...base, refused: (r) => refusals.push(r) });
  return { conflicts, guards: refusals.map((r) => r.guard), refusals };
}

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

describe("figureConflicts refusals", () => {
  const damage = (index: number, text: string, value: number) =>
    makeUnit(index, index, `The earthquake hit the island, causing ${text} in damage`, {
      figures: [money(`f${index}`, articleIdOf(index), text, value, "in damage")],
    });

  it("names the statements' guard: two articles far less alike than the story's pairs", () => {
    const a = damage(0, "$2 billion", 2e9);
    const b = damage(1, "$3 billion", 3e9);
    const apart = { ...alike, articles: { between: () => 0.1, typical: 0.3 } };
    const { conflicts, guards, refusals } = heard([a, b], apart);
    expect(conflicts).toEqual([]);
    expect(guards).toEqual(["figure:alignedAsOne"]);
    // A guard of the two statements compares no values: none are named.
    expect(refusals[0]?.values).toBeUndefined();
  });

  it("names the figures' guard with the two figures: a conversion in parentheses", () => {
    const text = "The thieves took jewels worth 85 million euros ($108 million) from the store";
    const dollars = text.indexOf("$108 million");
    const a = makeUnit(0, 0, text, {
      figures: [
        {
          ...money("f1", A, "$108 million", 108e6, "jewels"),
          span: { articleId: A, start: dollars, end: dollars + 12 },
        },
      ],
    });
    const b = makeUnit(1, 1, "The thieves took jewels worth $137 million from the store", {
      figures: [money("f2", B, "$137 million", 137e6, "jewels")],
    });
    const { conflicts, refusals } = heard([a, b], alike);
    expect(conflicts).toEqual([]);
    expect(refusals.map((r) => [r.guard, r.values?.[0].start, r.values?.[1].start])).toEqual([
      ["figure:isConversion", dollars, b.figures[0]?.span.start],
    ]);
  });

  it("tells a reported pair as found, with the same conflicts as without a sink", () => {
    const a = damage(0, "$2 billion", 2e9);
    const b = damage(1, "$3 billion", 3e9);
    const { conflicts, guards } = heard([a, b], alike);
    expect(guards).toEqual(["figure:found"]);
    expect(conflicts).toEqual(figureConflicts([a, b], alike));
    expect(conflicts).toHaveLength(1);
  });
});
