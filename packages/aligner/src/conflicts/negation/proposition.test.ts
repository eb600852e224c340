import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";
import { negatedWords } from "./negated-words.ts";

/* A denial stands against a statement only of the same proposition (issue 12): one shared word is not one. */

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };
/** Told in other words: the other statement must state most of the denied predicate. */
const reworded: ConflictContext = { similarity: () => 0.3, entityName: (id) => id };

describe("a noun after 'no' is denied, not stated", () => {
  it("sets no 'made no mention' or 'there is no doubt' against a denial: both deny", () => {
    const denied = makeUnit(
      0,
      0,
      "The harbour master did not mention the ferry strike at the hearing.",
    );
    const noMention = makeUnit(
      1,
      1,
      "The harbour master made no mention of the ferry strike at the hearing.",
    );
    expect(negationConflicts([denied, noMention], alike)).toEqual([]);
    const doubted = makeUnit(2, 2, "Ada Lund said she never doubted the ferry crew.");
    const noDoubt = makeUnit(3, 3, "Ada Lund said there is no real doubt about the ferry crew.");
    expect(negationConflicts([doubted, noDoubt], alike)).toEqual([]);
  });

  it("still sets a plain mention against the denial", () => {
    const denied = makeUnit(
      0,
      0,
      "The harbour master did not mention the ferry strike at the hearing.",
    );
    const stated = makeUnit(
      1,
      1,
      "The harbour master did mention the ferry strike at the hearing.",
    );
    expect(negationConflicts([denied, stated], alike)).toHaveLength(1);
  });
});

describe("'have' after 'do' is the verb denied", () => {
  it("requires the other statement to say 'have' ('lacked the experience' is no 'had')", () => {
    const [item] = negatedWords(makeUnit(0, 0, "Ivo Vint did not have harbour experience."));
    expect(item?.complements).toEqual([["have", "has", "had", "having"]]);
    const denied = makeUnit(0, 0, "Ivo Vint did not have the harbour experience the post needs.");
    const lacked = makeUnit(1, 1, "Ivo Vint lacked the harbour experience the post needs.");
    expect(negationConflicts([denied, lacked], alike)).toEqual([]);
    const had = makeUnit(2, 2, "Ivo Vint has the harbour experience the post needs.");
    expect(negationConflicts([denied, had], alike)).toHaveLength(1);
  });

  it("requires nothing of an auxiliary 'have' ('has not been seen')", () => {
    const [item] = negatedWords(makeUnit(0, 0, "The ferry has not been seen since Tuesday."));
    expect(item?.complements).toEqual([]);
  });
});

describe("the infinitive after a denied word is part of what is denied", () => {
  it("sets no 'not likely to intimidate' against 'more likely to describe'", () => {
    const denied = makeUnit(
      0,
      0,
      "The ruling isn't likely to intimidate the harbour unions this year.",
    );
    const other = makeUnit(
      1,
      1,
      "Voters are more likely to describe the harbour unions as honest this year.",
    );
    expect(negationConflicts([denied, other], reworded)).toEqual([]);
    const same = makeUnit(2, 2, "The ruling is likely to intimidate the harbour unions this year.");
    expect(negationConflicts([denied, same], reworded)).toHaveLength(1);
  });

  it("reads a 'to' before a determiner or after a light verb's object as a preposition", () => {
    const [taken] = negatedWords(makeUnit(0, 0, "The pilot was not taken to the hospital."));
    expect(taken?.complements).toEqual([]);
    const [offer] = negatedWords(
      makeUnit(1, 1, "The Owls have not made an offer to free agent goalkeeper Ivo Vint."),
    );
    expect(offer?.word).toBe("offer");
    expect(offer?.complements).toEqual([]);
  });
});

describe("a manner denied is no denial of the verb", () => {
  it("reads no denial in 'not tested in a way that the others were'", () => {
    const unit = makeUnit(0, 0, "Ivo Vint has not been tested in a way that the governors have.");
    expect(negatedWords(unit)).toEqual([]);
    const anyWay = makeUnit(1, 1, "Ivo Vint was not hurt in any way.");
    expect(negatedWords(anyWay).map((n) => n.lemma)).toEqual(["hurt"]);
  });
});
