import { describe, expect, it } from "vitest";
import { timedUnit as timed } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { clockTimeConflicts } from "./clock-times.ts";

const context: ConflictContext = { similarity: () => 0.2, entityName: (id) => id };

const rows = (units: AlignUnit[]) =>
  clockTimeConflicts(units, [], context).map((f) => f.conflict.values.map((v) => v.text));

describe("clock times of one happening grouped apart", () => {
  it("disagree when two outlets time the same verb an hour apart", () => {
    const a = timed(0, "The prisoner escaped from the van just after 9 a.m.", "9 a.m.", 540);
    const b = timed(
      1,
      "The prisoner overpowered the guards before fleeing into the woods at 10 a.m.",
      "10 a.m.",
      600,
    );
    expect(rows([a, b])).toEqual([["9 a.m.", "10 a.m."]]);
  });

  it("do not when one says it of a pronoun nothing in its statement resolves", () => {
    const a = timed(0, "The prisoner escaped from the van just after 9 a.m.", "9 a.m.", 540);
    const b = timed(
      1,
      "He overpowered the guards before fleeing into the woods at 10 a.m.",
      "10 a.m.",
      600,
    );
    expect(rows([a, b])).toEqual([]);
  });

  it("names every outlet giving either time", () => {
    const a = timed(0, "The prisoner escaped from the van at 9 a.m.", "9 a.m.", 540);
    const b = timed(1, "The prisoner escaped from the van at 10 a.m.", "10 a.m.", 600);
    const c = timed(2, "A prisoner escaped from a transport van at 9 a.m.", "9 a.m.", 540);
    expect(rows([a, b, c])).toEqual([["9 a.m.", "10 a.m.", "9 a.m."]]);
  });

  it("do not when a hedge reconciles them, the verbs differ or the times are hours apart", () => {
    const a = timed(0, "The prisoner escaped from the van at about 9 a.m.", "9 a.m.", 540);
    const near = timed(1, "The prisoner escaped from the van at 9:10 a.m.", "9:10 a.m.", 550);
    expect(rows([a, near])).toEqual([]);
    const other = timed(1, "The guards searched the woods at 10 a.m.", "10 a.m.", 600);
    expect(rows([a, other])).toEqual([]);
    const evening = timed(1, "A prisoner escaped from a van at 8 p.m.", "8 p.m.", 1200);
    expect(rows([a, evening])).toEqual([]);
  });

  it("do not when the two statements give different days", () => {
    const day = (index: number, text: string, name: string) => {
      const unit = timed(index, text, index === 0 ? "9 a.m." : "10 a.m.", 540 + index * 60);
      const at = index * 1000 + text.indexOf(name);
      return {
        ...unit,
        weekdays: [
          {
            id: `d${index}`,
            span: { articleId: unit.articleId, start: at, end: at + name.length },
            text: name,
            value: null,
            endValue: null,
            precision: "day" as const,
            status: "unresolved" as const,
          },
        ],
      };
    };
    const a = day(0, "The prisoner escaped from the van at 9 a.m. on Monday.", "Monday");
    const b = day(1, "The prisoner escaped from the van at 10 a.m. on Tuesday.", "Tuesday");
    expect(rows([a, b])).toEqual([]);
  });

  it("time the noun before a verb that only says something happened", () => {
    const a = timed(
      0,
      "The stabbing happened shortly after 7:30 p.m. near the pier.",
      "7:30 p.m.",
      1110,
    );
    const b = timed(
      1,
      "Witnesses said the stabbing took place just after 6:30 p.m.",
      "6:30 p.m.",
      1050,
    );
    const c = timed(2, "The concert took place at 6:30 p.m. on the pier.", "6:30 p.m.", 1050);
    expect(rows([a, b, c])).toEqual([["7:30 p.m.", "6:30 p.m."]]);
  });
});

describe("clock times: only of one happening", () => {
  it("sets '2 a.m.' against '3 a.m.' for one arrest, the suspect once subject once object", () => {
    const a = timed(0, "The suspect was arrested at 2 a.m. outside the bar.", "2 a.m.", 120);
    const b = timed(1, "Police arrested the suspect outside the bar at 3 a.m.", "3 a.m.", 180);
    expect(rows([a, b])).toEqual([["2 a.m.", "3 a.m."]]);
  });

  it("does not time an arrest by a hearing joined to it by 'and'", () => {
    const a = timed(0, "Police arrested the suspect at 2 a.m. outside the bar.", "2 a.m.", 120);
    const b = timed(
      1,
      "The suspect was arrested and appeared at a hearing at 3 a.m.",
      "3 a.m.",
      180,
    );
    expect(rows([a, b])).toEqual([]);
  });

  it("does not set one verb of two subjects against each other (a quake and an aftershock)", () => {
    const a = timed(0, "The first quake struck the coast at 4:10 a.m.", "4:10 a.m.", 250);
    const b = timed(1, "A strong aftershock struck the coast at 5:20 a.m.", "5:20 a.m.", 320);
    expect(rows([a, b])).toEqual([]);
    const c = timed(0, "The bus driver was arrested at 2 a.m. outside the depot.", "2 a.m.", 120);
    const d = timed(1, "His passenger was arrested at 3 a.m. outside the depot.", "3 a.m.", 180);
    expect(rows([c, d])).toEqual([]);
  });

  it("does not set a happening against its repeat ('arrested again', 'a second fire')", () => {
    const a = timed(0, "The suspect was arrested at 2 a.m. outside the bar.", "2 a.m.", 120);
    const b = timed(1, "The suspect was arrested again at 3 a.m. after he fled.", "3 a.m.", 180);
    expect(rows([a, b])).toEqual([]);
    const c = timed(0, "The fire was reported at 3:30 a.m. by a neighbour.", "3:30 a.m.", 210);
    const d = timed(1, "A second fire was reported at 4:50 a.m. nearby.", "4:50 a.m.", 290);
    expect(rows([c, d])).toEqual([]);
  });
});

describe("clock times: a complete row", () => {
  it("names every outlet giving either time, however many give one", () => {
    const units = [0, 1, 2, 3, 4, 5].map((i) =>
      timed(i, "The prisoner escaped from the van at 9 a.m.", "9 a.m.", 540),
    );
    const late = timed(6, "The prisoner escaped from the van at 10 a.m.", "10 a.m.", 600);
    const [row] = clockTimeConflicts([...units, late], [], context).map((f) =>
      f.conflict.values.map((v) => `${v.articleId[0]}:${v.text}`),
    );
    expect(row?.length).toBe(7);
    expect(row).toContain("f:10 a.m.");
  });
});
