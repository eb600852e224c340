import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf, makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { type ConflictContext, figureConflicts } from "../detect-conflicts.ts";
import { measureHead, sameMeasure } from "./measures.ts";

/** Worded somewhat alike: below the wording at which statements count as one report. */
const somewhat: ConflictContext = { similarity: () => 0.3, entityName: (id) => id };

/** A unit whose figures are placed where their text stands in the statement. */
function unit(
  index: number,
  text: string,
  figures: [string, Figure["kind"], number, string, string | null][],
): AlignUnit {
  const articleId = articleIdOf(index);
  const start = index * 1000;
  return makeUnit(index, index, text, {
    figures: figures.map(([figureText, kind, value, unitName, measure], i) => {
      const at = start + text.indexOf(figureText);
      return {
        id: `f${index}-${i}`,
        span: { articleId, start: at, end: at + figureText.length },
        text: figureText,
        kind,
        value,
        upperValue: null,
        unit: unitName,
        measure,
      };
    }),
  });
}

describe("figure pairs", () => {
  it("reads an amount in parentheses after another amount as its conversion, read or not", () => {
    const a = unit(0, "Damage to the depot was estimated at US1m ($1.52 million), police said.", [
      ["$1.52 million", "money", 1.52e6, "USD", "police"],
    ]);
    const b = unit(1, "Police estimated the damage to the depot at $1 million.", [
      ["$1 million", "money", 1e6, "USD", null],
    ]);
    expect(figureConflicts([a, b], somewhat)).toEqual([]);
  });

  it("reads two lines of figures that agree on nothing as two occasions, one differing value as a conflict", () => {
    const line = (index: number, points: number, rebounds: number) =>
      unit(index, `The centre finished with ${points} points and ${rebounds} rebounds.`, [
        [`${points} points`, "count", points, "point", "points"],
        [`${rebounds} rebounds`, "count", rebounds, "rebound", "rebounds"],
      ]);
    expect(figureConflicts([line(0, 25, 16), line(1, 22, 9)], somewhat)).toEqual([]);
    const [conflict] = figureConflicts([line(0, 25, 16), line(1, 25, 9)], somewhat);
    expect(conflict?.values.map((v) => v.text)).toEqual(["16 rebounds", "9 rebounds"]);
  });

  it("reads a lone figure against one of a line of statistics as another occasion", () => {
    const lone = unit(0, "The winger scored six goals for the club in cup matches.", [
      ["six goals", "count", 6, "goal", "goals"],
    ]);
    const statLine = unit(
      1,
      "The winger played 12 matches this season, scoring two goals with 40 shots and 9 assists.",
      [
        ["12 matches", "count", 12, "match", "matches"],
        ["two goals", "count", 2, "goal", "goals"],
        ["40 shots", "count", 40, "shot", "shots"],
        ["9 assists", "count", 9, "assist", "assists"],
      ],
    );
    expect(figureConflicts([lone, statLine], somewhat)).toEqual([]);
    const short = unit(
      2,
      "The winger scored two goals for the club in cup matches, with 9 assists.",
      [
        ["two goals", "count", 2, "goal", "goals"],
        ["9 assists", "count", 9, "assist", "assists"],
      ],
    );
    const [conflict] = figureConflicts([lone, short], somewhat);
    expect(conflict?.values.map((v) => v.text)).toEqual(["six goals", "two goals"]);
  });

  it("does not set the ages of two people named beside them against each other", () => {
    const age = (index: number, years: number, name: string) =>
      unit(index, `The ${years}-year-old ${name} lost the title fight in the sixth round.`, [
        [`${years}-year-old`, "count", years, "years of age", "age"],
      ]);
    expect(figureConflicts([age(0, 40, "Varga"), age(1, 32, "Okafor")], somewhat)).toEqual([]);
    expect(figureConflicts([age(0, 40, "Varga"), age(1, 41, "Varga")], somewhat)).toHaveLength(1);
  });

  it("reads a place before a person noun as no holder of the age", () => {
    const a = unit(0, "Police said a 70-year-old Riverton man stabbed his landlord at the mill.", [
      ["70-year-old", "count", 70, "years of age", "age"],
    ]);
    const b = unit(1, "The 35-year-old Okafor stabbed his landlord at the mill, police said.", [
      ["35-year-old", "count", 35, "years of age", "age"],
    ]);
    expect(figureConflicts([a, b], somewhat)[0]?.values.map((v) => v.text)).toEqual([
      "70-year-old",
      "35-year-old",
    ]);
  });

  it("does not take a time stamp's words for what happened at two clock times", () => {
    const a = unit(0, "The tremor hit at 1:53 p.m. local time.", [
      ["1:53 p.m.", "time", 833, "time", null],
    ]);
    const b = unit(1, "The ferry left the harbour at 5:11 p.m. local time.", [
      ["5:11 p.m.", "time", 1031, "time", null],
    ]);
    expect(figureConflicts([a, b], somewhat)).toEqual([]);
    const c = unit(2, "The tremor hit at 5:11 p.m. local time.", [
      ["5:11 p.m.", "time", 1031, "time", null],
    ]);
    expect(figureConflicts([a, c], somewhat)[0]?.kind).toBe("time");
  });
});

