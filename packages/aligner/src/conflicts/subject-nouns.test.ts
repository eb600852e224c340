import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { sameSubjectNouns, subjectNouns } from "./subject-nouns.ts";

/** A statement of article `article` and the position of `word` in it. */
const statement = (article: number, text: string, word: string) => {
  const unit = makeUnit(article, article, text);
  return { unit, at: unit.span.start + text.indexOf(word) };
};

const same = ([a, wordA]: [string, string], [b, wordB]: [string, string]): boolean => {
  const x = statement(0, a, wordA);
  const y = statement(1, b, wordB);
  return sameSubjectNouns(x.unit, x.at, y.unit, y.at);
};

describe("the nouns of a clause's subject", () => {
  it("are the common nouns before the clause's verb", () => {
    const { unit, at } = statement(0, "The night ferry did not leave the pier", "did");
    expect(subjectNouns(unit, at)).toEqual(["night", "ferry"]);
  });

  it("never hold a clock time, its colon cutting nothing and its a.m./p.m. no noun", () => {
    for (const text of [
      "At 8:30 p.m. the ferry did not leave the pier",
      "At 8:30pm the ferry did not leave the pier",
      "At 8 p.m. the ferry did not leave the pier",
      "At 20:30 the ferry did not leave the pier",
    ]) {
      const { unit, at } = statement(0, text, "did");
      expect(subjectNouns(unit, at)).toEqual(["ferry"]);
    }
  });

  it("still end at a colon that is no clock time", () => {
    const { unit, at } = statement(0, "The mayor had one word: the ferry did not leave", "did");
    expect(subjectNouns(unit, at)).toEqual(["ferry"]);
  });
});

describe("two verbs said of one subject", () => {
  it("are when one side's subject noun is in the other statement", () => {
    expect(
      same(
        ["The ferry left the pier at 9 a.m.", "left"],
        ["The old ferry left at 10 a.m.", "left"],
      ),
    ).toBe(true);
    expect(
      same(["The ferry left at 9 a.m.", "left"], ["The tugboat left at 10 a.m.", "left"]),
    ).toBe(false);
  });

  it("a clock time's p.m. ties no two subjects", () => {
    expect(
      same(
        ["At 8:30 p.m. the ferry left the pier", "left"],
        ["At 9:30 p.m. the tugboat left the pier", "left"],
      ),
    ).toBe(false);
  });

  it("a pronoun subject is not a noun subject unless its own statement names that noun", () => {
    expect(
      same(["It closed on Monday", "closed"], ["The museum closed on Tuesday", "closed"]),
    ).toBe(false);
    expect(
      same(["The museum closed on Tuesday", "closed"], ["Later, it closed on Monday", "closed"]),
    ).toBe(false);
    expect(
      same(
        ["The museum reopened in May, but it closed on Monday", "closed"],
        ["The museum closed on Tuesday", "closed"],
      ),
    ).toBe(true);
  });

  it("two pronouns, a name or a pronoun after the verb say nothing against it", () => {
    expect(same(["It closed on Monday", "closed"], ["It closed on Tuesday", "closed"])).toBe(true);
    expect(
      same(["Orlenko Hall closed on Monday", "closed"], ["The museum closed on Tuesday", "closed"]),
    ).toBe(true);
    expect(
      same(
        ["Orlenko Hall shut it at 9 a.m.", "9 a.m."],
        ["The museum was shut at 10 a.m.", "10 a.m."],
      ),
    ).toBe(true);
  });
});

describe("a capitalised common noun opening the sentence", () => {
  it("is a subject noun, not a name: 'Staff closed it', 'Officials said'", () => {
    const staff = statement(0, "Staff closed the pier at 9 a.m.", "closed");
    expect(subjectNouns(staff.unit, staff.at)).toEqual(["staff"]);
    const officials = statement(0, "Officials closed the pier on Monday", "closed");
    expect(subjectNouns(officials.unit, officials.at)).toEqual(["official"]);
  });

  it("so two different subjects are no one subject", () => {
    expect(
      same(
        ["Staff closed the pier at 9 a.m.", "closed"],
        ["The harbour police closed the road at 10 a.m.", "closed"],
      ),
    ).toBe(false);
  });

  it("stays masked when it is a given name, a place or no English word", () => {
    for (const text of [
      "Grant closed the pier at 9 a.m.",
      "Lund closed the pier at 9 a.m.",
      "China closed the pier at 9 a.m.",
    ]) {
      const { unit, at } = statement(0, text, "closed");
      expect(subjectNouns(unit, at)).toEqual([]);
    }
  });
});

describe("a capitalised word after a comma", () => {
  it("stays a name: 'On Monday, Baker closed the pier'", () => {
    const { unit, at } = statement(0, "On Monday, Baker closed the pier", "closed");
    expect(subjectNouns(unit, at)).toEqual([]);
  });
});
