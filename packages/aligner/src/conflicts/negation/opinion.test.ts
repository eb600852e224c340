import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };
const texts = (a: string, b: string) =>
  negationConflicts([makeUnit(0, 0, a), makeUnit(1, 1, b)], alike)[0]?.values.map((v) => v.text);

describe("negation of a verb of opinion", () => {
  it("sets one holder's denied opinion against the same holder's stated one only", () => {
    expect(
      texts(
        "Harbour voters do not think the ferry plan will work.",
        "Harbour voters think the ferry plan will work.",
      ),
    ).toEqual(["not think", "think"]);
    // Two holders, or each quotation's own "I": two minds, no outlet denying the other.
    expect(
      texts(
        "Harbour voters do not think the ferry plan will work.",
        "Harbour engineers think the ferry plan will work.",
      ),
    ).toBeUndefined();
    expect(
      texts(
        "“I just don't think the ferry plan will work,” Lund said.",
        "“I think the ferry plan will work,” Vint said.",
      ),
    ).toBeUndefined();
  });

  it("reads an opinion told in the passive as holding no holder of its own", () => {
    expect(
      texts(
        "The ferry captain is not believed to have left the harbour on Monday.",
        "The harbour board said it believes the ferry captain left the harbour on Monday.",
      ),
    ).toEqual(["not believed", "believes"]);
  });

  it("reads a clause denied after the verb as the denial raised to it", () => {
    const denied = "The harbour board did not recommend that the ferry captain face charges.";
    expect(
      texts(
        denied,
        "The harbour board recommended that no charges be filed against the ferry captain.",
      ),
    ).toBeUndefined();
    expect(
      texts(denied, "The harbour board recommended that the ferry captain face charges."),
    ).toEqual(["not recommend", "recommended"]);
  });
});
