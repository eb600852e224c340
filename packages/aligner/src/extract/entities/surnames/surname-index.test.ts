import { describe, expect, it } from "vitest";
import type { EntityRecord } from "../entity-records.ts";
import { SurnameIndex } from "./surname-index.ts";

function person(name: string, surname: string, unnamed = false): EntityRecord {
  return {
    kind: "person",
    name,
    surname,
    familyFirst: null,
    titles: [],
    titleWords: [],
    unnamed,
    gender: null,
    suffix: null,
  };
}

describe("SurnameIndex", () => {
  it("finds every person a surname names, in the order they were met", () => {
    const entities = [
      person("Ada Lund", "Lund"),
      person("Ivo Vint", "Vint"),
      person("Per Lund", "Lund"),
    ];
    const index = new SurnameIndex();
    for (const [i, e] of entities.entries()) index.add(e.name, e.surname, i);
    expect(index.namedBy("Lund", entities)).toEqual([0, 2]);
    expect(index.namedBy("Vint", entities)).toEqual([1]);
    expect(index.namedBy("Orrin", entities)).toEqual([]);
  });

  it("finds the people a surname in capitals names, once each", () => {
    const entities = [
      person("Ada O'Dea", "O'Dea"),
      person("Ivo Vint", "Vint"),
      person("Per O'Dea", "O'Dea"),
      person("Kim van Dorn", "van Dorn"),
    ];
    const index = new SurnameIndex();
    for (const [i, e] of entities.entries()) index.add(e.name, e.surname, i);
    expect(index.namedByAnyCase("O'DEA", entities)).toEqual([0, 2]);
    expect(index.namedByAnyCase("VINT", entities)).toEqual([1]);
    // Filed as "van Dorn" and "Van Dorn": one person.
    expect(index.namedByAnyCase("VAN DORN", entities)).toEqual([3]);
    expect(index.namedByAnyCase("MODERATOR", entities)).toEqual([]);
  });

  it("files a particle surname under its capitalised form too", () => {
    const entities = [person("Ada van Dorn", "van Dorn")];
    const index = new SurnameIndex();
    index.add("Ada van Dorn", "van Dorn", 0);
    expect(index.namedBy("Van Dorn", entities)).toEqual([0]);
  });

  it("leaves out a person no longer named, and one taken out of the list", () => {
    const entities = [person("Ada Lund", "Lund", true), person("Per Lund", "Lund")];
    const index = new SurnameIndex();
    for (const [i, e] of entities.entries()) index.add(e.name, e.surname, i);
    expect(index.namedBy("Lund", entities)).toEqual([1]);
    index.remove("Lund", 1);
    expect(index.namedBy("Lund", entities)).toEqual([]);
  });
});
