import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { contentLemmas } from "../../align/lemmas.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

describe("negationConflicts", () => {
  it("reports a statement one outlet denies and another states, naming both", () => {
    const denied = makeUnit(0, 0, "The ferry company has not paid the families of the passengers.");
    const stated = makeUnit(1, 1, "The ferry company has paid the families of the passengers.");
    const [conflict, ...rest] = negationConflicts([denied, stated], alike);
    expect(rest).toEqual([]);
    expect(conflict?.kind).toBe("negation");
    expect(conflict?.values.map((v) => v.text)).toEqual(["not paid", "paid"]);
  });

  it("reads no denial of a verb the other outlet does not state as so ('to determine', 'will')", () => {
    const denied = makeUnit(0, 0, "The cause of the warehouse fire has not been determined yet.");
    const purpose = makeUnit(
      1,
      1,
      "Investigators are working to determine the cause of the warehouse fire.",
    );
    expect(negationConflicts([denied, purpose], alike)).toEqual([]);
    const helping = makeUnit(
      4,
      4,
      "Inspectors surveyed the site to help determine the cause of the warehouse fire.",
    );
    expect(negationConflicts([denied, helping], alike)).toEqual([]);
    const future = makeUnit(2, 2, "Investigators will determine the cause of the warehouse fire.");
    expect(negationConflicts([denied, future], alike)).toEqual([]);
    const stated = makeUnit(3, 3, "Investigators determined the cause of the warehouse fire.");
    expect(negationConflicts([denied, stated], alike)).toHaveLength(1);
  });

  it("reads no knowing in a name given with 'known as'", () => {
    const denied = makeUnit(0, 0, "Ada Vint said she did not know the Harbour Front militia.");
    const named = makeUnit(1, 1, "Ada Vint said she knew the militia, known as the Harbour Front.");
    // The denial is met by the plain "knew", never by the name's "known".
    expect(negationConflicts([denied, named], alike)[0]?.values.map((v) => v.text)).toEqual([
      "not know",
      "knew",
    ]);
    const onlyNamed = makeUnit(2, 2, "Ada Vint fought the militia, known as the Harbour Front.");
    expect(negationConflicts([denied, onlyNamed], alike)).toEqual([]);
  });
});

describe("negationConflicts across groups", () => {
  it("finds a denial whatever statements were read before (no search position left behind)", () => {
    const late = makeUnit(
      0,
      0,
      "The harbour master said the crew had worked through the long night and had not slept.",
    );
    const later = makeUnit(
      1,
      1,
      "Dock workers said the ferry crew, tired after the long night at the quay, did not sleep.",
    );
    negationConflicts([late, later], alike);
    const denied = makeUnit(2, 2, "The ferry company has not paid the families of the passengers.");
    const stated = makeUnit(3, 3, "The ferry company has paid the families of the passengers.");
    expect(negationConflicts([denied, stated], alike)).toHaveLength(1);
  });
});

describe("negationConflicts on a thing set against another", () => {
  it("reads no denial in 'not the first time' or 'a .22 pistol, not a .38'", () => {
    const first = makeUnit(0, 0, "It was not the first time the harbour bridge had been closed.");
    const time = makeUnit(
      1,
      1,
      "It was the first time the harbour bridge had been closed this year.",
    );
    expect(negationConflicts([first, time], alike)).toEqual([]);
    const pistol = makeUnit(
      2,
      2,
      "The clerk carried a .22 pistol, not a .38 revolver like the one found.",
    );
    const found = makeUnit(3, 3, "The clerk carried a .38 revolver like the one found in the car.");
    expect(negationConflicts([pistol, found], alike)).toEqual([]);
  });
});

