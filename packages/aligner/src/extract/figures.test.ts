import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { corpusArticle } from "../../test/fixtures/extraction-gold/corpus-articles.ts";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";

function figures(text: string): Figure[] {
  return extractArticle(handBuiltArticle(text)).figures;
}

describe("figures", () => {
  it("normalises '$350 billion' and '350 billion dollars' to the same value and unit", () => {
    const [a, b, c] = figures(
      "Korea pledged $350 billion in U.S.-bound investment. Others said 350 billion dollars. Seoul has ₩1.5 trillion.",
    );
    expect([a?.value, a?.unit, a?.measure]).toEqual([3.5e11, "USD", "U.S.-bound investment"]);
    expect([b?.value, b?.unit]).toEqual([3.5e11, "USD"]);
    expect([c?.value, c?.unit]).toEqual([1.5e12, "KRW"]);
  });

  it("reads a scale word joined to the sum by a hyphen: '$40-million of paintings'", () => {
    const [sum] = figures("Thieves took $40-million of paintings from the gallery.");
    expect([sum?.text, sum?.value, sum?.unit]).toEqual(["$40-million", 4e7, "USD"]);
  });

  it("reads percentages with what they measure, durations and ranged counts", () => {
    const out = figures(
      "The deal keeps 15 percent tariff cuts on automobiles. It equals 6.5 percent of Korea's GDP over the next three years under a 10-year plan. We differ on one or two items, and three officials agreed.",
    );
    const by = (text: string) => out.find((f) => f.text === text);
    expect(by("15 percent")).toMatchObject({
      kind: "percent",
      value: 15,
      measure: "tariff cuts on automobiles",
    });
    expect(by("6.5 percent")).toMatchObject({
      kind: "percent",
      value: 6.5,
      measure: "Korea's GDP",
    });
    expect(by("three years")).toMatchObject({ kind: "duration", value: 3, unit: "year" });
    expect(by("10-year")).toMatchObject({
      kind: "duration",
      value: 10,
      unit: "year",
      measure: "plan",
    });
    expect(by("one or two")).toMatchObject({
      kind: "count",
      value: 1,
      upperValue: 2,
      unit: "item",
    });
    expect(by("three")).toMatchObject({ kind: "count", value: 3, unit: "official" });
  });

  it("reads exact number ranges with words or digits as counts or durations, never vague amounts", () => {
    const out = figures(
      "One or two bad months in China could erase the gains. It will take two or three years, or 5 to 10 years at worst, and they waited two or three more days. We lost 3 or 4 straight months and 1 or 2 key members. The term grew from 2 to 3 years. A few bad months, several officials and a couple of days.",
    );
    const rows = out.map((f) => [f.text, f.kind, f.value, f.upperValue, f.unit]);
    expect(rows).toEqual([
      ["One or two", "count", 1, 2, "month"],
      ["two or three years", "duration", 2, 3, "year"],
      ["5 to 10 years", "duration", 5, 10, "year"],
      ["two or three more days", "duration", 2, 3, "day"],
      ["3 or 4 straight months", "duration", 3, 4, "month"],
      ["1 or 2", "count", 1, 2, "member"],
      // "from 2 to 3 years" is a change of length: only its end is a duration.
      ["3 years", "duration", 3, null, "year"],
    ]);
    expect(out[0]?.measure).toBe("bad months");
  });

  it("never takes dates, ordinals, terminals or 'the two sides' for figures; a clock time is a time", () => {
    const out = figures(
      "On Oct. 24 at 11 p.m., on the 22nd, at Terminal 2 and No. 2 gate in 2025, the two sides met three days after returning. The July 30 and Aug. 25 agreements held.",
    );
    expect(out.map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ["11 p.m.", "time", 23 * 60, "time"],
    ]);
  });

  it("reads number words anywhere in a sentence, compounds and dozens", () => {
    const out = figures(
      "Fifteen people were injured. Twenty-five students, two hundred and ten teachers, a dozen firefighters and half a dozen police officers came.",
    );
    expect(out.map((f) => [f.text, f.value, f.unit, f.measure])).toEqual([
      ["Fifteen", 15, "people", "injured"],
      ["Twenty-five", 25, "student", "students"],
      ["two hundred and ten", 210, "teacher", "teachers"],
      ["a dozen", 12, "firefighter", "firefighters"],
      ["half a dozen", 6, "officer", "police officers"],
    ]);
  });

  it("multiplies a number word before 'dozen': 'four dozen' is 48, not 4", () => {
    const out = figures("Four dozen sailors were rescued and two dozen boats sank.");
    expect(out.map((f) => [f.text, f.value, f.unit])).toEqual([
      ["Four dozen", 48, "sailor"],
      ["two dozen", 24, "boat"],
    ]);
  });

  it("counts the people after a verb of harm without a noun: 'killed three and injured at least 12'", () => {
    const out = figures(
      "The blast killed three and injured at least 12, officials said. Police arrested 4 men and detained two others. It was killing time.",
    );
    expect(out.map((f) => [f.text, f.value, f.unit, f.measure])).toEqual([
      ["three", 3, "people", "killed"],
      ["12", 12, "people", "injured"],
      ["4", 4, "man", "men"],
      ["two", 2, "man", "detained"],
    ]);
  });

  it("counts with adjectives before the noun, points and times, but no multiplier", () => {
    const out = figures(
      "More than 2,600 federal and independent scientists and six leading scientific societies wrote. Four possible gang members were held. The guard scored 31 points and was hit 17 times, three times more than in May. Police said 12 were arrested and 3 of the marchers.",
    );
    expect(out.map((f) => [f.text, f.value, f.unit, f.measure])).toEqual([
      ["2,600", 2600, "scientist", "federal and independent scientists"],
      ["six", 6, "society", "leading scientific societies"],
      ["Four", 4, "member", "possible gang members"],
      ["31", 31, "point", "points"],
      ["17", 17, "time", "times"],
      ["3", 3, "marcher", "marchers"],
    ]);
  });

  it("reads a number joined to what it counts ('a 14-yard pass') and an earthquake's magnitude", () => {
    const out = figures(
      "A 6.1 magnitude quake and a magnitude-5.9 aftershock, measuring 5.2 on the Richter scale, hit after a 14-yard pass on a two-party ballot; a two-day visit, a 20-13 win, a 6-foot-9 guard.",
    );
    expect(out.map((f) => [f.text, f.value, f.unit])).toEqual([
      ["6.1", 6.1, "magnitude"],
      ["5.9", 5.9, "magnitude"],
      ["5.2", 5.2, "magnitude"],
      ["14-yard", 14, "yard"],
      ["two-party", 2, "party"],
      ["two-day", 2, "day"],
    ]);
    // Tokens joined again may leave a space before the hyphen: "a 4.8 -magnitude tremor".
    expect(figures("A 4.8 -magnitude tremor shook the valley.").map((f) => f.value)).toEqual([4.8]);
    // A fraction's denominator is no length of time: "served 4 1/2 months" is not "2 months".
    expect(figures("He served 4 1/2 months in prison.").map((f) => f.text)).toEqual([]);
  });

  it("keeps fractions of something as shares and reads percentage ranges whole", () => {
    const out = figures(
      "Two-thirds of voters agreed, as did a quarter of the budget. Between 10 and 15 percent of homes lost power and 20-25% of shops closed. The third of May was calm; from 2 to 3 percent.",
    );
    expect(out.map((f) => [f.text, f.kind, f.value, f.upperValue, f.measure])).toEqual([
      ["Two-thirds", "percent", 66.67, null, "voters agreed"],
      ["a quarter", "percent", 25, null, "budget"],
      ["Between 10 and 15 percent", "percent", 10, 15, "homes lost power"],
      ["20-25%", "percent", 20, 25, "shops closed"],
      ["3 percent", "percent", 3, null, null],
    ]);
  });

  it("reads 'six in 10 voters' as a share of voters, not a count of ten", () => {
    const out = figures(
      "Six in 10 voters backed Ada Lund, and one out of four Norlanders stayed home. Vint scored 3 in 10 minutes.",
    );
    expect(out.map((f) => [f.text, f.kind, f.value, f.measure])).toEqual([
      ["Six in 10", "percent", 60, "voters backed Ada Lund"],
      ["one out of four", "percent", 25, "Norlanders stayed home"],
      ["10 minutes", "duration", 10, null],
    ]);
  });

  it("reads clock times with their zone, never a score or a bare 9:30", () => {
    const out = figures(
      "The fire started at 2 a.m. and was out by 3:30 p.m. EST; the rally ended at 14:30 GMT, at noon others came, at 5 o'clock all left. The score was 2:1 and 9:30 was late.",
    );
    expect(out.map((f) => [f.text, f.value, f.unit])).toEqual([
      ["2 a.m.", 120, "time"],
      ["3:30 p.m. EST", 15 * 60 + 30, "time EST"],
      ["14:30 GMT", 14 * 60 + 30, "time GMT"],
      ["noon", 720, "time"],
      ["5 o'clock", 300, "time"],
    ]);
  });

  it("multiplies counts by a scale word as money is: '3.1 million cars', '1.2 billion people'", () => {
    const out = figures(
      "Carmakers sell about 3.1 million cars a year there, German brands sold roughly 3 million vehicles, and the region has 1.2 billion people and two thousand workers. It costs 3 million dollars. Plants make 2 to 3 million batteries.",
    );
    expect(out.map((f) => [f.text, f.kind, f.value, f.unit, f.measure])).toEqual([
      ["3.1 million", "count", 3.1e6, "car", "cars"],
      ["3 million", "count", 3e6, "vehicle", "vehicles"],
      ["1.2 billion", "count", 1.2e9, "people", "people"],
      ["two thousand", "count", 2e3, "worker", "workers"],
      ["3 million dollars", "money", 3e6, "USD", null],
      ["2 to 3 million", "count", 2e6, "battery", "batteries"],
    ]);
    expect(out.at(-1)?.upperValue).toBe(3e6);
  });

  it("a scale word with no counted noun, or a time unit after it, makes no count", () => {
    expect(figures("Sales reached 3 million last year and 2 million years ago.")).toEqual([]);
  });

  it("counts a group of digits after 'the' ('of the 27 member states'), not 'the two leaders' or 'the 2 sides'", () => {
    const out = figures(
      "A qualified majority of the 27 member states must agree. The two leaders met, and the 2 sides and their three aides talked.",
    );
    expect(out.map((f) => [f.text, f.kind, f.value, f.unit, f.measure])).toEqual([
      ["27", "count", 27, "state", "member states"],
    ]);
  });

  it("finds every money and percent figure of the corpus editorial (003)", () => {
    const out = extractArticle(corpusArticle("003")).figures;
    expect(out.map((f) => [f.text, f.kind, f.value])).toEqual([
      ["$350 billion", "money", 3.5e11],
      ["$350 billion", "money", 3.5e11],
      ["6.5 percent", "percent", 6.5],
      ["three years", "duration", 3],
    ]);
  });
  it("reads a sum joined by hyphens to what it buys ('a three-million-euro haul'), not a weight ('a 12-pound cake')", () => {
    const out = figures("The gang fled with a three-million-euro haul and a 12-pound cake.");
    expect(out.map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ["three-million-euro", "money", 3e6, "EUR"],
      ["12-pound", "count", 12, "pound"],
    ]);
  });

  it("counts a definite group the words after it define ('the five women charged'), not 'the two leaders'", () => {
    const out = figures(
      "Jurors saw the five women charged with fraud. The six sailors, three of whom were rescued, drifted. The two leaders met.",
    );
    expect(out.map((f) => [f.text, f.value, f.unit])).toEqual([
      ["five", 5, "woman"],
      ["six", 6, "sailor"],
      ["three", 3, "sailor"],
    ]);
  });

  it("counts 'persons' in the unit of 'people', so two outlets' tolls of one happening meet", () => {
    const out = figures("The flood left 12 persons dead. Rescuers said 15 people drowned.");
    expect(out.map((f) => [f.text, f.value, f.unit])).toEqual([
      ["12", 12, "people"],
      ["15", 15, "people"],
    ]);
  });

  it("never takes a function word ending in 's' for the noun counted ('a 6.4 magnitude quake has')", () => {
    const out = figures(
      "A 6.4 magnitude quake has flattened the harbour. Nine guards -- two dressed as porters -- fled.",
    );
    expect(out.map((f) => [f.text, f.value, f.unit])).toEqual([
      ["6.4", 6.4, "magnitude"],
      ["Nine", 9, "guard"],
    ]);
  });

  it("reads an age written 'a 36-year old' or '36 years old' as no length of time", () => {
    const out = figures(
      "An 41-year old fisher from the Harbour Council and Ivo Vint, 52 years old, sailed for 3 years. Crews aged between 30 and 40 years old waited.",
    );
    expect(out.map((f) => [f.text, f.kind, f.unit])).toEqual([["3 years", "duration", "year"]]);
  });

  it("counts the plural of an abbreviation: 'a record of 40 KOs', '12 MPs'", () => {
    const out = figures("Ada Lund (44-2, 40 KOs) beat a rival backed by 12 MPs.");
    expect(out.map((f) => [f.text, f.value, f.unit])).toEqual([
      ["40", 40, "KO"],
      ["12", 12, "MP"],
    ]);
  });

  it("reads a count inside a longer phrase that is none: 'one of the two men accused'", () => {
    const out = figures(
      "A verdict came for one of the two men accused of arson. In 2019 three ferries sank. The twenty-five members met.",
    );
    expect(out.map((f) => [f.text, f.value, f.unit])).toEqual([
      ["two", 2, "man"],
      ["three", 3, "ferry"],
    ]);
  });

  it("reads a scale letter written against a sum: '$200MM', '$2.6m', '$3B', '$500K'", () => {
    const out = figures(
      "Ada Lund signed a $200MM deal, a $2.6m bonus, $3B in loans and a $500K fee.",
    );
    expect(out.map((f) => [f.text, f.value])).toEqual([
      ["$200MM", 2e8],
      ["$2.6m", 2.6e6],
      ["$3B", 3e9],
      ["$500K", 5e5],
    ]);
  });

  it("counts a definite group told as killed or arrested after 'were', with one more beside it", () => {
    const out = figures(
      "The two clerks and a guard were killed in the fire. The three men were arrested on Friday. The two leaders were meeting at the Harbour Council.",
    );
    expect(out.map((f) => [f.text, f.value, f.unit])).toEqual([
      ["two", 2, "clerk"],
      ["three", 3, "man"],
    ]);
  });

  it("counts a definite group defined after an aside between dashes ('the three guards – two men and a woman – were hurt')", () => {
    const out = figures(
      "The three depot guards-two men and a woman - were hurt in the Vint fire. The four sailors – all from the Harbour Council – met on Friday.",
    );
    const counted = out.map((f) => [f.text, f.value, f.unit]);
    expect(counted).toContainEqual(["three", 3, "guard"]);
    expect(counted.some(([text]) => text === "four")).toBe(false);
  });
});
