import { describe, expect, it } from "vitest";
import {
  inCondition,
  negatedWord,
  statementWords,
  statesUnnegated,
  witnessReading,
  wordFormAt,
} from "./negated-statement.ts";

// Invented reports of a harbour dispute, written for this test.

describe("the word a negation case turns on", () => {
  it("passes over determiners, degree words and 'going to'", () => {
    expect(negatedWord(" the most valuable player in Orvale")).toBe("valuable");
    expect(negatedWord(" very daunting for Ivo Vint")).toBe("daunting");
    expect(negatedWord(" going to replace the Harbour Board")).toBe("replace");
    expect(negatedWord(" made progress")).toBe("made");
  });

  it("is found in its forms, not in other words of its root", () => {
    expect(wordFormAt("the board makes progress", "made")).toBe(10);
    expect(wordFormAt("vint says the fares will rise", "say")).toBe(5);
    expect(wordFormAt("the harbour nominee spoke", "nominate")).toBe(-1);
    expect(wordFormAt("a twin ferry on the quay", "win")).toBe(-1);
  });
});

describe("the statement a negation case negates", () => {
  it("is the quote's sentence holding the auxiliary, in its stated words", () => {
    const quote = "We met the board. The talks have made progress on wages.";
    expect([...statementWords(quote, quote.indexOf("have"))].sort()).toEqual([
      "made",
      "progress",
      "talks",
      "wages",
    ]);
  });

  it("is no condition: 'not' in an if-clause states no opposite fact", () => {
    const quote = "If Ada Roe is the nominee, many will stay home";
    expect(inCondition(quote, quote.indexOf("is"))).toBe(true);
    const plain = "Ada Roe is the nominee, if the count holds";
    expect(inCondition(plain, plain.indexOf("is"))).toBe(false);
  });
});

describe("a witness stating the statement unnegated", () => {
  const own = statementWords("the talks with the harbour board had made progress on wages", 0);

  it("holds the word and most of the statement's stated words", () => {
    expect(
      statesUnnegated("talks with the harbour board made progress, lund said.", "made", own),
    ).toBe(true);
  });

  it("is no sentence sharing only function words or a word or two", () => {
    expect(statesUnnegated("what they made of it was the point.", "made", own)).toBe(false);
    expect(statesUnnegated("the board made a plan in orvale.", "made", own)).toBe(false);
  });

  it("is no question and no denial", () => {
    expect(
      statesUnnegated("had the talks with the harbour board made progress?", "made", own),
    ).toBe(false);
    expect(statesUnnegated("talks with the harbour board never made progress.", "made", own)).toBe(
      false,
    );
    expect(
      statesUnnegated("talks with the harbour board failed to make progress.", "made", own),
    ).toBe(false);
  });
});

describe("the witness reading of a story", () => {
  it("reads PolNeAR's statements by their words, gold stories as first measured", () => {
    expect(witnessReading("polnear").word(" the most valuable player")).toBe("valuable");
    expect(witnessReading("ecbplus").word(" the most valuable player")).toBe("the");
    const own = witnessReading("polnear").own("Ivo Vint is the most valuable player.", 9);
    expect(
      witnessReading("polnear").states("vint was the most valuable player.", "valuable", own),
    ).toBe(true);
    expect(witnessReading("polnear").states("the ferry left the quay.", "the", own)).toBe(false);
  });
});
