import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { numberAgrees } from "./number.ts";

const context: ConflictContext = {
  similarity: () => 0.3,
  entityName: (id) => id.replace("E-", ""),
  isPerson: (id) => id === "E-Ivo Vint",
};

/** The position of a word in a statement made of one text. */
const at = (unit: ReturnType<typeof makeUnit>, word: string) =>
  unit.span.start + unit.text.indexOf(word);

describe("numberAgrees", () => {
  it("sets no 'they were not' against a verb said of one person by name", () => {
    const denial = makeUnit(
      0,
      0,
      "Most voters said they were not looking forward to the campaign.",
    );
    const one = makeUnit(1, 1, "Ivo Vint looks forward to the campaign.", {
      entities: new Set(["E-Ivo Vint"]),
    });
    expect(numberAgrees(denial, at(denial, "not"), one, at(one, "looks"), context)).toBe(false);
    const has = makeUnit(2, 2, "Vint has looked forward to the campaign.", {
      entities: new Set(["E-Ivo Vint"]),
    });
    expect(numberAgrees(denial, at(denial, "not"), has, at(has, "looked"), context)).toBe(false);
    // A given name alone, no entity read for it.
    const given = makeUnit(3, 3, "Sure enough. Maria looks forward to the campaign.");
    expect(numberAgrees(denial, at(denial, "not"), given, at(given, "looks"), context)).toBe(false);
  });

  it("leaves a past verb, a plural subject and an organisation alone", () => {
    const denial = makeUnit(
      0,
      0,
      "Most voters said they were not looking forward to the campaign.",
    );
    const past = makeUnit(1, 1, "Ivo Vint looked forward to the campaign.", {
      entities: new Set(["E-Ivo Vint"]),
    });
    expect(numberAgrees(denial, at(denial, "not"), past, at(past, "looked"), context)).toBe(true);
    const club = makeUnit(2, 2, "Harbour Athletic has looked forward to the campaign.", {
      entities: new Set(["E-Harbour Athletic"]),
    });
    expect(numberAgrees(denial, at(denial, "not"), club, at(club, "looked"), context)).toBe(true);
    const he = makeUnit(3, 3, "He said he was not looking forward to the campaign.");
    const one = makeUnit(4, 4, "Ivo Vint looks forward to the campaign.", {
      entities: new Set(["E-Ivo Vint"]),
    });
    expect(numberAgrees(he, at(he, "not"), one, at(one, "looks"), context)).toBe(true);
  });
});
