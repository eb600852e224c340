import { describe, expect, it } from "vitest";
import { happeningRows, toldNaming } from "../../../test/fixtures/alignment-gold/happening-rows.ts";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { happeningDateConflicts } from "./event-dates.ts";

const context: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

const told = toldNaming(["keeper"]);

const rows = (units: AlignUnit[], action: string) => happeningRows(units, action, context);

describe("happeningDateConflicts", () => {
  const thursday = told(0, 0, "The lighthouse keeper died on Thursday in a harbour clinic.", [
    ["Thursday", "2025-03-13"],
  ]);
  const saturday = told(1, 1, "The old keeper of the lighthouse died Saturday, aged 90.", [
    ["Saturday", "2025-03-15"],
  ]);
  const alsoThursday = told(2, 2, "Friends said the keeper died peacefully on Thursday.", [
    ["Thursday", "2025-03-13"],
  ]);

  /** The row a group reported for the keeper's death: Thursday against Saturday. */
  const reportedRow = () => ({
    kind: "date" as const,
    subject: "date of the event",
    values: [
      { articleId: thursday.articleId, text: "Thursday", span: thursday.dates[0]?.span ?? null },
      { articleId: saturday.articleId, text: "Saturday", span: saturday.dates[0]?.span ?? null },
    ],
    evidence: [],
  });

  it("sets two outlets' days for one happening against each other, naming every outlet", () => {
    expect(rows([thursday, saturday, alsoThursday], "die")).toEqual([
      ["a:Thursday", "b:Saturday", "c:Thursday"],
    ]);
  });

  it("sets the days of one match told with two verbs of winning against each other", () => {
    const outlasted = told(
      7,
      0,
      "The keeper's Harbour Rovers outlasted the Owls 51-50 on Friday.",
      [["Friday", "2025-03-14"]],
    );
    const beat = told(8, 1, "The keeper's Harbour Rovers beat the Owls 51-50 on Sunday.", [
      ["Sunday", "2025-03-16"],
    ]);
    expect(rows([outlasted, beat], "win")).toEqual([["a:Friday", "b:Sunday"]]);
  });

  it("leaves a day that dates another verb of the statement", () => {
    const arrived = told(3, 1, "The keeper arrived at the clinic on Saturday and died there.", [
      ["Saturday", "2025-03-15"],
    ]);
    expect(rows([thursday, arrived], "die")).toEqual([]);
  });

  it("leaves a bound, a possessive and the day something was said", () => {
    const bound = told(4, 1, "The keeper had died by Saturday, the harbour master said.", [
      ["Saturday", "2025-03-15"],
    ]);
    const possessive = told(5, 1, "The keeper died at Saturday's regatta.", [
      ["Saturday", "2025-03-15"],
    ]);
    const said = told(6, 1, "The keeper died, his family said Saturday.", [
      ["Saturday", "2025-03-15"],
    ]);
    for (const other of [bound, possessive, said])
      expect(rows([thursday, other], "die")).toEqual([]);
  });

  it("leaves an outlet that gives both days itself", () => {
    const both = told(7, 0, "The keeper fell ill on Saturday and died there on Saturday night.", [
      ["Saturday night", "2025-03-15"],
    ]);
    expect(rows([thursday, both, saturday], "die")).toEqual([]);
  });

  it("completes a row a group already reported instead of repeating it", () => {
    const reported = reportedRow();
    const units = [thursday, saturday, alsoThursday];
    const fresh = happeningDateConflicts(units, [{ action: "die", units: [0, 1, 2] }], context, [
      reported,
    ]);
    expect(fresh).toEqual([]);
    expect(reported.values.map((v) => `${v.articleId[0]}:${v.text}`)).toEqual([
      "a:Thursday",
      "b:Saturday",
      "c:Thursday",
    ]);
  });

  it("completes a row with outlets dating the same verb of a row's statement, found in no happening", () => {
    const reported = reportedRow();
    const sameVerb = told(8, 3, "The keeper died in his sleep on Thursday, the parish wrote.", [
      ["Thursday", "2025-03-13"],
    ]);
    const otherVerb = told(9, 4, "The keeper was buried on Thursday beside the chapel.", [
      ["Thursday", "2025-03-13"],
    ]);
    const units = [thursday, saturday, alsoThursday];
    units[8] = sameVerb;
    units[9] = otherVerb;
    happeningDateConflicts(units, [], context, [reported]);
    expect(reported.values.map((v) => `${v.articleId[0]}:${v.text}`)).toEqual([
      "a:Thursday",
      "b:Saturday",
      "c:Thursday",
      "d:Thursday",
    ]);
  });

  it("sets a day of putting someone on a list against another outlet's day of placing them", () => {
    const vint = (index: number, article: number, text: string, day: [string, string]) =>
      withDays(index, article, text, [day], { entities: new Set(["Ivo Vint"]) });
    const placed = vint(0, 0, "The Harbour Lions placed Ivo Vint on injured reserve Wednesday.", [
      "Wednesday",
      "2025-03-12",
    ]);
    const putting = vint(
      1,
      1,
      "After putting Ivo Vint on injured reserve Friday, they signed a rookie.",
      ["Friday", "2025-03-14"],
    );
    const units = [placed, putting];
    const found = happeningDateConflicts(units, [{ action: "place", units: [0, 1] }], context, []);
    expect(found.map((r) => r.conflict.values.map((v) => `${v.articleId[0]}:${v.text}`))).toEqual([
      ["a:Wednesday", "b:Friday"],
    ]);
  });

  it("completes a row with an outlet whose day dates a series of predicates, the happening's among them", () => {
    const mill = (index: number, article: number, text: string, day: [string, string]) =>
      withDays(index, article, text, [day], { entities: new Set(["Ada Lund"]) });
    const thursday = mill(
      0,
      0,
      "Ada Lund allegedly shot two workers at the Harbour Mill on Thursday.",
      ["Thursday", "2025-03-13"],
    );
    const saturday = mill(
      1,
      1,
      "Ada Lund allegedly shot two workers at the Harbour Mill on Saturday.",
      ["Saturday", "2025-03-15"],
    );
    // The day's own verb is "returned"; the series after it ("gunned down") tells the shooting.
    const series = mill(
      2,
      2,
      "Ada Lund returned to the mill Thursday evening, gunned down two workers and fled.",
      ["Thursday evening", "2025-03-13"],
    );
    const reported = {
      kind: "date" as const,
      subject: "date of the event",
      values: [thursday, saturday].map((u) => ({
        articleId: u.articleId,
        text: u.dates[0]?.text ?? "",
        span: u.dates[0]?.span ?? null,
      })),
      evidence: [],
    };
    happeningDateConflicts([thursday, saturday, series], [], context, [reported]);
    expect(reported.values.map((v) => `${v.articleId[0]}:${v.text}`)).toEqual([
      "a:Thursday",
      "b:Saturday",
      "c:Thursday evening",
    ]);
  });

  it("completes a row with an outlet describing the row's person, naming no one", () => {
    const named = (index: number, article: number, text: string, day: [string, string]) =>
      withDays(index, article, text, [day], { entities: new Set(["Ada Lund"]) });
    const thursday = named(0, 0, "Ada Lund allegedly shot two workers at the mill on Thursday.", [
      "Thursday",
      "2025-03-13",
    ]);
    const saturday = named(1, 1, "Ada Lund allegedly shot two workers at the mill on Saturday.", [
      "Saturday",
      "2025-03-15",
    ]);
    const described = withDays(
      2,
      2,
      "The woman who allegedly shot two workers at the mill on Thursday has been charged.",
      [["Thursday", "2025-03-13"]],
    );
    const reported = () => ({
      kind: "date" as const,
      subject: "date of the event",
      values: [thursday, saturday].map((u) => ({
        articleId: u.articleId,
        text: u.dates[0]?.text ?? "",
        span: u.dates[0]?.span ?? null,
      })),
      evidence: [],
    });
    const units = [thursday, saturday, described];
    const texts = (row: ReturnType<typeof reported>) =>
      row.values.map((v) => `${v.articleId[0]}:${v.text}`);
    // Without a reading of whom it describes, a statement naming no one stays out.
    const alone = reported();
    happeningDateConflicts(units, [], context, [alone]);
    expect(texts(alone)).toEqual(["a:Thursday", "b:Saturday"]);
    const withStandIn = reported();
    happeningDateConflicts(units, [], context, [withStandIn], new Map([[2, "Ada Lund"]]));
    expect(texts(withStandIn)).toEqual(["a:Thursday", "b:Saturday", "c:Thursday"]);
  });

  it("completes a row with an outlet dating the happening by another verb of its wide class", () => {
    const mill = (index: number, article: number, text: string, day: [string, string]) =>
      withDays(index, article, text, [day], { entities: new Set(["Vint Mill"]) });
    const thursdayFire = mill(0, 0, "Vint Mill was destroyed on Thursday.", [
      "Thursday",
      "2025-03-13",
    ]);
    const saturdayFire = mill(1, 1, "Vint Mill was destroyed on Saturday.", [
      "Saturday",
      "2025-03-15",
    ]);
    const burned = mill(2, 2, "Vint Mill burned down on Thursday.", ["Thursday", "2025-03-13"]);
    const sold = mill(3, 3, "Vint Mill was sold to a builder on Thursday.", [
      "Thursday",
      "2025-03-13",
    ]);
    const reported = {
      kind: "date" as const,
      subject: "date of the event",
      values: [thursdayFire, saturdayFire].map((u) => ({
        articleId: u.articleId,
        text: u.dates[0]?.text ?? "",
        span: u.dates[0]?.span ?? null,
      })),
      evidence: [],
    };
    happeningDateConflicts([thursdayFire, saturdayFire, burned, sold], [], context, [reported]);
    expect(reported.values.map((v) => `${v.articleId[0]}:${v.text}`)).toEqual([
      "a:Thursday",
      "b:Saturday",
      "c:Thursday",
    ]);
  });

  it("completes a row through either day's statement: the day's own side may be worded otherwise", () => {
    // The row's Saturday says "passed away"; a fourth outlet's "died on Thursday" matches the
    // Thursday side, and a fifth's "died early Saturday" is vouched for by that side's verb too.
    const passedAway = told(1, 1, "The old keeper of the lighthouse passed away Saturday.", [
      ["Saturday", "2025-03-15"],
    ]);
    const reported = {
      ...reportedRow(),
      values: [
        { articleId: thursday.articleId, text: "Thursday", span: thursday.dates[0]?.span ?? null },
        {
          articleId: passedAway.articleId,
          text: "Saturday",
          span: passedAway.dates[0]?.span ?? null,
        },
      ],
    };
    const diedSaturday = told(8, 3, "The keeper died early Saturday at the harbour clinic.", [
      ["Saturday", "2025-03-15"],
    ]);
    const units = [thursday, passedAway];
    units[8] = diedSaturday;
    happeningDateConflicts(units, [], context, [reported]);
    expect(reported.values.map((v) => `${v.articleId[0]}:${v.text}`)).toEqual([
      "a:Thursday",
      "b:Saturday",
      "d:Saturday",
    ]);
  });

  it("takes a surname alone for the person named in full, not another person", () => {
    const named = (index: number, article: number, text: string, who: string, day: string) =>
      withDays(index, article, text, [[day, day === "Thursday" ? "2025-03-13" : "2025-03-15"]], {
        entities: new Set([who]),
      });
    const full = named(
      0,
      0,
      "Ada Morrow died on Thursday in a harbour clinic.",
      "Ada Morrow",
      "Thursday",
    );
    const surname = named(1, 1, "Morrow died on Saturday, aged 90.", "Morrow", "Saturday");
    const other = named(2, 2, "Ben Tully died on Saturday, aged 70.", "Ben Tully", "Saturday");
    expect(rows([full, surname], "die")).toEqual([["a:Thursday", "b:Saturday"]]);
    expect(rows([full, other], "die")).toEqual([]);
  });
  it("completes a row with an outlet dating the same happening noun with another verb of onset", () => {
    // The agency the third outlet cites tells of the quake; it takes no part in it.
    const quake = (index: number, article: number, text: string, day: string, who: string[] = []) =>
      withDays(index, article, text, [[day, day === "Sunday" ? "2025-03-16" : "2025-03-18"]], {
        entities: new Set(who),
      });
    const hit = quake(0, 0, "A strong earthquake hit the island on Sunday.", "Sunday");
    const later = quake(1, 1, "A strong earthquake hit the island on Tuesday.", "Tuesday");
    const jolted = quake(
      2,
      2,
      "A quake jolted the island on Sunday, Coast Press Agency reported.",
      "Sunday",
      ["Coast Press Agency"],
    );
    const cleared = quake(3, 3, "Crews cleared the roads of the island on Sunday.", "Sunday");
    const reported = {
      kind: "date" as const,
      subject: "date of the event",
      values: [
        { articleId: hit.articleId, text: "Sunday", span: hit.dates[0]?.span ?? null },
        { articleId: later.articleId, text: "Tuesday", span: later.dates[0]?.span ?? null },
      ],
      evidence: [],
    };
    happeningDateConflicts([hit, later, jolted, cleared], [], context, [reported]);
    expect(reported.values.map((v) => `${v.articleId[0]}:${v.text}`)).toEqual([
      "a:Sunday",
      "b:Tuesday",
      "c:Sunday",
    ]);
  });

  it("reads the tense of the day's own clause, not the whole statement's", () => {
    const reported = reportedRow();
    // "who died on Thursday" is past though the statement looks ahead.
    const remembered = {
      ...told(8, 3, "The keeper, who died on Thursday, will be remembered at the harbour.", [
        ["Thursday", "2025-03-13"],
      ]),
      prospective: true,
    };
    const units = [thursday, saturday];
    units[8] = remembered;
    happeningDateConflicts(units, [], context, [reported]);
    expect(reported.values.map((v) => `${v.articleId[0]}:${v.text}`)).toEqual([
      "a:Thursday",
      "b:Saturday",
      "d:Thursday",
    ]);
  });

  it("leaves out the teller of a report, named but not read as its speaker", () => {
    const nobody = (index: number, article: number, text: string, day: string) =>
      withDays(index, article, text, [[day, "2025-03-15"]], { entities: new Set() });
    const named = (index: number, article: number, text: string, day: string) =>
      withDays(index, article, text, [[day, "2025-03-13"]], { entities: new Set(["Dana Vey"]) });
    const saturday = nobody(
      0,
      0,
      "The shootings happened shortly after 8:30 p.m. Saturday.",
      "Saturday",
    );
    const reporter = named(
      1,
      1,
      "Reporter Dana Vey reports that the shooting took place just after 8:30 p.m. Thursday.",
      "Thursday",
    );
    expect(rows([saturday, reporter], "shoot")).toEqual([["a:Saturday", "b:Thursday"]]);
    // After "said", a name that opens the reported clause is who did it, not who tells it.
    const suspect = named(
      2,
      1,
      "Police said Dana Vey started the shooting just after 8:30 p.m. Thursday.",
      "Thursday",
    );
    expect(rows([saturday, suspect], "shoot")).toEqual([]);
  });
});

describe("happeningDateConflicts: a happening not yet done", () => {
  it("reads no day for what 'has yet to' happen", () => {
    const endorsed = told(0, 0, "On Tuesday, the keeper endorsed the harbour plan.", [
      ["Tuesday", "2025-03-11"],
    ]);
    const notYet = told(
      1,
      1,
      "Reporters pressed the keeper on why she had yet to endorse the harbour plan at a quayside visit Friday.",
      [["Friday", "2025-03-14"]],
    );
    expect(rows([endorsed, notYet], "endorse")).toEqual([]);
    const endorsedFriday = told(2, 2, "The keeper endorsed the harbour plan on Friday.", [
      ["Friday", "2025-03-14"],
    ]);
    expect(rows([endorsed, endorsedFriday], "endorse")).toEqual([["a:Tuesday", "c:Friday"]]);
  });
});
