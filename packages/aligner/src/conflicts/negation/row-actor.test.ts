import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { negatedWords } from "./negated-words.ts";
import { opensOnActor, saidOfOneInRow } from "./row-actor.ts";

/** Whether the other statement says the denial's word of its named person (row reading). */
function said(denialText: string, otherText: string, word: string, opening = false): boolean {
  const denial = makeUnit(0, 0, denialText);
  const item = negatedWords(denial)[0];
  if (!item) throw new Error(`no negation in ${denialText}`);
  const other = makeUnit(1, 1, otherText);
  const start = other.span.start + otherText.indexOf(word);
  return opening
    ? opensOnActor(denial, item, other, start)
    : saidOfOneInRow(denial, item, other, start);
}

describe("saidOfOneInRow", () => {
  it("reads a statement opening on the surname alone", () => {
    const denial = "A spokesman says Dana Orrin has not checked herself into rehab.";
    expect(said(denial, "Orrin checked herself in on Tuesday.", "checked", true)).toBe(true);
    expect(said(denial, "Orrin checked herself in on Tuesday.", "checked")).toBe(true);
    // Another name opening the statement, or other words before the verb, say it of no one.
    expect(said(denial, "Lund checked herself in on Tuesday.", "checked")).toBe(false);
    expect(said(denial, "Orrin and her sister checked in on Tuesday.", "checked")).toBe(false);
  });

  it("reads the name before an appositive holding commas of its own", () => {
    const denial =
      "Ines Moreau, the singer whose ballads filled the halls in the 1990s, has not died, her agent said.";
    const other =
      "Ines Moreau, the singer whose ballads, films and tours filled the halls for years, has died at 85.";
    expect(said(denial, other, "died")).toBe(true);
    // No article or possessive opening the words after the name: a list of people, not an appositive.
    const list = "Ines Moreau, Ada Lund and Ivo Vint have died in the crash.";
    expect(said(denial, list, "died")).toBe(false);
  });

  it("reads the name before a light verb when the denial says the verb itself", () => {
    const denial = "The Owls have not offered an eight-year contract to Ivo Vint, the club said.";
    const other =
      "According to the Velden Post, the Owls have made an eight-year offer to Ivo Vint.";
    expect(said(denial, other, "offer")).toBe(true);
    const rival =
      "According to the Velden Post, the Hawks have made an eight-year offer to Omar Pell.";
    expect(said(denial, rival, "offer")).toBe(false);
  });
});
