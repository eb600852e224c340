import type { StoryEntity } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf, day, makeUnit, money } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { type ConflictContext, dateConflicts, figureConflicts } from "./detect-conflicts.ts";
import { titleConflicts } from "./titles/conflicts.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id.replace("E-", "") };
const unlike: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };
const A = articleIdOf(0);
const B = articleIdOf(1);

function entity(name: string, titles: [string, string][]): StoryEntity {
  return {
    id: "E1",
    kind: "person",
    name,
    titles: titles.map(([articleId, text]) => ({
      articleId,
      text,
      span: { articleId, start: 0, end: text.length },
    })),
    members: [],
    mentions: [],
  };
}

describe("titleConflicts", () => {
  it("flags 'former US President' against 'U.S. President', naming both", () => {
    const [conflict, ...rest] = titleConflicts(
      entity("Anton Veld", [
        [A, "U.S. President"],
        [B, "former US President"],
      ]),
    );
    expect(rest).toEqual([]);
    expect(conflict?.kind).toBe("title");
    expect(conflict?.values.map((v) => v.text)).toEqual(["former US President", "U.S. President"]);
  });

  it("reads 'former' against a plain post as no disagreement for a person the story says died", () => {
    const founder = entity("Dana Vey", [
      [A, "former deputy harbour master"],
      [B, "deputy harbour master"],
    ]);
    expect(titleConflicts(founder)).toHaveLength(1);
    expect(titleConflicts(founder, () => "", true)).toEqual([]);
    // A rank word still says which post the person held.
    const ranked = entity("Dana Vey", [
      [A, "former deputy harbour master"],
      [B, "harbour master"],
    ]);
    expect(titleConflicts(ranked, () => "", true)[0]?.evidence?.[1]?.label).toBe(
      '"deputy" in one outlet\'s title only',
    );
  });

  it("shows translations of one post side by side without flagging them", () => {
    const kim = entity("Kim Tae-hun", [
      [A, "Presidential director of national policy"],
      [B, "Presidential Chief of Staff for Policy"],
      [articleIdOf(2), "South Korea's presidential chief of staff for policy"],
    ]);
    expect(titleConflicts(kim)).toEqual([]);
  });

  /** An entity whose title in A goes on after the name ("Minister … of the Ministry …"). */
  function qualified(title: string, qualifier: string, other: string): StoryEntity {
    const base = entity("Kim", [[B, other]]);
    return {
      ...base,
      titles: [
        {
          articleId: A,
          text: title,
          span: { articleId: A, start: 0, end: title.length },
          qualifier: {
            text: qualifier,
            span: { articleId: A, start: 20, end: 20 + qualifier.length },
          },
        },
        ...base.titles,
      ],
    };
  }

  it("shows a post written after the name whole, and does not flag it against a translation of that post", () => {
    const ministry = "of the Ministry of Trade, Industry and Energy";
    expect(titleConflicts(qualified("Minister", ministry, "Industry Minister"))).toEqual([]);
    expect(
      titleConflicts(qualified("Deputy Minister", ministry, "Industry Minister"))[0]?.values.map(
        (v) => v.text,
      ),
    ).toEqual([
      "Deputy Minister of the Ministry of Trade, Industry and Energy",
      "Industry Minister",
    ]);
    // Its span runs from the title to the end of the post, so a highlight shows all of it.
    expect(
      titleConflicts(qualified("Deputy Minister", ministry, "Industry Minister"))[0]?.values[0]
        ?.span,
    ).toEqual({ articleId: A, start: 0, end: 20 + ministry.length });
  });

  it("takes rank from the words before the name, not from the office a qualifier names", () => {
    const office = "of the Office of the Deputy Prime Minister";
    expect(titleConflicts(qualified("Director", office, "Director"))).toEqual([]);
  });

  it("does not flag an acting holder called by the post he fills", () => {
    expect(
      titleConflicts(
        entity("Y", [
          [A, "acting agency director"],
          [B, "agency director"],
        ]),
      ),
    ).toEqual([]);
  });

  it("flags a deputy where another outlet gives the full rank", () => {
    expect(
      titleConflicts(
        entity("X", [
          [A, "Minister"],
          [B, "Deputy Minister"],
        ]),
      )[0]?.kind,
    ).toBe("title");
  });
});