describe("figures of one measure", () => {
  const staff = (index: number, count: number, before = "") =>
    unit(index, `The mill employed ${before}${count} workers at the river site.`, [
      [`${count} workers`, "count", count, "worker", "workers"],
    ]);

  it("reads a figure more than five times another as another total, not a misreport", () => {
    expect(figureConflicts([staff(0, 40), staff(1, 60)], somewhat)).toHaveLength(1);
    expect(figureConflicts([staff(0, 40), staff(1, 400)], somewhat)).toEqual([]);
  });

  it("sets two additions to one total against each other, not an addition against a total", () => {
    expect(
      figureConflicts([staff(0, 40, "another "), staff(1, 60, "a further ")], somewhat),
    ).toHaveLength(1);
    expect(figureConflicts([staff(0, 40, "another "), staff(1, 60)], somewhat)).toEqual([]);
  });

  it("reads 'five other workers' and 'five more workers' as a set of their own, not the total", () => {
    const rescued = (index: number, count: number, after: string) =>
      unit(index, `Firefighters rescued ${count}${after} workers from the burning mill.`, [
        [`${count}`, "count", count, "worker", "workers"],
      ]);
    expect(figureConflicts([rescued(0, 5, " other"), rescued(1, 3, "")], somewhat)).toEqual([]);
    expect(figureConflicts([rescued(0, 5, " more"), rescued(1, 3, "")], somewhat)).toEqual([]);
    expect(
      figureConflicts([rescued(0, 5, " other"), rescued(1, 3, " other")], somewhat),
    ).toHaveLength(1);
    expect(figureConflicts([rescued(0, 5, ""), rescued(1, 3, "")], somewhat)).toHaveLength(1);
  });

  it("allows a clock time said 'around' minutes, not hours", () => {
    const left = (index: number, text: string, minutes: number) =>
      unit(index, `The ferry left the harbour at ${text}, the port said.`, [
        [text.replace(/^around /, ""), "time", minutes, "time", null],
      ]);
    const nine = left(0, "9 a.m.", 540);
    expect(figureConflicts([nine, left(1, "around 10 a.m.", 600)], somewhat)).toHaveLength(1);
    expect(figureConflicts([nine, left(1, "around 9:10 a.m.", 550)], somewhat)).toEqual([]);
  });

  it("never sets the whole another number is part of against a count ('7 of 20 workers')", () => {
    const whole = unit(0, "The mill laid off 7 of its 20 workers at the river site.", [
      ["20 workers", "count", 20, "worker", "workers"],
    ]);
    expect(figureConflicts([whole, staff(1, 30)], somewhat)).toEqual([]);
  });

  it("sets two lengths of time, one without a stated measure, against each other when their clauses share a word", () => {
    const left = unit(0, "The striker headed in the winner with three minutes to play.", [
      ["three minutes", "duration", 3, "minute", null],
    ]);
    const right = unit(
      1,
      "The striker's headed winner with six minutes remaining sealed the cup.",
      [["six minutes", "duration", 6, "minute", "remaining sealed"]],
    );
    const [conflict] = figureConflicts([left, right], somewhat);
    expect(conflict?.values.map((v) => v.text)).toEqual(["three minutes", "six minutes"]);
    const other = unit(1, "The ferry crossing lasted six minutes longer in the fog.", [
      ["six minutes", "duration", 6, "minute", "longer"],
    ]);
    expect(figureConflicts([left, other], somewhat)).toEqual([]);
  });

  it("takes no 'worth' for the thing a sum measures", () => {
    const sum = (measure: string) => ({ ...staffFigure, measure });
    expect(measureHead(sum("worth of paintings"))).toBeNull();
    expect(measureHead(sum("paintings and sculptures"))).toBe("painting");
  });
});

const staffFigure: Figure = {
  id: "f",
  span: { articleId: articleIdOf(0), start: 0, end: 3 },
  text: "$5m",
  kind: "money",
  value: 5e6,
  upperValue: null,
  unit: "USD",
  measure: null,
};

describe("points and stretches of a game", () => {
  it("sets two point counts against each other only when one verb gives them", () => {
    const scored = (index: number, points: number) =>
      unit(index, `The forward scored ${points} points in the home win over the visitors.`, [
        [`${points} points`, "count", points, "point", "points"],
      ]);
    const [conflict] = figureConflicts([scored(0, 18), scored(1, 36)], somewhat);
    expect(conflict?.values.map((v) => v.text)).toEqual(["18 points", "36 points"]);
    const needed = unit(2, "The forward needed 12 points in the home win over the visitors.", [
      ["12 points", "count", 12, "point", "points"],
    ]);
    expect(figureConflicts([scored(0, 18), needed], somewhat)).toEqual([]);
  });

  it("does not set a count said of a stretch of the game against the game's", () => {
    const game = unit(0, "The centre grabbed nine rebounds and blocked five shots in the final.", [
      ["nine rebounds", "count", 9, "rebound", "rebounds"],
      ["five shots", "count", 5, "shot", "shots"],
    ]);
    const stretch = unit(
      1,
      "During the closing run of the final, the centre grabbed nine rebounds and blocked two shots.",
      [
        ["nine rebounds", "count", 9, "rebound", "rebounds"],
        ["two shots", "count", 2, "shot", "shots"],
      ],
    );
    expect(figureConflicts([game, stretch], somewhat)).toEqual([]);
  });
});

