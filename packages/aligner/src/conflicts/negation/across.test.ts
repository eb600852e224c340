import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationsAcrossGroups } from "./across.ts";
import { negationConflicts } from "./conflicts.ts";

const context: ConflictContext = { similarity: () => 0.2, entityName: (id) => id };

const DENIED =
  "The night ferry was not delayed by the storm at the northern harbour, the operator said.";
const STATED = "Passengers said the night ferry was delayed by the storm at the northern harbour.";

describe("negationsAcrossGroups", () => {
  it("sets a denial against the outlet stating it, grouped apart", () => {
    const a = makeUnit(0, 0, DENIED);
    const b = makeUnit(1, 1, STATED);
    const found = negationsAcrossGroups([a, b], [0, 1], [], context);
    expect(found.map((f) => f.conflict.values.map((v) => v.text))).toEqual([
      ["not delayed", "delayed"],
    ]);
    expect(found[0]?.home).toBe(a);
    // Grouped together, the group's own check reads them.
    expect(negationsAcrossGroups([a, b], [0, 0], [], context)).toEqual([]);
  });

  it("reads each copy of one pair of sentences with its own people, though their texts repeat", () => {
    // The first denial's outlet names another person than the stating outlets, the second the
    // same: the texts (and so the text-only checks answered once per pair of readings) are the
    // same, the answers are not.
    const a1 = makeUnit(0, 0, DENIED, { entities: new Set(["Ada Lund"]) });
    const b1 = makeUnit(1, 1, STATED, { entities: new Set(["Ivo Berg"]) });
    const a2 = makeUnit(2, 2, DENIED, { entities: new Set(["Ivo Berg"]) });
    const b2 = makeUnit(3, 3, STATED, { entities: new Set(["Ivo Berg"]) });
    const found = negationsAcrossGroups([a1, b1, a2, b2], [0, 1, 2, 3], [], context);
    expect(found.map((f) => [f.home.index, f.conflict.values.map((v) => v.articleId)])).toEqual([
      [2, [a2.articleId, b1.articleId]],
      [2, [a2.articleId, b2.articleId]],
    ]);
    // Alone, the first copy finds nothing: its outlets speak of different people.
    expect(negationsAcrossGroups([a1, b1], [0, 1], [], context)).toEqual([]);
  });

  it("reads a denial against a statement of its own group that alignment never paired with it", () => {
    // Both joined one group through a third statement; the pair itself scored too low to count.
    const unpaired: ConflictContext = { ...context, pairEvidence: () => undefined };
    const a = makeUnit(
      0,
      0,
      "Police said Ivo Lund had not fled across the border on Friday night.",
      {
        entities: new Set(["Ivo Lund"]),
      },
    );
    const b = makeUnit(
      1,
      1,
      "Border guards in Orvalia said Ivo Lund, 41, fled across the border in a stolen van Friday.",
      { entities: new Set(["Ivo Lund"]) },
    );
    // The group's own check reads only pairs alignment paired: it is silent here.
    expect(negationConflicts([a, b], unpaired)).toEqual([]);
    const found = negationsAcrossGroups([a, b], [0, 0], [], unpaired);
    expect(found.map((f) => f.conflict.values.map((v) => v.text))).toEqual([["not fled", "fled"]]);
    // Paired by alignment, the pair is the group's to read, not read twice.
    const paired: ConflictContext = { ...context, pairEvidence: () => [] };
    expect(negationsAcrossGroups([a, b], [0, 0], [], paired)).toEqual([]);
  });

  it("reads a short denial of a named person done to, grouped apart, in one role only", () => {
    const named = { entities: new Set(["Ivo Lund"]) };
    const a = makeUnit(0, 0, "Police have not arrested Ivo Lund, a spokesman said.", named);
    const b = makeUnit(1, 1, "Lund was arrested by police on Friday.", named);
    const found = negationsAcrossGroups([a, b], [0, 1], [], context);
    expect(found.map((f) => f.conflict.values.map((v) => v.text))).toEqual([
      ["not arrested", "arrested"],
    ]);
    // Another doer, or the same name doing the verb: no denial of it.
    const guards = makeUnit(1, 1, "Lund was arrested by border guards on Friday.", named);
    expect(negationsAcrossGroups([a, guards], [0, 1], [], context)).toEqual([]);
    const passive = makeUnit(0, 0, "Ivo Lund was not arrested, a spokesman said.", named);
    const doing = makeUnit(1, 1, "Ivo Lund arrested two men on Friday.", named);
    expect(negationsAcrossGroups([passive, doing], [0, 1], [], context)).toEqual([]);
    // A passive denial's subject keeps the object check: "getting attention" is no "getting help".
    const attention = makeUnit(0, 0, "Ivo Lund was not getting attention, a nurse said.", named);
    const help = makeUnit(1, 1, "Ivo Lund is getting help at a clinic.", named);
    expect(negationsAcrossGroups([attention, help], [0, 1], [], context)).toEqual([]);
  });

  it("sets a light verb's denied object against the same team's, grouped apart", () => {
    const named = { entities: new Set(["Ashford Owls", "Ivo Vint"]) };
    const a = makeUnit(
      0,
      0,
      "A radio host said the Ashford Owls have not made first baseman Ivo Vint an eight-year, $9 million offer.",
      named,
    );
    const b = makeUnit(
      1,
      1,
      "According to a columnist at the Ashford Herald, the Owls made an offer to Ivo Vint.",
      named,
    );
    const [found] = negationsAcrossGroups([a, b], [0, 1], [], context);
    expect(found?.conflict.values.map((v) => v.text)).toEqual([
      "not made first baseman Ivo Vint an eight-year, $9 million offer",
      "offer",
    ]);
    // Another team's offer is no statement of the Owls'.
    const other = makeUnit(2, 1, "The Marlow Gulls made an offer to Ivo Vint.", {
      entities: new Set(["Marlow Gulls", "Ivo Vint"]),
    });
    expect(negationsAcrossGroups([a, other], [0, 1], [], context)).toEqual([]);
  });

  it("reads whom a statement is about from a name written in full that the name reader missed", () => {
    const a = makeUnit(
      0,
      0,
      "Lena Dahl reports that the Ashford Owls have not made an offer to Ivo Vint, the largest yet.",
      { entities: new Set(["Lena Dahl", "Ashford Owls", "Ivo Vint"]) },
    );
    // The name reader found the columnist and the player, not the team.
    const b = makeUnit(
      1,
      1,
      "According to Lena Dahl, the Ashford Owls made an offer to Ivo Vint.",
      {
        entities: new Set(["Lena Dahl", "Ivo Vint"]),
      },
    );
    const [found] = negationsAcrossGroups([a, b], [0, 1], [], context);
    expect(found?.conflict.values.map((v) => v.text)).toEqual(["not made an offer", "offer"]);
    // The team's last word alone ("the Owls") is no written name: unknown beats a wrong pair.
    const short = makeUnit(1, 1, "According to Lena Dahl, the Owls made an offer to Ivo Vint.", {
      entities: new Set(["Lena Dahl", "Ivo Vint"]),
    });
    expect(negationsAcrossGroups([a, short], [0, 1], [], context)).toEqual([]);
  });

  it("sets a short denial against the same verb of the same named person, grouped apart", () => {
    const person = { entities: new Set(["Ines Moreau"]) };
    const a = makeUnit(
      0,
      0,
      "Ines Moreau, the singer whose ballads filled Oslo halls in the 1990s, has not retired.",
      person,
    );
    const b = makeUnit(
      1,
      1,
      "Ines Moreau, the folk singer who toured with a harbour choir, has retired.",
      person,
    );
    const [found] = negationsAcrossGroups([a, b], [0, 1], [], context);
    expect(found?.conflict.values.map((v) => v.text)).toEqual(["not retired", "retired"]);
    // A name the story does not hold as a person or organisation ("First Class 2") says nothing.
    const unnamed = [makeUnit(0, 0, a.text), makeUnit(1, 1, b.text)];
    expect(negationsAcrossGroups(unnamed, [0, 1], [], context)).toEqual([]);
    // Said of one name, the verb must keep its object: "getting attention" is not "getting help".
    const attention = makeUnit(
      2,
      0,
      "Ines Moreau was not getting attention for her ballads.",
      person,
    );
    const help = makeUnit(
      3,
      1,
      "Ines Moreau, the folk singer, is getting help at a clinic.",
      person,
    );
    expect(negationsAcrossGroups([attention, help], [0, 1], [], context)).toEqual([]);
  });

  it("is silent on a pronoun's denial, a modal's, or another form of the word", () => {
    const b = makeUnit(1, 1, STATED);
    const pronoun = makeUnit(0, 0, "It was not delayed by the storm at the northern harbour.");
    expect(negationsAcrossGroups([pronoun, b], [0, 1], [], context)).toEqual([]);
    const modal = makeUnit(
      0,
      0,
      "The night ferry could not be delayed by the storm at the northern harbour.",
    );
    expect(negationsAcrossGroups([modal, b], [0, 1], [], context)).toEqual([]);
    const form = makeUnit(2, 1, "Storms keep delaying the night ferry at the northern harbour.");
    expect(negationsAcrossGroups([makeUnit(0, 0, DENIED), form], [0, 1], [], context)).toEqual([]);
  });
});

