import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { nameAfterIndefiniteArticle } from "../descriptions/name-as-modifier.ts";
import { namesALawOrPlan } from "./law-or-plan-name.ts";

const OPENING = "Ada Lund and Ivo Vint spoke in the harbour town on Monday about the new port tax.";

function persons(x: ReturnType<typeof extract>): string[] {
  return x.entities.filter((e) => e.kind === "person" && !e.unnamed).map((e) => e.name);
}

describe("a law, a plan or an adjective formed from a name is no person", () => {
  it("reads a law's head always, a plan's head only after 'the'", () => {
    const body =
      "the Tomas Plan and the Super Harbour-Act, Ada Plan, the Ada Lund Plan, Eva Lund-Day";
    const at = (name: string) => namesALawOrPlan(body, body.indexOf(name), name);
    expect(at("Tomas Plan")).toBe(true);
    expect(at("Super Harbour-Act")).toBe(true);
    expect(at("Ada Plan")).toBe(false);
    expect(at("Ada Lund")).toBe(true);
    expect(at("Eva Lund-Day")).toBe(false);
  });

  it("makes no person of a plan named after its author", () => {
    const x = extract(
      OPENING,
      "The town now spends more on the harbour than in the Tomas Plan in the north after the war.",
    );
    expect(persons(x)).not.toContain("Tomas Plan");
    const y = extract("Ada Plan, the harbour master, said the port would close on Monday.");
    expect(persons(y)).toContain("Ada Plan");
  });

  it("reads 'Law' as a surname, and as a law's head only after 'the'", () => {
    const body = "the Tomas Law and Ada Law";
    expect(namesALawOrPlan(body, body.indexOf("Tomas Law"), "Tomas Law")).toBe(true);
    expect(namesALawOrPlan(body, body.indexOf("Ada Law"), "Ada Law")).toBe(false);
    // "School of Law" ends a university's name, but "Law" alone is no organisation word.
    const x = extract(
      "Ada Law, who runs the Harbour Fund, said donors were eager to give.",
      "“We see a flight to quality,” Law said.",
      "“It is early,” she said. Ivo Vint studied at Orrin University School of Law.",
    );
    expect(persons(x)).toContain("Ada Law");
    expect(x.entities.find((e) => e.name === "Orrin University School of Law")?.kind).toBe(
      "organization",
    );
    expect(speakerOf(x, "flight to quality")).toBe("Ada Law");
    expect(speakerOf(x, "It is early")).toBe("Ada Law");
  });

  it("reads a name after 'a' or 'an' as a modifier: 'in a Vintian post', 'A Harbourlander warning'", () => {
    const body = "in a Vintian post; Pena Nieto; A Harbourlander warning";
    expect(nameAfterIndefiniteArticle(body, body.indexOf("Vintian"))).toBe(true);
    expect(nameAfterIndefiniteArticle(body, body.indexOf("Harbourlander"))).toBe(true);
    expect(nameAfterIndefiniteArticle(body, body.indexOf("Nieto"))).toBe(false);
    const x = extract(
      OPENING,
      "A Vintian warning about a new harbour war serves as a complicated lesson for the town of Orrin.",
    );
    expect(persons(x)).not.toContain("Vintian");
  });
});
