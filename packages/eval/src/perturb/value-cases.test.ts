import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { editedArticle, type PerturbStory } from "./perturb-case.ts";
import { dateOccurrences, figureOccurrences, timeOccurrences, valueCases } from "./value-cases.ts";

describe("value occurrences", () => {
  it("reads amounts with what they count, and leaves years, days and clock times to their kinds", () => {
    const body =
      "Police said 12 people and three officers were hurt on Oct. 24, 2025, at 2 a.m., costing $1,500 and 5 percent.";
    expect(figureOccurrences(body).map((o) => [o.text, o.key, o.form, o.replacement])).toEqual([
      ["12", "peopl|12", "digits", "24"],
      ["three", "offic|three", "number word", "six"],
      ["1,500", "$|1500", "currency", "3,000"],
      ["5", "%|5", "percent", "10"],
    ]);
    expect(
      dateOccurrences("It opened on Friday, Oct. 24.").map((o) => [o.text, o.replacement]),
    ).toEqual([
      ["Friday", "Sunday"],
      ["24", "27"],
    ]);
    // Ranks, versions, a day written before its month and time references are no amounts.
    expect(
      figureOccurrences(
        "The No. 4 seed fixed Browser 8 and 9 on 8 October, eleven days ago, for 30 teams.",
      ).map((o) => o.text),
    ).toEqual(["30"]);
    // A conversion in parentheses and the decimals of a number spaced apart at its point are
    // not the outlet's own amounts.
    expect(
      figureOccurrences(
        "Thieves took 40 million euros ($52 million) and gems worth $3. 4 million from a. 22 safe.",
      ).map((o) => o.text),
    ).toEqual(["40"]);
    // A day after a verb of saying dates the telling: its key differs from the day told.
    expect(
      dateOccurrences("Police said Friday the mill burned on Friday.").map((o) => o.key),
    ).toEqual(["weekday|Friday|told", "weekday|Friday"]);
    // A weekday inside a name is no date: "Super Tuesday", "the Sunday Gazette" are left alone,
    // a weekday opening its sentence or after a lowercase word is moved.
    expect(
      dateOccurrences(
        "Lund won Super Tuesday. Tuesday came. He told the Sunday Gazette on Friday Vint left.",
      ).map((o) => o.text),
    ).toEqual(["Tuesday", "Friday"]);
    expect(dateOccurrences("It broke on 8 October 2011.").map((o) => [o.text, o.key])).toEqual([
      ["8", "calendar|Oct|8"],
    ]);
    expect(timeOccurrences("at 2 a.m. and 12:30 pm").map((o) => [o.text, o.replacement])).toEqual([
      ["2", "3"],
      ["12", "1"],
    ]);
  });
});

describe("valueCases", () => {
  const a = parseArticle({
    text: "Police said 12 people were hurt in the blast.",
    outlet: "Outlet A",
  });
  const b = parseArticle({
    text: "Officials said 12 people were hurt when the bomb went off.",
    outlet: "Outlet B",
  });
  const c = parseArticle({
    text: "A spokesman said 12 people were evacuated on Monday.",
    outlet: "Outlet C",
  });
  // Gold: A and B tell one fact, C another.
  const story: PerturbStory = {
    name: "invented",
    source: "corpus",
    articles: [a, b, c],
    sameFact: (i, _at, j) => i !== 2 && j !== 2,
  };

  it("changes a value another article states at the same gold fact, and names that article", () => {
    const [first, ...rest] = valueCases(story, "figure");
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ articleIndex: 0, before: "12", after: "24", witnesses: [1] });
    const edited = editedArticle(a, first as NonNullable<typeof first>);
    expect(edited.body).toBe("Police said 24 people were hurt in the blast.");
  });

  it("keeps three cases per form by default, and more when asked (--cases-per-form)", () => {
    const text = "Police said 12 people, 5 officers, 30 cars, 7 homes and 9 shops were hit.";
    const twins: PerturbStory = {
      name: "invented twins",
      source: "corpus",
      articles: [
        parseArticle({ text, outlet: "Outlet A" }),
        parseArticle({ text, outlet: "Outlet B" }),
      ],
      sameFact: () => true,
    };
    expect(valueCases(twins, "figure").map((c) => c.before)).toHaveLength(3);
    expect(valueCases(twins, "figure", 10).map((c) => c.before)).toEqual([
      "12",
      "5",
      "30",
      "7",
      "9",
    ]);
    expect(valueCases(twins, "figure", 1)).toHaveLength(1);
  });

  it("refuses an edit whose text is not where the case says", () => {
    const [first] = valueCases(story, "figure");
    expect(() => editedArticle(b, { ...(first as NonNullable<typeof first>), start: 0 })).toThrow(
      /is not at 0/,
    );
  });
});
