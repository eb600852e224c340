import { describe, expect, it } from "vitest";
import { findDescribedNames } from "./described-names.ts";

const names = (body: string) => findDescribedNames(body).map((n) => body.slice(n.start, n.end));

describe("a name right after a noun describing a person is a person's", () => {
  it("reads names after a role, kinship or age noun, whatever the given name", () => {
    expect(
      names(
        "The boxer Hasko Rahm won. Police said 10-year-old Tamsin Oyelade was hit. His sister Katya Brenn cried. He broke rookie Ozzo Newlin's record.",
      ),
    ).toEqual(["Hasko Rahm", "Tamsin Oyelade", "Katya Brenn", "Ozzo Newlin"]);
  });

  it("reads names after nouns of sport, the arts, trades and crime", () => {
    expect(
      names(
        "The sprinter Kesh Varlo won. Police hunt mobster Orin Vell today. The heiress Tamsin Oyelade wed. A nurse, Ozzo Newlin, and the chef Ike Rahm came.",
      ),
    ).toEqual(["Kesh Varlo", "Orin Vell", "Tamsin Oyelade", "Ike Rahm"]);
  });

  it("leaves a name after any other word, one running into another capitalised word, or an organisation's", () => {
    expect(
      names(
        "The town Porta Vella flooded. The singer Lena Marsh Band played. The artist Hasko Rahm Foundation opened. A boxer Hasko R. won.",
      ),
    ).toEqual([]);
  });

  it("takes the whole word or age before the name, and reads names one after another", () => {
    expect(
      names(
        "A wreck (12-year-old Ivo Brandt survived) and the ex-boxer Hasko Rahm, sister Katya Brenn and élan Lena Marsh came.",
      ),
    ).toEqual(["Ivo Brandt", "Katya Brenn"]);
    expect(
      names("The 1234-year-old Ivo Brandt and MacBoxer Hasko Rahm and boxerman Ike Rahm."),
    ).toEqual([]);
  });
});
