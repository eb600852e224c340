import { describe, expect, it } from "vitest";
import { parseBylineLine, titleCaseName } from "./bylines.ts";

describe("parseBylineLine", () => {
  it("reads all-caps bylines with obfuscated e-mails and title-cases them", () => {
    expect(parseBylineLine("BY LEE HA-RIN [[email protected]]")).toEqual(["Lee Ha-rin"]);
    expect(parseBylineLine("BY PARK SO-YEON, CHO JUNG-WOO [[email protected]]")).toEqual([
      "Park So-yeon",
      "Cho Jung-woo",
    ]);
  });

  it("reads mixed-case bylines with 'and', roles and real addresses", () => {
    expect(parseBylineLine("By Jane Doe and John Roe, Staff Reporters")).toEqual([
      "Jane Doe",
      "John Roe",
    ]);
    expect(parseBylineLine("By Maria de la Cruz (maria@example.com)")).toEqual([
      "Maria de la Cruz",
    ]);
    expect(parseBylineLine("Reporter Kim Su-bin")).toEqual(["Kim Su-bin"]);
    expect(parseBylineLine("By Seo Ji-eun | The Korea Herald")).toEqual(["Seo Ji-eun"]);
  });

  it("rejects prose that starts with 'By'", () => {
    expect(parseBylineLine("By Monday, the talks had stalled.")).toBeNull();
    expect(parseBylineLine("By the end of the year, prices rose.")).toBeNull();
    expect(parseBylineLine("By the way")).toBeNull();
    expect(parseBylineLine("The ministry said on Friday that talks had stalled.")).toBeNull();
  });
});

describe("titleCaseName", () => {
  it("keeps Korean given-name syllables lowercase after the hyphen, others capitalised", () => {
    expect(titleCaseName("YOON JI-WON")).toBe("Yoon Ji-won");
    expect(titleCaseName("JEAN-PAUL DUBOIS")).toBe("Jean-Paul Dubois");
    expect(titleCaseName("CONOR O'NEIL")).toBe("Conor O'Neil");
    expect(titleCaseName("MARY MCDONALD")).toBe("Mary McDonald");
  });
});