describe("negationConflicts on statements worded only somewhat alike", () => {
  const somewhat: ConflictContext = { similarity: () => 0.2, entityName: (id) => id };

  it("reports a denied predicate the other outlet states, whoever the sentence names first", () => {
    const denied = makeUnit(
      0,
      0,
      "The retired pilot, who had not suffered from lung disease, died at the county hospital.",
    );
    const stated = makeUnit(
      1,
      1,
      "The veteran aviator, who had suffered from lung disease, died at the county hospital.",
    );
    expect(negationConflicts([denied, stated], somewhat)[0]?.values.map((v) => v.text)).toEqual([
      "not suffered",
      "suffered",
    ]);
  });

  it("reads nothing when the denied clause is about someone the other statement does not name", () => {
    const named = { ...somewhat, entityName: (id: string) => id.replace("E-", "") };
    const denied = makeUnit(0, 0, "Unlike the two actors, Vargas is not signed for the sequel.", {
      entities: new Set(["E-Vargas", "E-Okafor"]),
    });
    const other = makeUnit(1, 1, "Okafor is already signed for the sequel and the third film.", {
      entities: new Set(["E-Okafor"]),
    });
    expect(negationConflicts([denied, other], named)).toEqual([]);
    const same = makeUnit(2, 2, "Vargas is signed for the sequel and the third film.", {
      entities: new Set(["E-Vargas"]),
    });
    expect(negationConflicts([denied, same], named)).toHaveLength(1);
  });

  it("compares a reported denial by what it reports, not by its attribution's words", () => {
    const quoted =
      "The night guard was not injured while checking a warehouse in which the fire started";
    const denied = makeUnit(
      0,
      0,
      `“${quoted},” Reyes told local reporters at a crowded evening briefing inside the county courthouse.`,
      { quoteLemmas: contentLemmas(quoted) },
    );
    const stated = makeUnit(
      1,
      1,
      "The night guard, a father of three from the harbour district, was injured early Sunday while checking a warehouse where the fire started near the old ferry pier.",
    );
    expect(negationConflicts([denied, stated], somewhat)[0]?.values.map((v) => v.text)).toEqual([
      "not injured",
      "injured",
    ]);
    // Without its quoted words read, the attribution's words outweigh the shared fact.
    const unread = makeUnit(0, 0, denied.text);
    expect(negationConflicts([unread, stated], somewhat)).toEqual([]);
  });

  it("reads nothing when the other outlet states the verb of another predicate", () => {
    const denied = makeUnit(0, 0, "The mayor has not signed the harbour budget for next year.");
    const other = makeUnit(1, 1, "The mayor signed the school lunch petition outside the hall.");
    expect(negationConflicts([denied, other], somewhat)).toEqual([]);
    const asked = makeUnit(2, 2, "Nobody would say whether the mayor signed the harbour budget.");
    expect(negationConflicts([denied, asked], alike)).toEqual([]);
  });
});

describe("negationConflicts on the predicate as the other outlet words it", () => {
  const somewhat: ConflictContext = { similarity: () => 0.2, entityName: (id) => id };

  it("reads the verb after its auxiliary and the word as written ('was not shot' / 'guards shot')", () => {
    const denied = makeUnit(
      0,
      0,
      "The escaped bull was not shot by the ranch guards near the gate.",
    );
    const stated = makeUnit(1, 1, "Two ranch guards shot the escaped bull near the gate at noon.");
    expect(negationConflicts([denied, stated], alike)[0]?.values.map((v) => v.text)).toEqual([
      "not shot",
      "shot",
    ]);
  });

  it("denies what a reported clause says of its subject, not of the one reporting it", () => {
    const named = { ...somewhat, entityName: (id: string) => id.replace("E-", "") };
    const denied = makeUnit(
      0,
      0,
      "Club director Halvorsen told the Gazette that he has not made a two-year offer to the striker.",
      { entities: new Set(["E-Halvorsen", "E-Gazette"]) },
    );
    const stated = makeUnit(1, 1, "The club made a two-year offer to the striker last week.");
    expect(negationConflicts([denied, stated], named)).toHaveLength(1);
  });

  it("sets 'will not miss' against 'will miss', and counts a name the other statement writes", () => {
    const denied = makeUnit(
      0,
      0,
      "Lindqvist has been ruled out and will not miss the last two races.",
    );
    const stated = makeUnit(
      1,
      1,
      "The rider Lindqvist will miss the last two races of the season.",
      {
        lemmas: contentLemmas("The rider will miss the last two races of the season."),
      },
    );
    expect(negationConflicts([denied, stated], somewhat)).toHaveLength(1);
  });

  it("reads a later negation as of something else, an earlier one as of the whole", () => {
    const denied = makeUnit(0, 0, "The singer had not checked into the lakeside clinic on Monday.");
    const later = makeUnit(
      1,
      1,
      "The singer had checked into the lakeside clinic on Monday, but left because she was not happy.",
    );
    expect(negationConflicts([denied, later], alike)).toHaveLength(1);
    const earlier = makeUnit(
      2,
      2,
      "Nobody did not know the singer had checked into the lakeside clinic.",
    );
    expect(negationConflicts([denied, earlier], alike)).toEqual([]);
  });

  it("needs the light verb before the negated word too ('doesn't get the ball' / 'handed the ball')", () => {
    const denied = makeUnit(0, 0, "The kicker often doesn't get the ball back to the goal line.");
    const other = makeUnit(1, 1, "The kicker handed the ball back at the goal line to the keeper.");
    expect(negationConflicts([denied, other], alike)).toEqual([]);
  });
});