describe("negationConflicts rows", () => {
  it("list an outlet grouped elsewhere that states the same predicate", () => {
    const a = makeUnit(0, 0, DENIED);
    const b = makeUnit(1, 1, STATED);
    const elsewhere = makeUnit(
      2,
      2,
      "The night ferry was delayed by the storm at the northern harbour for hours.",
    );
    const unrelated = makeUnit(3, 3, "Roadworks delayed the buses near the station.");
    const [conflict] = negationConflicts([a, b], {
      ...context,
      storyUnits: [a, b, elsewhere, unrelated],
    });
    expect(conflict?.values.map((v) => v.articleId)).toEqual([
      a.articleId,
      b.articleId,
      elsewhere.articleId,
    ]);
  });

  it("list an outlet grouped elsewhere saying the same verb of the same name", () => {
    const a = makeUnit(
      0,
      0,
      "A spokesman said Lena Marsh has not resigned from the harbour board.",
    );
    const b = makeUnit(1, 1, "A spokesman said Lena Marsh has resigned from the harbour board.");
    // Worded otherwise, but the same name right before the same verb.
    const byName = makeUnit(2, 2, "Lena Marsh resigned on Friday after a long dispute over fees.");
    const other = makeUnit(3, 3, "Tom Vale resigned on Friday after a long dispute over fees.");
    const [conflict] = negationConflicts([a, b], {
      ...context,
      storyUnits: [a, b, byName, other],
    });
    expect(conflict?.values.map((v) => v.articleId)).toEqual([
      a.articleId,
      b.articleId,
      byName.articleId,
    ]);
  });
});
