import { describe, expect, it } from "vitest";
import { measuredUnit as counted } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import {
  eventConflicts as conflictsOf,
  FIGURE_CONTEXT,
} from "../../../test/support/figure-conflicts.ts";
import { figureConflicts } from "../detect-conflicts.ts";
import type { ConflictContext } from "../guards.ts";
import type { ConflictRefusal } from "../refusals.ts";
import { comparedInGroup, eventFigureConflicts } from "./event-figures.ts";

describe("figures of one story event grouped apart", () => {
  it("disagree when both count the same thing with the same verb", () => {
    const a = counted(
      0,
      "Four masked raiders entered the bakery at dawn.",
      "Four",
      4,
      "masked raiders",
    );
    const b = counted(1, "Eight masked raiders entered the bakery.", "Eight", 8, "masked raiders");
    const found = conflictsOf([a, b]);
    expect(found.map((f) => f.conflict.values.map((v) => v.text))).toEqual([["Four", "Eight"]]);
  });

  it("do not when one counts the shot and the other the dead, or another measure", () => {
    const shot = counted(0, "The guard shot three visitors at the depot.", "three", 3, "visitors");
    const dead = counted(1, "The guard killed two visitors at the depot.", "two", 2, "visitors");
    expect(conflictsOf([shot, dead])).toEqual([]);
    const extra = counted(
      1,
      "The guard shot two young visitors at the depot.",
      "two",
      2,
      "young visitors",
    );
    expect(conflictsOf([shot, extra])).toEqual([]);
  });

  it("disagree when the same measure, word for word, is told with two verbs of taking place", () => {
    const hit = counted(0, "A 4.2 magnitude tremor hit the valley.", "4.2", 4.2, "magnitude");
    const rocked = counted(1, "A 6.1 magnitude tremor rocked the valley.", "6.1", 6.1, "magnitude");
    const found = conflictsOf([hit, rocked]);
    expect(found.map((f) => f.conflict.values.map((v) => v.text))).toEqual([["4.2", "6.1"]]);
  });

  it("do not when the same measure is told with two verbs of their own", () => {
    const rescued = counted(
      0,
      "Five mill workers were rescued from the flood.",
      "Five",
      5,
      "mill workers",
    );
    const drowned = counted(
      1,
      "Three mill workers drowned in the flood.",
      "Three",
      3,
      "mill workers",
    );
    expect(conflictsOf([rescued, drowned])).toEqual([]);
  });

  it("set two ages against each other only when one verb gives both", () => {
    const age = (index: number, text: string, count: string, value: number) => {
      const unit = counted(index, text, count, value, "age");
      (unit.figures[0] as { unit: string }).unit = "years of age";
      return unit;
    };
    const victim = age(0, "The storm killed a 12-year-old boy near the pier.", "12-year-old", 12);
    const again = age(1, "A 24-year-old boy was killed near the pier.", "24-year-old", 24);
    expect(conflictsOf([victim, again]).map((f) => f.conflict.values.map((v) => v.text))).toEqual([
      ["12-year-old", "24-year-old"],
    ]);
    const rescuer = age(1, "A 24-year-old boy rescued swimmers near the pier.", "24-year-old", 24);
    expect(conflictsOf([victim, rescuer])).toEqual([]);
  });

  it("set two lengths of time measuring nothing named against each other only when one verb gives both", () => {
    const days = (index: number, text: string, count: string, value: number) => {
      const unit = counted(index, text, count, value, "days");
      const figure = unit.figures[0] as { kind: string; unit: string; measure: string | null };
      figure.kind = "duration";
      figure.unit = "day";
      figure.measure = null;
      return unit;
    };
    const two = days(0, "Ivo Vint is the second keeper in two days to be dropped.", "two days", 2);
    const four = days(1, "He is the second keeper in four days to be dropped.", "four days", 4);
    expect(conflictsOf([two, four]).map((f) => f.conflict.values.map((v) => v.text))).toEqual([
      ["two days", "four days"],
    ]);
    const other = days(1, "He is the second keeper in four days to be signed.", "four days", 4);
    expect(conflictsOf([two, other])).toEqual([]);
    const modifier = days(
      0,
      "The Harbour club offered Ada Lund an eight-year, large deal.",
      "eight-year",
      8,
    );
    const seven = days(1, "The Vint club has only offered seven years.", "seven years", 7);
    expect(conflictsOf([modifier, seven])).toEqual([]);
  });
});

describe("figures of one story event in one group that are no match of each other", () => {
  const hit = counted(0, "A 4.2 magnitude tremor hit the valley.", "4.2", 4.2, "magnitude");
  const rocked = counted(
    1,
    "A strong 6.1 magnitude tremor rocked the valley.",
    "6.1",
    6.1,
    "magnitude",
  );
  const units = [hit, rocked];
  const inOneGroup = () => 0;
  const eventsOf = (sameGroup: (a: number, b: number) => boolean) =>
    eventFigureConflicts(units, [{ units: [0, 1], main: false }], sameGroup, [], (pair) =>
      figureConflicts(pair, FIGURE_CONTEXT),
    ).map((f) => f.conflict.values.map((v) => v.text));

  it("are compared through the event when neither pair evidence nor wording makes them a match", () => {
    const unmatched: ConflictContext = { ...FIGURE_CONTEXT, pairEvidence: () => undefined };
    expect(comparedInGroup(units, inOneGroup, unmatched)(0, 1)).toBe(false);
    expect(eventsOf(comparedInGroup(units, inOneGroup, unmatched))).toEqual([["4.2", "6.1"]]);
  });

  it("are left to the group's own check when they are each other's match", () => {
    const matched: ConflictContext = { ...FIGURE_CONTEXT, pairEvidence: () => [] };
    expect(comparedInGroup(units, inOneGroup, matched)(0, 1)).toBe(true);
    expect(eventsOf(comparedInGroup(units, inOneGroup, matched))).toEqual([]);
    expect(comparedInGroup(units, (unit) => unit, matched)(0, 1)).toBe(false);
  });
});

describe("figures of one story event past the lead", () => {
  it("are not compared, and a diagnostic run hears the pair the lead kept apart", () => {
    const a = counted(
      0,
      "Four masked raiders entered the bakery at dawn.",
      "Four",
      4,
      "masked raiders",
    );
    const b = counted(1, "Eight masked raiders entered the bakery.", "Eight", 8, "masked raiders");
    const late = { ...b, position: 9 };
    const heard: ConflictRefusal[] = [];
    const found = eventFigureConflicts(
      [a, late],
      [{ units: [0, 1], main: false }],
      () => false,
      [],
      (pair) => figureConflicts(pair, FIGURE_CONTEXT),
      (r) => heard.push(r),
    );
    expect(found).toEqual([]);
    expect(heard.map((r) => [r.guard, r.a.articleId, r.b.articleId])).toEqual([
      ["figure:event.outsideLead", a.articleId, late.articleId],
    ]);
    // Without a sink the pass is the same.
    expect(
      eventFigureConflicts(
        [a, late],
        [{ units: [0, 1], main: false }],
        () => false,
        [],
        (pair) => figureConflicts(pair, FIGURE_CONTEXT),
      ),
    ).toEqual([]);
  });
});