describe("figureConflicts", () => {
  it("names both values of one measure that disagree", () => {
    const a = makeUnit(0, 0, "$350 billion U.S.-bound investment was pledged", {
      figures: [money("f0", A, "$350 billion", 350e9, "U.S.-bound investment")],
    });
    const b = makeUnit(1, 1, "Seoul pledged investment in the US worth $300 billion", {
      figures: [money("f1", B, "$300 billion", 300e9, "investment in the US")],
    });
    const c = makeUnit(2, 2, "Seoul pledged $350 billion investment", {
      figures: [money("f2", articleIdOf(2), "$350 billion", 350e9, "investment")],
    });
    const conflicts = figureConflicts([a, b, c], alike);
    expect(conflicts).toHaveLength(1);
    // Every outlet stating one of the values is in the row.
    expect(conflicts[0]?.values.map((v) => `${v.articleId[0]} ${v.text}`)).toEqual([
      "a $350 billion",
      "b $300 billion",
      "c $350 billion",
    ]);
    expect(conflicts[0]?.evidence?.[0]?.label).toBe("both count investment");
    // Counting the same thing in clauses that share nothing, in statements worded differently:
    // "20 people inside the bank" and "20,000 people joined the demonstrations" are two facts.
    const d = makeUnit(3, 1, "The bank reported investment of $300 billion in the US", {
      figures: [money("f3", B, "$300 billion", 300e9, "investment in the US")],
    });
    expect(figureConflicts([a, d], unlike)).toEqual([]);
  });

  it("reads no disagreement between articles far less alike than the story's typical pair", () => {
    // A story holding two alike events (two earthquakes): "$2 billion in damage" in an article
    // about one is no disagreement with "$3 billion in damage" in an article about the other.
    const a = makeUnit(0, 0, "The earthquake hit the island, causing $2 billion in damage", {
      figures: [money("f0", A, "$2 billion", 2e9, "in damage")],
    });
    const b = makeUnit(1, 1, "The earthquake hit the island, causing $3 billion in damage", {
      figures: [money("f1", B, "$3 billion", 3e9, "in damage")],
    });
    const articles = (likeness: number) => ({ between: () => likeness, typical: 0.3 });
    expect(figureConflicts([a, b], { ...alike, articles: articles(0.3) })).toHaveLength(1);
    expect(figureConflicts([a, b], { ...alike, articles: articles(0.1) })).toEqual([]);
  });

  it("reads a figure in parentheses after another as its conversion, not a value of its own", () => {
    const text = "The thieves took jewels worth 85 million euros ($108 million) from the store";
    const euros = text.indexOf("85 million euros");
    const dollars = text.indexOf("$108 million");
    const a = makeUnit(0, 0, text, {
      figures: [
        {
          ...money("f0", A, "85 million euros", 85e6, "jewels"),
          unit: "EUR",
          span: { articleId: A, start: euros, end: euros + 16 },
        },
        {
          ...money("f1", A, "$108 million", 108e6, "jewels"),
          span: { articleId: A, start: dollars, end: dollars + 12 },
        },
      ],
    });
    const b = makeUnit(1, 1, "The thieves took jewels worth $137 million from the store", {
      figures: [money("f2", B, "$137 million", 137e6, "jewels")],
    });
    expect(figureConflicts([a, b], alike)).toEqual([]);
    // Without the parentheses the dollar figure is the outlet's own.
    const own = makeUnit(2, 2, "The thieves took jewels worth $108 million from the store", {
      figures: [money("f3", articleIdOf(2), "$108 million", 108e6, "jewels")],
    });
    expect(figureConflicts([own, b], alike)).toHaveLength(1);
  });

  it("reads hedges: 'more than 30' and '35' agree, 'up to $2 billion' and 'as much as $3 billion' do not", () => {
    const count = (articleId: string, text: string, value: number) => ({
      ...money("f", articleId, text, value, "people"),
      kind: "count" as const,
      unit: "people",
    });
    const a = makeUnit(0, 0, "more than 30 people were injured", {
      figures: [{ ...count(A, "30", 30), span: { articleId: A, start: 10, end: 12 } }],
    });
    const b = makeUnit(1, 1, "35 people were injured", { figures: [count(B, "35", 35)] });
    expect(figureConflicts([a, b], alike)).toEqual([]);
    const c = makeUnit(0, 0, "up to $2 billion in lost yearly sales", {
      figures: [
        {
          ...money("f0", A, "$2 billion", 2e9, "sales"),
          span: { articleId: A, start: 6, end: 16 },
        },
      ],
    });
    const d = makeUnit(1, 1, "as much as $3 billion in lost yearly sales", {
      figures: [
        {
          ...money("f1", B, "$3 billion", 3e9, "sales"),
          span: { articleId: B, start: 1011, end: 1021 },
        },
      ],
    });
    expect(figureConflicts([c, d], alike)).toHaveLength(1);
  });

  it("treats '$350 billion' and '350 billion dollars' as equal, and different measures as no conflict", () => {
    const a = makeUnit(0, 0, "x", {
      figures: [money("f0", A, "$350 billion", 350e9, "investment")],
    });
    const b = makeUnit(1, 1, "y", {
      figures: [money("f1", B, "350 billion dollars", 350e9, "investment")],
    });
    expect(figureConflicts([a, b], alike)).toEqual([]);
    const c = makeUnit(2, 1, "z", {
      figures: [money("f2", B, "$20 billion", 20e9, "currency swap line")],
    });
    expect(figureConflicts([a, c], unlike)).toEqual([]);
  });
});