describe("figures per item", () => {
  it("does not set a figure each item reaches against another outlet's total", () => {
    const a = unit(0, "Two of the club's runners covered over 12 miles apiece in the relay.", [
      ["12 miles", "count", 12, "mile", "miles"],
    ]);
    const b = unit(1, "The club's runners covered 30 miles in the relay.", [
      ["30 miles", "count", 30, "mile", "miles"],
    ]);
    expect(figureConflicts([a, b], somewhat)).toEqual([]);
    const c = unit(2, "The club's runners covered 20 miles in the relay.", [
      ["20 miles", "count", 20, "mile", "miles"],
    ]);
    expect(figureConflicts([c, b], somewhat)).toHaveLength(1);
  });
});

describe("figures after the lead", () => {
  it("are compared only between statements worded alike", () => {
    const deep = (index: number, count: number) => ({
      ...unit(index, `Firefighters brought ${count} engines to the depot blaze.`, [
        [`${count} engines`, "count", count, "engine", "engines"],
      ]),
      position: 9,
    });
    expect(figureConflicts([deep(0, 2), deep(1, 10)], somewhat)).toEqual([]);
    const alike: ConflictContext = { ...somewhat, similarity: () => 0.8 };
    expect(figureConflicts([deep(0, 2), deep(1, 10)], alike)).toHaveLength(1);
    const lead = (index: number, count: number) => ({ ...deep(index, count), position: 1 });
    expect(figureConflicts([lead(0, 2), lead(1, 10)], somewhat)).toHaveLength(1);
  });

  it("set two lines of one template against each other only when told as one report or of one named person", () => {
    // "N yards and N touchdowns" of two seasons, worded alike: two facts in one set phrase.
    const season = (index: number, touchdowns: number, entities: string[]) => ({
      ...unit(index, `He finished the season with ${touchdowns} touchdowns and a knee brace.`, [
        [`${touchdowns} touchdowns`, "count", touchdowns, "touchdown", "touchdowns"],
      ]),
      position: 12,
      entities: new Set(entities),
    });
    const alike: ConflictContext = {
      ...somewhat,
      similarity: () => 0.6,
      isPlace: (id) => id === "p",
    };
    expect(figureConflicts([season(0, 2, []), season(1, 5, [])], alike)).toEqual([]);
    // A place both name does not make them one fact; a person both name does.
    expect(figureConflicts([season(0, 2, ["p"]), season(1, 5, ["p"])], alike)).toEqual([]);
    expect(figureConflicts([season(0, 2, ["e1"]), season(1, 5, ["e1"])], alike)).toHaveLength(1);
    const oneReport: ConflictContext = { ...alike, similarity: () => 0.75 };
    expect(figureConflicts([season(0, 2, []), season(1, 5, [])], oneReport)).toHaveLength(1);
  });
  it("counts one thing when one measure opens the other ('a 9-metre wave' / 'a 12-metre wave surge'), not two heads", () => {
    const length = (measure: string) =>
      ({ measure, kind: "count", unit: "metre" }) as unknown as Figure;
    expect(sameMeasure(length("wave"), length("wave surge"))).toBe(true);
    expect(sameMeasure(length("wave surge"), length("tidal surge"))).toBe(true);
    expect(sameMeasure(length("wave"), length("sea wall"))).toBe(false);
    expect(sameMeasure(length("sea wall"), length("wall"))).toBe(true);
    expect(sameMeasure(length("wall"), length("wall of the harbour"))).toBe(true);
    expect(sameMeasure(length("harbour wall"), length("harbour"))).toBe(true);
    expect(sameMeasure(length("wave"), length("of the wave"))).toBe(false);
  });
});

describe("figures summed over several holders", () => {
  it("does not set a combined figure against one holder's share", () => {
    const summed = unit(
      0,
      "Collectively, Gov. Ada Vint, Mr. Lund and the Ek slate won 7 percent of the vote.",
      [["7 percent", "percent", 7, "percent", "vote"]],
    );
    const share = unit(1, "The Vint, Lund and Ek slates each won near 10 percent of the vote.", [
      ["10 percent", "percent", 10, "percent", "vote"],
    ]);
    expect(figureConflicts([summed, share], somewhat)).toEqual([]);
    const plain = unit(2, "The Vint, Lund and Ek slates won 12 percent of the vote.", [
      ["12 percent", "percent", 12, "percent", "vote"],
    ]);
    expect(figureConflicts([summed, plain], somewhat)).toEqual([]);
    const combined = unit(3, "The Vint, Lund and Ek slates won 12 percent of the vote combined.", [
      ["12 percent", "percent", 12, "percent", "vote"],
    ]);
    expect(figureConflicts([summed, combined], somewhat)).toHaveLength(1);
  });
});
