import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { describedHappenings } from "./described-happenings.ts";
import { happeningDateConflicts } from "./event-dates.ts";

const people = new Set(["lund", "vint"]);
const isPerson = (id: string) => people.has(id);
const context: ConflictContext = {
  similarity: () => 0.1,
  entityName: (id) => (id === "lund" ? "Ada Lund" : id === "vint" ? "Ivo Vint" : "Harbour Police"),
  isPerson,
};

/** The story read by `eventInputs`, told here: each statement's named participants and verbs. */
function story(
  rows: { unit: AlignUnit; named: string[]; verbs: string[] }[],
  protagonists: (string | null)[],
) {
  const units: AlignUnit[] = [];
  const named: string[][] = [];
  const triggersOf: Set<string>[] = [];
  for (const { unit, named: who, verbs } of rows) {
    units[unit.index] = unit;
    named[unit.index] = who;
    triggersOf[unit.index] = new Set(verbs);
    unit.entities = new Set(who);
  }
  return { units, inputs: { named, protagonists, triggersOf } };
}

const named = withDays(0, 0, "Ada Lund was arrested Friday at her harbour flat.", [
  ["Friday", "2025-03-14"],
]);
/** A third outlet naming her: two articles tell her arrest, the story's one arrest. */
const again = withDays(2, 2, "Ada Lund, 60, was arrested on Friday, her lawyer said.", [
  ["Friday", "2025-03-14"],
]);
const described = withDays(
  1,
  1,
  "Harbour police on Sunday arrested a 60-year-old woman in the old quay killings.",
  [["Sunday", "2025-03-16"]],
);

function dateRows(units: AlignUnit[], inputs: Parameters<typeof describedHappenings>[1]) {
  const found = describedHappenings(units, inputs, isPerson);
  return happeningDateConflicts(units, found.happenings, context, [], found.standIns).map((r) =>
    r.conflict.values.map((v) => `${v.articleId[0]}:${v.text}`),
  );
}

const lund = { unit: named, named: ["lund"], verbs: ["arrest"] };
const lundAgain = { unit: again, named: ["lund"], verbs: ["arrest"] };
const police = { unit: described, named: ["police"], verbs: ["arrest"] };

describe("describedHappenings", () => {
  it("sets a described person's day against the named person's, the story's one arrest", () => {
    const { units, inputs } = story([lund, police, lundAgain], ["lund", null, "lund"]);
    expect(dateRows(units, inputs)).toEqual([["a:Friday", "b:Sunday", "c:Friday"]]);
    // Without the stand-in, a statement naming the police is not compared with one naming her.
    const happening = { action: "arrest", units: [0, 1, 2] };
    expect(happeningDateConflicts(units, [happening], context, [])).toEqual([]);
  });

  it("needs two articles telling the happening of the person", () => {
    const { units, inputs } = story([lund, police], ["lund", null]);
    expect(describedHappenings(units, inputs, isPerson).happenings).toEqual([]);
  });

  it("leaves the days apart when the story tells the arrest of two people", () => {
    const vint = (index: number, article: number) => ({
      unit: withDays(index, article, "Ivo Vint was arrested Sunday near the ferry.", [
        ["Sunday", "2025-03-16"],
      ]),
      named: ["vint"],
      verbs: ["arrest"],
    });
    const { units, inputs } = story(
      [lund, police, lundAgain, vint(3, 3), vint(4, 4)],
      ["lund", null, "lund", "vint", "vint"],
    );
    expect(describedHappenings(units, inputs, isPerson).happenings).toEqual([]);
    expect(dateRows(units, inputs)).toEqual([]);
  });

  it("does not let a statement naming another person stand in", () => {
    const vint = withDays(1, 1, "Police on Sunday arrested Ivo Vint at the quay.", [
      ["Sunday", "2025-03-16"],
    ]);
    const { units, inputs } = story(
      [lund, { unit: vint, named: ["police", "vint"], verbs: ["arrest"] }, lundAgain],
      ["lund", null, "lund"],
    );
    expect(describedHappenings(units, inputs, isPerson).standIns.size).toBe(0);
    expect(dateRows(units, inputs)).toEqual([]);
  });

  it("does not let a description right after a statement naming another person stand in", () => {
    const sidelined = withDays(
      1,
      1,
      "The Rovers also lost their keeper, a broken wrist sidelining Ivo Vint.",
      [],
    );
    const keeper = withDays(2, 1, "The goalkeeper was arrested on Sunday after the match.", [
      ["Sunday", "2025-03-16"],
    ]);
    const again3 = withDays(3, 2, "Ada Lund, 60, was arrested on Friday, her lawyer said.", [
      ["Friday", "2025-03-14"],
    ]);
    const rows = [
      lund,
      { unit: sidelined, named: ["vint"], verbs: [] },
      { unit: keeper, named: [], verbs: ["arrest"] },
      { unit: again3, named: ["lund"], verbs: ["arrest"] },
    ];
    const { units, inputs } = story(rows, ["lund", "lund", "lund"]);
    expect(describedHappenings(units, inputs, isPerson).standIns.size).toBe(0);
    expect(dateRows(units, inputs)).toEqual([]);
    // The same description after a statement naming no one else stands in for her.
    const quiet = withDays(1, 1, "The harbour was quiet all weekend.", []);
    const told = story(
      [lund, { ...rows[1], unit: quiet, named: [] }, rows[2], rows[3]] as typeof rows,
      ["lund", "lund", "lund"],
    );
    expect(dateRows(told.units, told.inputs)).toEqual([["a:Friday", "b:Sunday", "c:Friday"]]);
  });

  it("does not let an article about someone else stand in for the story's person", () => {
    const { units, inputs } = story([lund, police, lundAgain], ["lund", "vint", "lund"]);
    expect(dateRows(units, inputs)).toEqual([]);
  });

  it("does not set two descriptions against each other", () => {
    const crews = withDays(3, 3, "The coastguard on Friday arrested a woman at the quay.", [
      ["Friday", "2025-03-14"],
    ]);
    const { units, inputs } = story(
      [lund, police, lundAgain, { unit: crews, named: ["coastguard"], verbs: ["arrest"] }],
      ["lund", null, "lund", null],
    );
    const found = describedHappenings(units, inputs, isPerson);
    expect(found.standIns.size).toBe(2);
    const happening = { action: "arrest", units: [1, 3] };
    expect(happeningDateConflicts(units, [happening], context, [], found.standIns)).toEqual([]);
  });
});
