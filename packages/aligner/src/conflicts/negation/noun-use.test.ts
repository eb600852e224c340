import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";

describe("negation of a verb against a noun of its form (issue 12)", () => {
  const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };
  it("sets no denied verb against the noun written alike", () => {
    const denied = makeUnit(0, 0, "Ada Lund said she did not email any secret plans to anyone.");
    const noun = makeUnit(1, 1, "Ada Lund said there were no secret plans on her email account.");
    expect(negationConflicts([denied, noun], alike)).toEqual([]);
    const adjective = makeUnit(
      2,
      2,
      "Ada Lund sent the secret plans through a private email account.",
    );
    expect(negationConflicts([denied, adjective], alike)).toEqual([]);
  });

  it("reads every place the statement writes the word, not only the first", () => {
    const denied = makeUnit(
      0,
      0,
      "In the spring after the email row broke, Ada Lund proclaimed at a press conference, “I did not email any secret plans to anyone on my email. There are no secret plans.”",
    );
    const noun = makeUnit(
      1,
      1,
      "Ada Lund, after the row about her use of private email broke in May, said there were no secret plans on her email account.",
    );
    expect(negationConflicts([denied, noun], alike)).toEqual([]);
  });

  it("still sets the denied verb against the verb and against a noun of the act", () => {
    const denied = makeUnit(0, 0, "Ada Lund said she did not email any secret plans to anyone.");
    const verb = makeUnit(1, 1, "Ada Lund said she did email the secret plans to Ivo Vint.");
    expect(negationConflicts([denied, verb], alike)).toHaveLength(1);
    const caught = makeUnit(2, 2, "Ivo Vint was not arrested in the harbour raid, police said.");
    const arrest = makeUnit(
      3,
      3,
      "Ivo Vint hanged himself hours after his arrest in the harbour raid, police said.",
    );
    expect(negationConflicts([caught, arrest], alike)).toHaveLength(1);
  });
});
