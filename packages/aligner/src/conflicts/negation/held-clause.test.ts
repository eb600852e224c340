import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";
import { speakerHolding } from "./held-clause.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };
const texts = (a: string, b: string) =>
  negationConflicts([makeUnit(0, 0, a), makeUnit(1, 1, b)], alike)[0]?.values.map((v) => v.text);

describe("a clause a speaker's verb of opinion holds", () => {
  it("is one quotation's mind, no report against another speaker's words", () => {
    expect(
      texts(
        "“You know, when I am described as a Norland admiral, it's not true,” Ivo Vint said.",
        "“But I know that what I saw at the pier is true,” Ada Lund said.",
      ),
    ).toBeUndefined();
    expect(
      texts(
        "“We believe the night ferry has not left the harbour,” Ada Lund said.",
        "The night ferry has left the harbour, the operator said.",
      ),
    ).toBeUndefined();
  });

  it("still sets one remark quoted by two outlets against itself, and plain reports", () => {
    expect(
      texts(
        "“I know that the night ferry has not left the harbour,” Ada Lund said.",
        "“I know that the night ferry has left the harbour,” Ada Lund said.",
      ),
    ).toEqual(["not left", "left"]);
    expect(
      texts(
        "“You know, the night ferry has not left the harbour,” Ada Lund said.",
        "The night ferry has left the harbour, the operator said.",
      ),
    ).toEqual(["not left", "left"]);
  });

  it("reads the holding verb past auxiliaries, not past a comma", () => {
    const at = (text: string, word: string) => {
      const unit = makeUnit(0, 0, text);
      return speakerHolding(unit, unit.span.start + text.indexOf(word));
    };
    expect(at("“I really do think the ferry left,” Lund said.", "left")).toBe("think");
    expect(at("“I've known that the ferry left,” Lund said.", "left")).toBe("know");
    expect(at("“You know, the ferry left,” Lund said.", "left")).toBeNull();
    expect(at("“We saw that the ferry left.” I think so.", "left")).toBeNull();
  });
});
