import { describe, expect, it } from "vitest";
import { alike, dated, rows } from "../../../test/fixtures/dated-statements.ts";
import { type ConflictContext, prospectiveAt } from "../guards.ts";
import { datedPatient, patientsDiffer, subjectNames } from "./day-doers.ts";

describe("subjectNames", () => {
  it("reads the names before the clause's first verb, when that verb is the dated one", () => {
    expect(
      subjectNames(
        "Two Harbour Committees on Monday asked the Tax Office to look",
        new Set(),
        "ask",
      ),
    ).toEqual(["committees"]);
    expect(
      subjectNames(
        "Democratic candidates Ada Lund and Ivo Vint made their cases in Velden on Monday",
        new Set(),
        "make",
      ),
    ).toEqual(["lund", "vint"]);
    // An opening word of English is a name only when the statement names someone by it.
    expect(subjectNames("Knell campaigned with Vint on Monday", new Set(), "campaign")).toEqual([]);
    expect(
      subjectNames("Knell campaigned with Vint on Monday", new Set(["Knell"]), "campaign"),
    ).toEqual(["knell"]);
  });
  it("reads no doer of a passive, a pronoun, a place or another verb than the dated one", () => {
    expect(subjectNames("Lund was joined by her aides on Monday", new Set(), "join")).toEqual([]);
    expect(subjectNames("He’s campaigning in Velden on Monday", new Set(), "campaign")).toEqual([]);
    expect(subjectNames("the Oregon senator ended his campaign Tuesday", new Set(), "end")).toEqual(
      [],
    );
    expect(
      subjectNames(
        "Ivo Vint won 40 percent in a Harbour Post poll released Monday",
        new Set(),
        "release",
      ),
    ).toEqual([]);
  });
});

describe("doersDiffer", () => {
  it("sets no day of one doer's happening against another doer's", () => {
    const lund = dated(
      0,
      "Ada Lund spoke to voters in Velden on Monday.",
      ["Monday", "2025-03-10"],
      ["lund"],
    );
    const vint = dated(
      1,
      "Ivo Vint spoke to voters in Velden on Thursday.",
      ["Thursday", "2025-03-13"],
      ["vint", "lund"],
    );
    expect(rows(lund, vint)).toEqual([]);
  });
  it("keeps two days of one doer's happening, whoever else is named", () => {
    const monday = dated(
      0,
      "Ada Lund spoke to voters in Velden on Monday.",
      ["Monday", "2025-03-10"],
      ["lund"],
    );
    const thursday = dated(
      1,
      "Ada Lund spoke to voters with Ivo Vint in Velden on Thursday.",
      ["Thursday", "2025-03-13"],
      ["lund", "vint"],
    );
    expect(rows(monday, thursday)).toEqual([["Monday", "Thursday"]]);
  });
});

describe("doersDiffer, two verbs of one class", () => {
  it("sets no day of one winner's win against another winner's", () => {
    const vint = dated(
      0,
      "Ivo Vint won the Velden ferry ballot with 54 percent to Lund's 46 percent Tuesday night.",
      ["Tuesday night", "2025-03-11"],
      ["lund", "vint"],
    );
    const lund = dated(
      1,
      "Ada Lund beat Ivo Vint in the harbour council vote Saturday.",
      ["Saturday", "2025-03-08"],
      ["lund", "vint"],
    );
    expect(rows(vint, lund)).toEqual([]);
    const again = dated(
      2,
      "Ivo Vint beat Ada Lund in the harbour council vote Saturday.",
      ["Saturday", "2025-03-08"],
      ["lund", "vint"],
    );
    expect(rows(vint, again)).toEqual([["Tuesday night", "Saturday"]]);
  });
});

describe("ordinalsDiffer", () => {
  it("reads two of a series, each numbered, as two happenings", () => {
    const fourth = dated(0, "The fourth debate between the candidates was held on Monday.", [
      "Monday",
      "2025-03-10",
    ]);
    const fifth = dated(1, "The fifth debate between the candidates was held on Thursday.", [
      "Thursday",
      "2025-03-13",
    ]);
    expect(rows(fourth, fifth)).toEqual([]);
    const again = dated(2, "The fourth debate between the candidates was held on Thursday.", [
      "Thursday",
      "2025-03-13",
    ]);
    expect(rows(fourth, again)).toEqual([["Monday", "Thursday"]]);
  });
});

