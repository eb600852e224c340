import { describe, expect, it } from "vitest";
import { articleIdOf, makeUnit, money } from "../test/fixtures/alignment-gold/make-unit.ts";
import { groupRelation } from "./relations.ts";

describe("groupRelation", () => {
  const a = makeUnit(0, 0, "Washington has shown some flexibility on the matter.");
  const b = makeUnit(1, 1, "The US has shown flexibility on the matter.");

  it("is unique for one article, conflict when a value disagrees", () => {
    expect(groupRelation([a], [])).toBe("unique");
    expect(
      groupRelation(
        [a, b],
        [
          {
            kind: "figure",
            subject: "x",
            values: [
              { articleId: a.articleId, text: "1", span: null },
              { articleId: b.articleId, text: "2", span: null },
            ],
          },
        ],
      ),
    ).toBe("conflict");
  });

  it("agrees when both say the same, partial when one says clearly more", () => {
    expect(groupRelation([a, b], [])).toBe("agree");
    const more = makeUnit(
      2,
      1,
      "The US has shown flexibility on the matter, accepting parts of the proposal on the investment timeline, guarantees, loans and project selection.",
    );
    expect(groupRelation([a, more], [])).toBe("partial");
    const withFigure = makeUnit(3, 1, "The US has shown flexibility on the matter.", {
      figures: [money("f", articleIdOf(1), "$350 billion", 350e9, "investment")],
    });
    expect(groupRelation([a, withFigure], [])).toBe("partial");
  });

  it("is partial, not agree, when two statements share a topic but each says mostly something else", () => {
    // Chosun and JoongAng on Oct. 22: both mention a joint statement at the summit, about different things.
    const include = makeUnit(
      4,
      0,
      "Deputy Minister Kim explained that if the two countries' joint statement is announced, the achievements of the first summit will also be included.",
    );
    const goal = makeUnit(
      5,
      1,
      "Government sources say the current trip is intended to finalize the draft agreement, with the goal of issuing a joint statement during the summit.",
    );
    expect(groupRelation([include, goal], [])).toBe("partial");
  });

  it("reads copies of one statement as one side, and still sees the one outlet saying more", () => {
    const text = "The harbour council approved the ferry budget on Monday.";
    const copies = Array.from({ length: 40 }, (_, i) =>
      makeUnit(i, i, text, { figures: [money(`f${i}`, articleIdOf(i), "$4 million", 4e6, null)] }),
    );
    expect(groupRelation(copies, [])).toBe("agree");
    const lastCopy = copies.at(-1) as (typeof copies)[number];
    const without = makeUnit(40, 40, text);
    // The copies give a figure the last outlet does not: partial, wherever it stands in the group.
    expect(groupRelation([...copies, without], [])).toBe("partial");
    expect(groupRelation([without, ...copies], [])).toBe("partial");
    expect(groupRelation([lastCopy, without], [])).toBe("partial");
  });
});
