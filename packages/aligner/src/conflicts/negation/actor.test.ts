import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { actorBefore, samePatient } from "./actor.ts";
import { negationConflicts } from "./conflicts.ts";

/** Statements worded unlike as wholes: only the named actor can tell them one fact. */
const unlike: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

function at(text: string, word: string): [ReturnType<typeof makeUnit>, number] {
  const unit = makeUnit(0, 0, text);
  return [unit, unit.span.start + text.indexOf(word)];
}

describe("actorBefore", () => {
  it("reads the name right before a verb, across auxiliaries, 'not' and an appositive comma", () => {
    expect(actorBefore(...at("A spokesman says Dana Orrin has not checked in.", "not"))).toBe(
      "Orrin",
    );
    expect(
      actorBefore(...at("It began after the clerk, Noor Patel, was suspended.", "suspended")),
    ).toBe("Patel");
    expect(actorBefore(...at("Patel was quickly suspended.", "suspended"))).toBeNull();
  });

  it("reads the name that opens the statement before its appositive", () => {
    const text =
      "Ines Moreau, the singer whose ballads filled Oslo halls in the 1990s, has not retired.";
    expect(actorBefore(...at(text, "not"))).toBe("Moreau");
    // The appositive may end on a name of its own, a preposition's object: not the actor.
    const place =
      "Mira Holt, the singer whose songs filled the harbour halls of Velden, has not died.";
    expect(actorBefore(...at(place, "not"))).toBe("Holt");
    expect(
      actorBefore(...at("However, the singer whose album sold well, has not retired.", "not")),
    ).toBeNull();
    expect(
      actorBefore(...at("Ines Moreau, the singer, her agent said, had retired.", "had")),
    ).toBeNull();
  });

  it("reads the name before a raising verb as whom the verb after its 'to' is said of", () => {
    expect(actorBefore(...at("Ada Roe seems to have not won the vote.", "not"))).toBe("Roe");
    expect(actorBefore(...at("Ada Roe appeared to be quickly cleared.", "cleared"))).toBe("Roe");
    // No "to" after it: "appeared" is the verb itself, and "to" alone hands nothing on.
    expect(actorBefore(...at("Ada Roe appeared and was not cleared.", "not"))).toBeNull();
    expect(actorBefore(...at("Ada Roe wants to have not won.", "not"))).toBeNull();
  });

  it("reads no actor when other words stand between, or the name owns the thing", () => {
    expect(actorBefore(...at("A clerk who angered Patel was not suspended.", "not"))).toBeNull();
    expect(
      actorBefore(...at("The singer, famous in Oslo in the 1990s, has not died.", "not")),
    ).toBeNull();
    expect(actorBefore(...at("The council said Patel's car was not damaged.", "not"))).toBeNull();
  });
});

describe("negationConflicts by a named actor", () => {
  it("reports the same name denied and said to do the same verb, however else worded", () => {
    const denied = makeUnit(
      0,
      0,
      "A spokesman says Dana Orrin has not checked herself into rehab.",
    );
    const stated = makeUnit(1, 1, "Dana Orrin has checked herself into the Lakeside Clinic.");
    const [conflict] = negationConflicts([denied, stated], unlike);
    expect(conflict?.values.map((v) => v.text)).toEqual(["not checked", "checked"]);
  });

  it("reports a denial hedged by a raising verb against the same name's plain verb", () => {
    const denied = makeUnit(
      0,
      0,
      "Ada Roe seems to have not won the Norland caucuses with half of the delegates, the Harbour Board said in its report on the count.",
    );
    const stated = makeUnit(1, 1, "Ivo Vint led the polls before Roe narrowly won the caucuses.");
    const [conflict] = negationConflicts([denied, stated], unlike);
    expect(conflict?.values.map((v) => v.text)).toEqual(["not won", "won"]);
  });

  it("reads no conflict for another name, a modal denial, or an amount disputed", () => {
    const denied = makeUnit(
      0,
      0,
      "A spokesman says Dana Orrin has not checked herself into rehab.",
    );
    const other = makeUnit(1, 1, "Lee Marsh has checked himself into the Lakeside Clinic.");
    expect(negationConflicts([denied, other], unlike)).toEqual([]);
    const modal = makeUnit(2, 2, "The ferry service may not be restored until the spring.");
    const expected = makeUnit(
      3,
      3,
      "The Harbour Board should have the ferry service restored soon.",
    );
    expect(negationConflicts([modal, expected], unlike)).toEqual([]);
    const amount = makeUnit(
      4,
      4,
      "The Harbour Board has not sent only two inspectors to the quay.",
    );
    const sent = makeUnit(5, 5, "The Harbour Board sent six inspectors to the quay on Monday.");
    expect(negationConflicts([amount, sent], unlike)).toEqual([]);
  });

  it("reads nothing stated as so after a negative subject ('Nothing in the rules requires')", () => {
    const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };
    const denied = makeUnit(0, 0, "The new rules do not require a review of harbour projects.");
    const nothing = makeUnit(
      1,
      1,
      "Nothing in the new rules requires a review of harbour projects.",
    );
    expect(negationConflicts([denied, nothing], alike)).toEqual([]);
  });
});

describe("samePatient", () => {
  function pair(denial: string, stated: string, word: string) {
    const a = makeUnit(0, 0, denial);
    const b = makeUnit(1, 1, stated);
    const at = a.span.start + denial.indexOf("not");
    const end = a.span.start + denial.indexOf(word) + word.length;
    return samePatient(a, at, end, b, b.span.start + stated.indexOf(word));
  }

  it("reads one person done to in either voice", () => {
    // Passive denial, active statement with a described object.
    expect(
      pair(
        "Coach Lena Hart said Noor Patel was not placed on leave.",
        "The board placed veteran clerk Noor Patel on leave Monday.",
        "placed",
      ),
    ).toBe(true);
    // Active denial, passive statement.
    expect(
      pair(
        "The board has not placed Patel on leave, a paper reports.",
        "Clerk Noor Patel has been placed on leave, the board said.",
        "placed",
      ),
    ).toBe(true);
  });

  it("tells another person done to apart", () => {
    expect(
      pair(
        "Noor Patel was not placed on leave.",
        "The board placed clerk Ivo Vint on leave Monday.",
        "placed",
      ),
    ).toBe(false);
    // No name after the active verb: whom it was done to is not read from the words.
    expect(
      pair("Noor Patel was not placed on leave.", "The board placed the clerk on leave.", "placed"),
    ).toBe(false);
  });
});
