import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf, makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { personAgeConflicts } from "./person-ages.ts";

const context: ConflictContext = {
  similarity: () => 0,
  entityName: (id) => id.replace("E-", ""),
  isPerson: (id) => id.startsWith("E-"),
};

/** A statement giving "<years>-year-old" to whoever follows, naming the given story entities. */
function aged(index: number, text: string, years: number, entities: string[]) {
  const articleId = articleIdOf(index);
  const at = index * 1000 + text.indexOf(`${years}-year-old`);
  const age: Figure = {
    id: `age-${at}`,
    span: { articleId, start: at, end: at + `${years}-year-old`.length },
    text: `${years}-year-old`,
    kind: "count",
    value: years,
    upperValue: null,
    unit: "years of age",
    measure: "age",
  };
  return makeUnit(index, index, text, { figures: [age], entities: new Set(entities) });
}

/** A statement giving the age set off by commas after a name ("Brandt, 40,"), naming the entities. */
function agedAfterName(index: number, text: string, years: number, entities: string[]) {
  const unit = aged(index, text.replace(`, ${years},`, ` ${years}-year-old`), years, entities);
  const articleId = articleIdOf(index);
  const at = index * 1000 + text.indexOf(`, ${years},`) + 2;
  const age: Figure = {
    ...(unit.figures[0] as Figure),
    id: `age-${at}`,
    span: { articleId, start: at, end: at + String(years).length },
    text: String(years),
  };
  return makeUnit(index, index, text, { figures: [age], entities: new Set(entities) });
}

