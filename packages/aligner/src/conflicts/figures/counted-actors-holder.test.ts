import { describe, expect, it } from "vitest";
import { pastLeadFigureRows as figureRows } from "../../../test/fixtures/past-lead-figure-rows.ts";

describe("one acting group counted past the lead around one named holder", () => {
  it("sets 'at four masked robbers who stormed her bakery' against 'two masked robbers shot Varga'", () => {
    expect(
      figureRows(
        "Ilse Varga was shot after she fired at four masked robbers who stormed her bakery, police said.",
        "The police said that two masked robbers shot Ilse Varga in her bakery on Monday.",
      ),
    ).toEqual([["four", "two"]]);
  });

  it("leaves a group something befell apart", () => {
    expect(
      figureRows(
        "Ilse Varga was shot after she fired at four masked robbers who stormed her bakery, police said.",
        "Ilse Varga said that two masked robbers were arrested in her bakery on Monday.",
      ),
    ).toEqual([]);
  });

  it("leaves groups around no holder both name apart", () => {
    expect(
      figureRows(
        "Ilse Varga was shot after she fired at four masked robbers who stormed her bakery, police said.",
        "The police said that two masked robbers shot a guard in a bank on Monday.",
      ),
    ).toEqual([]);
  });
});
