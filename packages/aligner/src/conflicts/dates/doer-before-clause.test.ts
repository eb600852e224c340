import { describe, expect, it } from "vitest";
import { dated, rows } from "../../../test/fixtures/dated-statements.ts";
import { doerBeforeClause } from "./doer-before-clause.ts";

const none = new Set<string>();

describe("doerBeforeClause", () => {
  it("reads the name a relative who or which stands for", () => {
    expect(doerBeforeClause("Governor Ivo Vint,", " who ", "Thursday", none)).toEqual(["vint"]);
    expect(doerBeforeClause("But Ada Lund and Ivo Vint,", " who ", "Monday", none)).toEqual([
      "lund",
      "vint",
    ]);
    expect(doerBeforeClause("The Harbour Council,", " which on Monday ", "Monday", none)).toEqual([
      "council",
    ]);
  });
  it("reads no relative's doer it cannot be sure of", () => {
    // The relative may stand for the aide; the board is the doer; the name is no subject.
    expect(doerBeforeClause("The aide of Ada Lund,", " who ", "Monday", none)).toEqual([]);
    expect(doerBeforeClause("Ada Lund,", " who the board ", "Monday", none)).toEqual([]);
    expect(doerBeforeClause("Ada Lund said that", " who ", "Monday", none)).toEqual([]);
    expect(doerBeforeClause("the governor's aide,", " who ", "Monday", none)).toEqual([]);
  });
  it("reads a subject set off from its verb by asides", () => {
    expect(doerBeforeClause("Ivo Vint, the party chairman,", " ", "Monday", none)).toEqual([
      "vint",
    ]);
    expect(
      doerBeforeClause(
        "Ada Lund, a strategist who worked for the governor,",
        " on Friday ",
        "Friday",
        none,
      ),
    ).toEqual(["lund"]);
    expect(doerBeforeClause("Ada Lund, 45, a lawyer,", " also ", "Monday", none)).toEqual(["lund"]);
  });
  it("reads no subject past a clause with a verb, before a noun, or after a fronted phrase", () => {
    expect(
      doerBeforeClause("The board hired Ada Lund, the chairman,", " ", "Monday", none),
    ).toEqual([]);
    expect(doerBeforeClause("Ada Lund, the chairman,", " and the board ", "Monday", none)).toEqual(
      [],
    );
    expect(doerBeforeClause("In Velden, the chairman,", " ", "Monday", none)).toEqual([]);
    expect(
      doerBeforeClause("Ada Lund, whose aides had quit, the chairman,", " ", "Monday", none),
    ).toEqual(["lund"]);
    expect(doerBeforeClause("Ada Lund, the aides quit,", " ", "Monday", none)).toEqual([]);
  });
});

describe("dateConflicts, doers named before the dated clause", () => {
  it("sets no day of a relative's doer against another doer's", () => {
    const lund = dated(
      0,
      "Ada Lund, who endorsed Bo Knell on Thursday, is making his case in Velden.",
      ["Thursday", "2025-03-13"],
      ["lund", "knell"],
    );
    const vint = dated(
      1,
      "Governor Ivo Vint endorsed Bo Knell on Tuesday.",
      ["Tuesday", "2025-03-11"],
      ["vint", "knell"],
    );
    expect(rows(lund, vint)).toEqual([]);
    const again = dated(
      2,
      "Ada Lund endorsed Bo Knell on Tuesday.",
      ["Tuesday", "2025-03-11"],
      ["lund", "knell"],
    );
    expect(rows(lund, again)).toEqual([["Thursday", "Tuesday"]]);
  });
  it("sets no day of a subject past an aside against another doer's", () => {
    const vint = dated(
      0,
      "Ivo Vint, the party chairman, called the Knell vote a sham on Monday.",
      ["Monday", "2025-03-10"],
      ["vint", "knell"],
    );
    const lund = dated(
      1,
      "Ada Lund, a strategist who worked for the governor, called the Knell vote a win on Friday.",
      ["Friday", "2025-03-14"],
      ["lund", "knell"],
    );
    expect(rows(vint, lund)).toEqual([]);
    const again = dated(
      2,
      "Ivo Vint called the Knell vote a sham on Friday.",
      ["Friday", "2025-03-14"],
      ["vint", "knell"],
    );
    expect(rows(vint, again)).toEqual([["Monday", "Friday"]]);
  });
});