describe("prospectiveAt", () => {
  it("reads a contracted will as a cue of the future", () => {
    const text = "“We’ll be meeting on Friday in Velden,” Lund said.";
    const unit = dated(0, text, ["Friday", "2025-03-14"]);
    expect(prospectiveAt(unit, unit.span.start + text.indexOf("Friday"))).toBe(true);
  });

  it("reads a passive infinitive right before the day as still to come", () => {
    const at = (text: string) => {
      const unit = dated(0, text, ["Friday", "2025-03-14"]);
      return prospectiveAt(unit, unit.span.start + text.indexOf("Friday"));
    };
    expect(at("Lund cited a harbour audit to be released Friday.")).toBe(true);
    expect(at("Lund cited a harbour audit released Friday.")).toBe(false);
  });
});

describe("patientsDiffer", () => {
  const day = (text: string, name: string): ReturnType<typeof dated> =>
    dated(0, text, [name, "2025-03-10"]);
  const patientOf = (unit: ReturnType<typeof dated>) =>
    datedPatient(unit, unit.dates[0] as NonNullable<(typeof unit.dates)[0]>);
  it("reads what the dated verb is done to, in either voice or by a participle", () => {
    expect(
      patientOf(day("On Friday, he joined the Harbour Republicans in Velden.", "Friday")),
    ).toBe("republicans");
    expect(
      patientOf(day("Lund was joined by her aides, Ivo Vint and Bo Knell, on Monday.", "Monday")),
    ).toBe("lund");
    expect(
      patientOf(day("Vint leads in the latest Harbour Post poll released Monday.", "Monday")),
    ).toBe("post");
    expect(patientOf(day("Vint leads in a new poll released Monday.", "Monday"))).toBeNull();
  });
  it("sets no day of what was done to one against what was done to another", () => {
    const post = dated(0, "Vint leads in the latest Harbour Post poll released Monday.", [
      "Monday",
      "2025-03-10",
    ]);
    const courier = dated(1, "Vint leads in the latest Velden Courier poll released Thursday.", [
      "Thursday",
      "2025-03-13",
    ]);
    expect(rows(post, courier)).toEqual([]);
    const again = dated(2, "Vint leads in the latest Harbour Post poll released Thursday.", [
      "Thursday",
      "2025-03-13",
    ]);
    expect(rows(post, again)).toEqual([["Monday", "Thursday"]]);
  });
  it("keeps one happening told from each side", () => {
    const one = dated(
      0,
      "Ada Lund married Ivo Vint in Velden on Friday.",
      ["Friday", "2025-03-14"],
      ["lund", "vint"],
    );
    const other = dated(
      1,
      "Ivo Vint married Ada Lund in Velden on Saturday.",
      ["Saturday", "2025-03-15"],
      ["lund", "vint"],
    );
    expect(rows(one, other)).toEqual([["Friday", "Saturday"]]);
  });
});

describe("patientsDiffer, one verb's sides only", () => {
  const first = (unit: ReturnType<typeof dated>) =>
    unit.dates[0] as NonNullable<(typeof unit.dates)[0]>;
  it("compares the objects of one verb, not of two verbs of one happening", () => {
    const beat = dated(0, "The Rovers beat the Harriers 31-24 on Saturday.", [
      "Saturday",
      "2025-03-15",
    ]);
    const carried = dated(1, "Two late goals carried the Rovers over the Harriers on Thursday.", [
      "Thursday",
      "2025-03-13",
    ]);
    expect(patientsDiffer(beat, first(beat), carried, first(carried), alike)).toBe(false);
    const beatOther = dated(2, "The Rovers beat the Wanderers 31-24 on Thursday.", [
      "Thursday",
      "2025-03-13",
    ]);
    expect(patientsDiffer(beat, first(beat), beatOther, first(beatOther), alike)).toBe(true);
  });
  it("reads no story place as a patient of its own", () => {
    const beat = dated(0, "The Rovers beat the Harriers 31-24 on Saturday.", [
      "Saturday",
      "2025-03-15",
    ]);
    const city = dated(
      1,
      "The Rovers beat Velden 31-24 on Thursday.",
      ["Thursday", "2025-03-13"],
      ["velden"],
    );
    expect(patientsDiffer(beat, first(beat), city, first(city), alike)).toBe(true);
    const places: ConflictContext = {
      ...alike,
      isPlace: (id) => id === "velden",
      entityName: (id) => (id === "velden" ? "Velden" : alike.entityName(id)),
    };
    expect(patientsDiffer(beat, first(beat), city, first(city), places)).toBe(false);
  });
});
