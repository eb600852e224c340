import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";

/** Statements worded unlike as wholes: only whom the verb is said of can tell them one fact. */
const unlike: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

/** The conflict's two words, or null, for a denial and a statement naming the given people. */
function conflictOf(denied: string, stated: string, people: string[]): string[] | null {
  const named = (text: string) =>
    new Set(people.filter((p) => text.includes(p.split(" ").at(-1) as string)));
  const a = makeUnit(0, 0, denied, { entities: named(denied) });
  const b = makeUnit(1, 1, stated, { entities: named(stated) });
  const [conflict] = negationConflicts([a, b], unlike);
  return conflict ? conflict.values.map((v) => v.text) : null;
}

describe("negationConflicts: the same person done to, in the other voice", () => {
  it("sets an active denial against a passive statement opening on its object", () => {
    expect(
      conflictOf(
        "Police have not arrested Ivo Lund, a spokesman said.",
        "Lund was arrested by police on Friday.",
        ["Ivo Lund"],
      ),
    ).toEqual(["not arrested", "arrested"]);
  });

  it("sets a passive denial against an active statement naming its subject as object", () => {
    expect(
      conflictOf(
        "Ivo Lund has not been arrested, a spokesman said.",
        "Border guards arrested Ivo Lund on Friday.",
        ["Ivo Lund"],
      ),
    ).not.toBeNull();
  });

  it("refuses another doer named by the passive ('by border guards' against 'Police')", () => {
    expect(
      conflictOf(
        "Police have not arrested Ivo Lund, a spokesman said.",
        "Lund was arrested by border guards on Friday.",
        ["Ivo Lund"],
      ),
    ).toBeNull();
  });

  it("refuses one done to whom the name only describes", () => {
    expect(
      conflictOf(
        "Police have not arrested Ivo Lund, a spokesman said.",
        "Border guards arrested the brother of Lund.",
        ["Ivo Lund"],
      ),
    ).toBeNull();
    expect(
      conflictOf(
        "Police have not arrested Ivo Lund, a spokesman said.",
        "Border guards arrested Lund's driver on Friday.",
        ["Ivo Lund"],
      ),
    ).toBeNull();
  });
});

describe("negationConflicts: the same actor, in one role", () => {
  it("reads a statement opening on the actor's name, alone or with an appositive", () => {
    expect(
      conflictOf(
        "Ada Lund has not resigned, a spokesman said.",
        "Lund, the firm's founder, resigned on Monday.",
        ["Ada Lund"],
      ),
    ).toEqual(["not resigned", "resigned"]);
  });

  it("refuses the name done to set against the name doing ('was not arrested' / 'arrested two men')", () => {
    expect(
      conflictOf(
        "Ivo Lund was not arrested, a spokesman said.",
        "Ivo Lund arrested two men on Friday.",
        ["Ivo Lund"],
      ),
    ).toBeNull();
  });

  it("refuses another person's doing and a denial of what may happen", () => {
    expect(
      conflictOf(
        "Ada Lund was not injured, a spokesman said.",
        "Lund's driver was injured on Monday.",
        ["Ada Lund"],
      ),
    ).toBeNull();
    expect(
      conflictOf(
        "Ada Lund was not injured, a spokesman said.",
        "The driver was injured on Monday.",
        ["Ada Lund"],
      ),
    ).toBeNull();
    expect(
      conflictOf("Ada Lund will not resign, a spokesman said.", "Ada Lund resigned on Monday.", [
        "Ada Lund",
      ]),
    ).toBeNull();
  });
});
