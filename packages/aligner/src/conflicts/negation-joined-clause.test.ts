import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "./guards.ts";
import { negatedWords } from "./negated-words.ts";
import { negationConflicts } from "./negation.ts";
import { joinedClauseLemmas } from "./negation-joined-clause.ts";

/* A denial in a verb phrase joined by "and" is compared by that phrase alone (issue 12). */

/** Statements worded unlike as wholes: only what the denial tells can tie them. */
const unlike: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

describe("a denial in a joined verb phrase", () => {
  const denied = makeUnit(
    0,
    0,
    "The quake struck the Harbour Isles at noon local time and was not followed by four strong aftershocks, the Harbour Gazette reported.",
  );

  it("reads the phrase from its auxiliary to the clause end", () => {
    const [item] = negatedWords(denied);
    expect(item).toBeDefined();
    const lemmas = joinedClauseLemmas(denied, item as NonNullable<typeof item>);
    expect(lemmas).toEqual(expect.arrayContaining(["follow", "strong", "aftershock"]));
    expect(lemmas).not.toContain("strike");
    expect(lemmas).not.toContain("noon");
  });

  it("is set against a statement of the phrase, whatever the first verb told", () => {
    const stated = makeUnit(
      1,
      1,
      "The main shock was followed by four major aftershocks, with magnitudes that spread panic among villagers.",
    );
    expect(negationConflicts([denied, stated], unlike)).toHaveLength(1);
  });

  it("is not set against a statement of the verb with another head", () => {
    const stated = makeUnit(
      1,
      1,
      "The main shock was followed by four strong protests, with marches that spread panic among villagers.",
    );
    expect(negationConflicts([denied, stated], unlike)).toEqual([]);
  });

  it("reads the head before a trailing phrase of time", () => {
    const boxer = makeUnit(
      0,
      0,
      "The boxer from the Harbour Isles held the title twice, but hasn't beaten a strong opponent in several years.",
    );
    const stated = makeUnit(
      1,
      1,
      "By the sixth round the 36-year-old challenger from the Harbour Isles looked tired and clearly beaten.",
    );
    expect(negationConflicts([boxer, stated], unlike)).toEqual([]);
  });

  it("reads no phrase where the denial opens its own clause", () => {
    const own = makeUnit(
      2,
      2,
      "The quake struck the Harbour Isles at noon, and it was not followed by four strong aftershocks.",
    );
    const [item] = negatedWords(own);
    expect(joinedClauseLemmas(own, item as NonNullable<typeof item>)).toBeNull();
  });

  it("needs three words in the phrase", () => {
    const short = makeUnit(
      2,
      2,
      "The mayor opened the new bridge across the Harbour river at noon and was not cheered.",
    );
    const stated = makeUnit(1, 1, "The mayor was cheered as she cut the ribbon, the council said.");
    expect(negationConflicts([short, stated], unlike)).toEqual([]);
  });
});
