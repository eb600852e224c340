import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";
import { isPluralGroupNoun } from "./group-nouns.ts";

const OPENING = "Ada Lund and Ivo Vint spoke in the harbour town on Monday about the new tax.";

function people(x: ReturnType<typeof extract>): string[] {
  return x.entities.filter((e) => e.kind === "person").map((e) => e.name);
}

describe("a plural naming a group of people ends no person's name", () => {
  it("knows faiths' and nations' plurals, not a surname ending in s", () => {
    expect(isPluralGroupNoun("Catholics")).toBe(true);
    expect(isPluralGroupNoun("Canadians")).toBe(true);
    expect(isPluralGroupNoun("Jones")).toBe(false);
    expect(isPluralGroupNoun("Catholic")).toBe(false);
  });

  it("does not read a given name before a faith's plural as a person", () => {
    const x = extract(
      OPENING,
      "Many of the town's Roman Catholics gathered at the harbour on Sunday.",
    );
    expect(people(x)).not.toContain("Roman Catholics");
  });

  it("still reads a given name and a surname ending in s", () => {
    const x = extract(OPENING, "Roman Jones gathered the votes at the harbour on Sunday.");
    expect(people(x)).toContain("Roman Jones");
  });
});
