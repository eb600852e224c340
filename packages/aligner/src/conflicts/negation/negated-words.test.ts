import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { negatedWords } from "./negated-words.ts";

function denied(text: string) {
  return negatedWords(makeUnit(0, 0, text)).map((n) => [n.word, n.carriers]);
}

describe("negatedWords", () => {
  it("reads 'not going to' before a verb as that verb's future, 'going' to a place as going", () => {
    const read = (text: string) => negatedWords(makeUnit(0, 0, text)).map((n) => [n.word, n.modal]);
    expect(read("The ferry toll is never going to rise.")).toEqual([["rise", "will"]]);
    expect(read("The ferry crew was not going to the quay.")).toEqual([["going", null]]);
    // "going to be": the future of what follows "be", as "will not be able" is.
    expect(read("Ada Lund is not going to be able to lead them.")).toEqual([["able", "will"]]);
    expect(read("Ivo Vint is not going to be charged.")).toEqual([["charged", "will"]]);
  });

  it("reads no denial of a word 'enough' follows: the sufficiency is denied, not the word", () => {
    expect(denied("The ferry line won, but not by large enough margins.")).toEqual([]);
    expect(denied("The ferry line did not win by large margins.")).toEqual([["win", []]]);
  });

  it("reads past a name's possessive to the noun it opens, as past 'her'", () => {
    expect(denied("Ivo Vint is not becoming Orvale's best recruiter.")).toEqual([
      ["best", ["becoming"]],
    ]);
    expect(denied("It was not the Harbour Trust’s decision.")).toEqual([["decision", []]]);
    // A name alone is still no predicate: who someone is, not what happened.
    expect(denied("Ivo Vint was not Tarquil Vint.")).toEqual([]);
  });

  it("reads the negated verb after its auxiliaries", () => {
    expect(denied("The ferry company has not paid the families.")).toEqual([["paid", []]]);
  });

  it("reads the noun of a light verb's object as what is denied", () => {
    // Two objects: the happening is the second, past the person it is made to.
    expect(denied("The club has not made first baseman Ivo Vint an offer.")).toEqual([
      ["offer", ["made"]],
    ]);
    // The head noun, not its modifier; an amount after a comma is still the same object.
    expect(denied("The club has not made an eight-year offer to Ivo Vint.")).toEqual([
      ["offer", ["made"]],
    ]);
    expect(
      denied("The club did not make the catcher a three-year, $9 million offer, a source said."),
    ).toEqual([["offer", ["make"]]]);
    expect(denied("The mayor did not give the bus drivers a raise.")).toEqual([
      ["raise", ["give"]],
    ]);
  });
});