describe("figureConflicts with several figures or clock times", () => {
  const count = (articleId: string, text: string, value: number, start: number) => ({
    ...money("f", articleId, text, value, "age"),
    id: `f${start}`,
    kind: "count" as const,
    unit: "years of age",
    span: { articleId, start, end: start + text.length },
  });
  it("pairs several figures of one unit in order when just one differs", () => {
    const text = "The 36-year-old champion beat the 40-year-old American";
    const a = makeUnit(0, 0, text, {
      figures: [count(A, "36-year-old", 36, 4), count(A, "40-year-old", 40, 34)],
    });
    const b = makeUnit(1, 1, text.replace("36", "37"), {
      figures: [count(B, "37-year-old", 37, 1004), count(B, "40-year-old", 40, 1034)],
    });
    expect(figureConflicts([a, b], alike)[0]?.values.map((v) => v.text)).toEqual([
      "36-year-old",
      "37-year-old",
    ]);
    const c = makeUnit(2, 1, "The 41-year-old champion beat the 39-year-old American", {
      figures: [count(B, "41-year-old", 41, 2004), count(B, "39-year-old", 39, 2034)],
    });
    expect(figureConflicts([a, c], alike)).toEqual([]);
  });

  it("reports two clock times of one event as a time conflict", () => {
    const time = (articleId: string, text: string, value: number, start: number) => ({
      ...money("t", articleId, text, value, null),
      id: `t${start}`,
      kind: "time" as const,
      unit: "time",
      span: { articleId, start, end: start + text.length },
    });
    const a = makeUnit(0, 0, "The fire at the warehouse broke out at 2 a.m.", {
      figures: [time(A, "2 a.m.", 120, 39)],
    });
    const b = makeUnit(1, 1, "The fire at the warehouse broke out at 3 a.m.", {
      figures: [time(B, "3 a.m.", 180, 1039)],
    });
    const [conflict] = figureConflicts([a, b], unlike);
    expect(conflict?.kind).toBe("time");
    expect(conflict?.values.map((v) => v.text)).toEqual(["2 a.m.", "3 a.m."]);
  });
});

describe("dateConflicts", () => {
  it("compares weekdays by name when neither article gives its own date", () => {
    const weekday = (articleId: string, text: string, start: number) => ({
      ...day("w", articleId, text, "2025-10-19"),
      id: `w${start}`,
      value: null,
      status: "unresolved" as const,
      span: { articleId, start, end: start + text.length },
    });
    const a = makeUnit(0, 0, "The bomb exploded on Friday", {
      weekdays: [weekday(A, "on Friday", 18)],
    });
    const b = makeUnit(1, 1, "The bomb exploded on Sunday", {
      weekdays: [weekday(B, "on Sunday", 1018)],
    });
    expect(dateConflicts([a, b], unlike)[0]?.values.map((v) => v.text)).toEqual([
      "on Friday",
      "on Sunday",
    ]);
    const same = makeUnit(2, 2, "The bomb exploded on Friday", {
      weekdays: [weekday(articleIdOf(2), "on Friday", 2018)],
    });
    expect(dateConflicts([a, same], unlike)).toEqual([]);
  });

  it("flags two alike statements that put one event on different days", () => {
    const a = makeUnit(0, 0, "x", { dates: [day("d0", A, "on Sunday", "2025-10-19")] });
    const b = makeUnit(1, 1, "y", { dates: [day("d1", B, "on Monday", "2025-10-20")] });
    expect(dateConflicts([a, b], alike)[0]?.values.map((v) => v.text)).toEqual([
      "on Sunday",
      "on Monday",
    ]);
    expect(dateConflicts([a, b], unlike)).toEqual([]);
  });
});

describe("titleConflicts with the words before a title", () => {
  it("reads a status word two words before a title cut from its post", () => {
    const mitchell = entity("Amos Vint", [
      [A, "former Attorney General"],
      [B, "general"],
    ]);
    const before = (title: StoryEntity["titles"][number]) =>
      title.text === "general" ? "aide to former attorney " : "";
    expect(titleConflicts(mitchell, before)).toEqual([]);
    expect(
      titleConflicts(mitchell, (t) => (t.text === "general" ? "the attorney " : "")),
    ).toHaveLength(1);
  });
});
