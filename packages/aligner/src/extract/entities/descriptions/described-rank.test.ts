import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

// A rank written abbreviated before a name ("Adm. Ivo Vint") is the rank noun a later description
// uses ("the admiral"), as "Sen." is "the senator".
describe("a description by a rank the article abbreviated before the name", () => {
  it("Adm. Ivo Vint … “…,” the admiral said. “…,” he added. → Vint, both", () => {
    const x = extract(
      "Adm. Ivo Vint commands the Norland fleet. Ada Lund runs the port.",
      "“We sail at dawn,” the admiral said.",
      "“The crews are ready,” he added.",
    );
    expect(speakerOf(x, "We sail at dawn")).toBe("Ivo Vint");
    expect(speakerOf(x, "The crews are ready")).toBe("Ivo Vint");
  });

  it("Gen., Col., Capt., Sgt., Cmdr. and Prof. likewise", () => {
    const cases: [string, string][] = [
      ["Gen.", "general"],
      ["Col.", "colonel"],
      ["Capt.", "captain"],
      ["Sgt.", "sergeant"],
      ["Cmdr.", "commander"],
      ["Prof.", "professor"],
    ];
    for (const [abbreviation, noun] of cases) {
      const x = extract(
        `${abbreviation} Ivo Vint spoke in Orvale on Monday. Ada Lund, a farmer, listened.`,
        `“We will not fold,” the ${noun} said.`,
      );
      expect(speakerOf(x, "We will not fold"), noun).toBe("Ivo Vint");
    }
  });

  it("stays unresolved when two people hold the rank", () => {
    const x = extract(
      "Adm. Ivo Vint and Adm. Ada Lund met in Orvale on Monday.",
      "“We sail at dawn,” the admiral said.",
    );
    expect(speakerOf(x, "We sail at dawn")).not.toBe("Ivo Vint");
    expect(speakerOf(x, "We sail at dawn")).not.toBe("Ada Lund");
  });

  it("a first lieutenant is no general: Lt. Ivo Vint … the general said → not Vint", () => {
    const x = extract(
      "Lt. Ivo Vint spoke in Orvale on Monday. Ada Lund, a farmer, listened.",
      "“We will not fold,” the general said.",
    );
    expect(speakerOf(x, "We will not fold")).not.toBe("Ivo Vint");
  });
});
