import { describe, expect, it } from "vitest";
import { measuredUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { countedActors } from "./counted-actors.ts";

const fig = (unit: ReturnType<typeof measuredUnit>) => unit.figures[0] as (typeof unit.figures)[0];

describe("countedActors", () => {
  it("reads two outlets' counts of one acting group told with other verbs as one count", () => {
    const a = measuredUnit(
      0,
      "Four masked gunmen stormed the Vint bakery on Friday.",
      "Four",
      4,
      "masked gunmen",
    );
    const b = measuredUnit(
      1,
      "At noon, eight masked gunmen, one in a wig, fled the bakery.",
      "eight",
      8,
      "masked gunmen",
    );
    expect(countedActors(a, fig(a), b, fig(b))).toBe(true);
  });

  it("does not read a group something befell, a count after its verb, or a one-word measure", () => {
    const a = measuredUnit(
      0,
      "Four masked gunmen stormed the Vint bakery on Friday.",
      "Four",
      4,
      "masked gunmen",
    );
    const shot = measuredUnit(
      1,
      "Two masked gunmen were shot by the guards.",
      "Two",
      2,
      "masked gunmen",
    );
    expect(countedActors(a, fig(a), shot, fig(shot))).toBe(false);
    const object = measuredUnit(
      2,
      "Guards chased eight masked gunmen from the bakery.",
      "eight",
      8,
      "masked gunmen",
    );
    expect(countedActors(a, fig(a), object, fig(object))).toBe(false);
    const men = measuredUnit(3, "Four gunmen stormed the bakery.", "Four", 4, "gunmen");
    const more = measuredUnit(4, "Eight gunmen fled the bakery.", "Eight", 8, "gunmen");
    expect(countedActors(men, fig(men), more, fig(more))).toBe(false);
  });

  it("reads a group acting in its relative clause, as a passive's doer, or in a reported clause", () => {
    const relative = measuredUnit(
      0,
      "Guards fired at four masked gunmen who stormed the bakery.",
      "four",
      4,
      "masked gunmen",
    );
    const doer = measuredUnit(
      1,
      "The bakery was robbed by eight masked gunmen on Friday.",
      "eight",
      8,
      "masked gunmen",
    );
    const reported = measuredUnit(
      2,
      "Police said that two masked gunmen fled the bakery.",
      "two",
      2,
      "masked gunmen",
    );
    expect(countedActors(relative, fig(relative), doer, fig(doer))).toBe(true);
    expect(countedActors(relative, fig(relative), reported, fig(reported))).toBe(true);
    const befell = measuredUnit(
      3,
      "Guards chased eight masked gunmen who were hiding in the bakery.",
      "eight",
      8,
      "masked gunmen",
    );
    expect(countedActors(relative, fig(relative), befell, fig(befell))).toBe(false);
  });
});
