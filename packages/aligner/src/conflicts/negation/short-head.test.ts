import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { actorBefore } from "./actor.ts";
import { negationConflicts } from "./conflicts.ts";

/* Two statements sharing only a short head ("I think") tell no one fact (issue 12). */

/** Statements worded unlike as wholes: only the named actor can tell them one fact. */
const unlike: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

describe("a capitalised pronoun is no actor's name", () => {
  it("sets no two remarks of one speaker's 'I' against each other", () => {
    const denied = makeUnit(
      0,
      0,
      'Ivo Vint told the Harbour Gazette, "I don\'t even think about that stuff."',
    );
    const stated = makeUnit(1, 1, 'Vint said on Friday: "I think the council will lose the vote."');
    expect(actorBefore(denied, denied.span.start + denied.text.indexOf("n't"))).toBeNull();
    expect(negationConflicts([denied, stated], unlike)).toEqual([]);
  });

  it("still reads a name before the verb", () => {
    const denied = makeUnit(0, 0, "A spokesman for the port says Ivo Vint has not resigned.");
    const stated = makeUnit(1, 1, "Ivo Vint resigned on Friday after a long row with the board.");
    expect(negationConflicts([denied, stated], unlike)).toHaveLength(1);
  });
});

describe("a verb of thought said of one name is no denial by the name alone", () => {
  it("sets no 'does not think' against a 'thinks' of another matter", () => {
    const denied = makeUnit(
      0,
      0,
      "Ivo Vint does not think the pier will reopen before the winter.",
    );
    const stated = makeUnit(
      1,
      1,
      "Ivo Vint thinks the council should sell the old grain warehouse.",
    );
    expect(negationConflicts([denied, stated], unlike)).toEqual([]);
  });

  it("still sets a verb of happening said of one name against its denial", () => {
    const denied = makeUnit(0, 0, "A spokesman says Ivo Vint has not checked into a clinic.");
    const stated = makeUnit(1, 1, "Ivo Vint has checked himself into the Lakeside Clinic.");
    expect(negationConflicts([denied, stated], unlike)).toHaveLength(1);
  });
});
