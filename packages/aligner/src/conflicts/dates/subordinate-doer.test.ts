import { describe, expect, it } from "vitest";
import { dated, rows } from "../../../test/fixtures/dated-statements.ts";
import { subordinateDoer } from "./subordinate-doer.ts";

const none = new Set<string>();

describe("subordinateDoer", () => {
  it("reads the names between a clause opener and the dated verb", () => {
    expect(subordinateDoer("He is one of three left after rival Ivo Vint ", none)).toEqual([
      "vint",
    ]);
    expect(subordinateDoer("The race narrowed when Ada Lund and Bo Knell ", none)).toEqual([
      "lund",
      "knell",
    ]);
  });
  it("reads nothing without an opener, past another verb, or with no name", () => {
    expect(subordinateDoer("He is one of three left in the race ", none)).toEqual([]);
    expect(subordinateDoer("He left after Ivo Vint said he ", none)).toEqual([]);
    expect(subordinateDoer("He is one of three left after his rival ", none)).toEqual([]);
  });
});

describe("dateConflicts, a doer inside a clause opened by after", () => {
  const lund = dated(
    0,
    "He needs the backing of both Mr. Knell and Ada Lund, who dropped out on Saturday, to win.",
    ["Saturday", "2025-03-08"],
    ["knell", "lund", "vint"],
  );
  it("sets no day of one doer against another's", () => {
    const vint = dated(
      1,
      "The board kept two seats open after Ivo Vint withdrew his bid on Tuesday.",
      ["Tuesday", "2025-03-11"],
      ["vint", "knell"],
    );
    expect(rows(lund, vint)).toEqual([]);
  });
  it("keeps the days of one doer", () => {
    const again = dated(
      1,
      "The board kept two seats open after Ada Lund withdrew her bid on Tuesday.",
      ["Tuesday", "2025-03-11"],
      ["lund", "knell"],
    );
    expect(rows(lund, again)).toEqual([["Saturday", "Tuesday"]]);
  });
});
