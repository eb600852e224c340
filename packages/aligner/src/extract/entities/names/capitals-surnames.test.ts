import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";

/** The texts of the mentions of the entity so named, in order. */
function mentionsOf(x: ReturnType<typeof extract>, name: string): string[] {
  return x.entities.find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];
}

describe("a surname in a line set in capitals names the person the article names in full", () => {
  it("a capitals headline's surname is a mention of the person named in full below", () => {
    const x = extract(
      "REPORT: HARBOUR BOARD MAKES HUGE OFFER TO VINT",
      "The harbour board has made the biggest offer in its history to Ivo Vint.",
    );
    expect(mentionsOf(x, "Ivo Vint")).toEqual(["VINT", "Ivo Vint"]);
  });

  it("a surname in capitals alone in running text, or a given name in capitals, is left alone", () => {
    const x = extract(
      "Ivo Vint joined the VINT project, which Ada Lund runs.",
      "NEW OFFER FOR ADA TODAY",
    );
    expect(mentionsOf(x, "Ivo Vint")).toEqual(["Ivo Vint"]);
    expect(mentionsOf(x, "Ada Lund")).toEqual(["Ada Lund"]);
  });

  it("a capitals surname two people share is ambiguous between them, never a guess", () => {
    const x = extract(
      "LUND SISTERS WIN THE REGATTA",
      "Ada Lund and Mira Lund crossed the line first.",
    );
    const ada = x.entities.find((e) => e.name === "Ada Lund");
    expect(ada?.mentions.find((m) => m.text === "LUND")?.ambiguous).toBe(true);
  });
});
