import { describe, expect, it } from "vitest";
import { pastLeadFigureRows as figureRows } from "../../../test/fixtures/past-lead-figure-rows.ts";

describe("background figures told in one phrase about one holder", () => {
  it("sets 'charged with four counts of murder' against 'charged with two counts of murder'", () => {
    expect(
      figureRows(
        "Varga was charged with four counts of murder, one count of arson and other charges.",
        "Officers arrested Ilse Varga while she hid in an attic and she has been charged with two counts of murder.",
      ),
    ).toEqual([["four", "two"]]);
  });

  it("leaves counts of two different things apart", () => {
    expect(
      figureRows(
        "Varga was charged with four counts of murder, one count of arson and other charges.",
        "Officers arrested Ilse Varga while she hid in an attic and she has been charged with two counts of fraud.",
      ),
    ).toEqual([]);
  });

  it("leaves counts of no holder both name apart", () => {
    expect(
      figureRows(
        "Varga was charged with four counts of murder, one count of arson and other charges.",
        "Officers arrested a neighbour while he hid in an attic and he has been charged with two counts of murder.",
      ),
    ).toEqual([]);
  });
});
