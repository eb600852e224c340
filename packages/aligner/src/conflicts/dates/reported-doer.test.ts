import { describe, expect, it } from "vitest";
import { dated, rows } from "../../../test/fixtures/dated-statements.ts";
import { reportedItDoer } from "./reported-doer.ts";

describe("reportedItDoer", () => {
  it("reads the reporting verb's subject as the doer of its clause's 'it'", () => {
    expect(
      reportedItDoer(
        " the Tax Office disclosed in court that it asked for the files in a letter Friday",
        "ask",
        new Set(),
      ),
    ).toEqual(["office"]);
    expect(
      reportedItDoer("The Port Board said it had asked the ministry on Friday", "ask", new Set()),
    ).toEqual(["board"]);
  });
  it("reads no doer for another pronoun, another verb, or a verb between", () => {
    const clause = (it: string) => `The Port Board said ${it} asked the ministry on Friday`;
    expect(reportedItDoer(clause("they"), "ask", new Set())).toEqual([]);
    expect(reportedItDoer(clause("he"), "ask", new Set())).toEqual([]);
    expect(reportedItDoer(clause("it"), "send", new Set())).toEqual([]);
    expect(
      reportedItDoer(
        "The Port Board said Ada Lund thinks it asked the ministry on Friday",
        "ask",
        new Set(),
      ),
    ).toEqual([]);
    // The reporting verb is not the clause's first verb: who stands before it did something else.
    expect(
      reportedItDoer(
        "The Port Board voted and disclosed that it asked the ministry on Friday",
        "ask",
        new Set(),
      ),
    ).toEqual([]);
  });
  it("sets no day a body gives for its own act against another body's", () => {
    const office = dated(
      0,
      "Early Tuesday, the Tax Office disclosed in court that it asked for the files in a letter Friday to the police.",
      ["Friday", "2025-03-07"],
    );
    const committees = dated(
      1,
      "Two Harbour Committees on Monday asked the Tax Office to look into whether Ada Lund lied.",
      ["Monday", "2025-03-10"],
      ["lund"],
    );
    expect(rows(office, committees)).toEqual([]);
    const same = dated(1, "The Tax Office on Monday asked the police for the files.", [
      "Monday",
      "2025-03-10",
    ]);
    expect(rows(office, same)).toEqual([["Friday", "Monday"]]);
  });
});