describe("personAgeConflicts", () => {
  it("reads a name after a capitalised title, and a surname alone or after a rank word", () => {
    const a = aged(0, "Rescuers recovered the body of 64-year-old Ivo Brandt.", 64, [
      "E-Ivo Brandt",
    ]);
    for (const text of [
      "Mountaineer Ivo Brandt, 72, died on Friday.",
      "Brandt, 72, died on Friday.",
      "Deputy Brandt, 72, died on Friday.",
    ]) {
      const b = agedAfterName(1, text, 72, ["E-Ivo Brandt"]);
      const [found, ...rest] = personAgeConflicts([a, b], [], context);
      expect(rest).toEqual([]);
      expect(found?.conflict.values.map((v) => v.text)).toEqual(["64-year-old", "72"]);
    }
  });

  it("reads a name after the noun an age describes, never across a verb or joining word", () => {
    const a = aged(0, "Rescuers recovered the body of 64-year-old Ivo Brandt.", 64, [
      "E-Ivo Brandt",
    ]);
    const titled = aged(1, "Friends said 72-year-old retired climber Ivo Brandt fell.", 72, [
      "E-Ivo Brandt",
    ]);
    const [found, ...rest] = personAgeConflicts([a, titled], [], context);
    expect(rest).toEqual([]);
    expect(found?.conflict.values.map((v) => v.text)).toEqual(["64-year-old", "72-year-old"]);
    for (const text of [
      "The 72-year-old told Ivo Brandt to turn back.",
      "A 72-year-old man and Ivo Brandt were hurt.",
      "The 72-year-old son of Ivo Brandt was hurt.",
      "A 72-year-old climber Ivo Brandt's team found was hurt.",
    ])
      expect(personAgeConflicts([a, aged(1, text, 72, ["E-Ivo Brandt"])], [], context)).toEqual([]);
  });

  it("gives a surname to no one when another person bears it, or another name opens it", () => {
    const a = aged(0, "Rescuers recovered the body of 64-year-old Ivo Brandt.", 64, [
      "E-Ivo Brandt",
    ]);
    const daughter = makeUnit(2, 2, "His daughter Ada Brandt flew in.", {
      entities: new Set(["E-Ada Brandt"]),
    });
    const shared = agedAfterName(1, "Brandt, 72, died on Friday.", 72, ["E-Ivo Brandt"]);
    expect(personAgeConflicts([a, shared, daughter], [], context)).toEqual([]);
    // "Ada Brandt, 40,": a given name of no one in the statement is another person's name.
    const other = agedAfterName(1, "Ada Brandt, 40, said he fell on Friday.", 40, ["E-Ivo Brandt"]);
    expect(personAgeConflicts([a, other], [], context)).toEqual([]);
    // A surname the statement is not about, and a place, name no one.
    const away = agedAfterName(1, "Brandt, 40, died on Friday.", 40, []);
    expect(personAgeConflicts([a, away], [], context)).toEqual([]);
    const place = agedAfterName(1, "In Tessel, 40, people died on Friday.", 40, ["E-Ivo Brandt"]);
    expect(personAgeConflicts([a, place], [], context)).toEqual([]);
  });

  it("sets one named person's ages in two outlets against each other, wherever grouped", () => {
    const a = aged(0, "Police shot 17-year-old Tamsin Oyelade on the bridge.", 17, [
      "E-Tamsin Oyelade",
    ]);
    const b = aged(1, "A vigil was held for 34-year-old Tamsin Oyelade.", 34, ["E-Tamsin Oyelade"]);
    const [found, ...rest] = personAgeConflicts([a, b], [], context);
    expect(rest).toEqual([]);
    expect(found?.conflict.values.map((v) => v.text)).toEqual(["17-year-old", "34-year-old"]);
  });

  it("reads a name set off after a description of the aged person", () => {
    const a = aged(
      0,
      "The trial of the 17-year-old accused of the arson, Tamsin Oyelade, opened.",
      17,
      ["E-Tamsin Oyelade"],
    );
    const b = aged(1, "A vigil was held for 34-year-old Tamsin Oyelade.", 34, ["E-Tamsin Oyelade"]);
    const [found, ...rest] = personAgeConflicts([a, b], [], context);
    expect(rest).toEqual([]);
    expect(found?.conflict.values.map((v) => v.text)).toEqual(["17-year-old", "34-year-old"]);
  });

  it("reads a name an appositive age follows, and a name right after the age and a comma", () => {
    const a = aged(0, "Ivo Brandt, a 72-year-old climber from Tessel, died on Sunday.", 72, [
      "E-Ivo Brandt",
    ]);
    const b = aged(1, "Rescuers recovered the body of 64-year-old Ivo Brandt.", 64, [
      "E-Ivo Brandt",
    ]);
    const [found, ...rest] = personAgeConflicts([a, b], [], context);
    expect(rest).toEqual([]);
    expect(found?.conflict.values.map((v) => v.text)).toEqual(["72-year-old", "64-year-old"]);
    const bare = aged(1, "The 64-year-old, Ivo Brandt, died on Sunday.", 64, ["E-Ivo Brandt"]);
    expect(personAgeConflicts([a, bare], [], context)).toHaveLength(1);
    // Another person named before another appositive age: no row.
    const guide = aged(1, "His guide, Ada Lund, a 40-year-old from Vell, survived.", 40, [
      "E-Ada Lund",
    ]);
    expect(personAgeConflicts([a, guide], [], context)).toEqual([]);
  });

  it("leaves ages a few years apart (two dates), of no one named, or of another time", () => {
    const near = aged(0, "The court heard 27-year-old Tamsin Oyelade.", 27, ["E-Tamsin Oyelade"]);
    const later = aged(1, "The jury convicted 29-year-old Tamsin Oyelade.", 29, [
      "E-Tamsin Oyelade",
    ]);
    expect(personAgeConflicts([near, later], [], context)).toEqual([]);
    const girl = aged(1, "Police shot the 34-year-old girl on the bridge.", 34, []);
    expect(personAgeConflicts([near, girl], [], context)).toEqual([]);
    const then = aged(1, "He said then-15-year-old Tamsin Oyelade fled.", 15, ["E-Tamsin Oyelade"]);
    expect(personAgeConflicts([near, then], [], context)).toEqual([]);
  });

  it("sets the ages of one person described by the same noun in two leads against each other", () => {
    const a = aged(0, "Police arrested a 52-year-old, retired woman at the mill.", 52, []);
    const b = aged(1, "A 26-year-old woman was charged over the mill fire.", 26, []);
    const [found, ...rest] = personAgeConflicts([a, b], [], context);
    expect(rest).toEqual([]);
    expect(found?.conflict.values.map((v) => v.text)).toEqual(["52-year-old", "26-year-old"]);
  });

  it("reads a described noun of no list by its part of speech: 'climber', not 'guide'", () => {
    const a = aged(0, "A 72-year-old climber died on Mount Ostra on Sunday.", 72, []);
    const b = aged(1, "Rescuers found the body of a 144-year-old climber on Sunday.", 144, []);
    const [found, ...rest] = personAgeConflicts([a, b], [], context);
    expect(rest).toEqual([]);
    expect(found?.conflict.values.map((v) => v.text)).toEqual(["72-year-old", "144-year-old"]);
    const guide = aged(1, "Rescuers found a 40-year-old guide alive on Sunday.", 40, []);
    expect(personAgeConflicts([a, guide], [], context)).toEqual([]);
  });

  it("leaves a noun one outlet gives two ages, and an age joined to another person", () => {
    const a = aged(0, "A 52-year-old man was hurt at the mill.", 52, []);
    const b = aged(1, "A 26-year-old man was arrested at the mill.", 26, []);
    const c = aged(1, "A 70-year-old man was hurt at the mill.", 70, []);
    expect(personAgeConflicts([a, b, c], [], context)).toEqual([]);
    const joined = aged(1, "A 70-year-old and her man were hurt at the mill.", 70, []);
    expect(personAgeConflicts([a, joined], [], context)).toEqual([]);
  });
});
