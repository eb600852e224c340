import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";

const OPENING = "Ada Lund and Ivo Vint spoke in the harbour town on Monday about the new tax.";

function people(x: ReturnType<typeof extract>): string[] {
  return x.entities.filter((e) => e.kind === "person").map((e) => e.name);
}

describe("an institution's name is never a person", () => {
  it("does not read a title's “of” place and an association as a titled person", () => {
    const x = extract(
      OPENING,
      "Ada Lund, president and CEO of Harbour Restaurant Association stated, “It is a math problem.”",
    );
    expect(people(x)).not.toContain("Restaurant Association");
  });

  it("does not read a given name before an institution head as a person", () => {
    const x = extract(OPENING, "Officers of the Orrin Police Department met on Monday.");
    expect(people(x).some((n) => n.includes("Police"))).toBe(false);
  });

  it("does not read a name before a union or committee as a person", () => {
    const x = extract(
      OPENING,
      "Members of the Mira Holt Union met on Tuesday.",
      "The Tova Rask Committee met on Wednesday.",
    );
    expect(people(x)).not.toContain("Mira Holt");
    expect(people(x)).not.toContain("Tova Rask");
  });

  it("still reads the person the title heads", () => {
    const x = extract(OPENING, "Secretary Mira Holt said on Tuesday that the tax would stay.");
    expect(people(x)).toContain("Mira Holt");
  });
});
