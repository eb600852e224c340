import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import { splitByActingParty } from "./party-split.ts";
import type { EventCluster } from "./story-events.ts";

const story = (rows: [number, string][]): AlignUnit[] =>
  rows.map(([article, text], index) => makeUnit(index, article, text));

const offer = (units: number[]): EventCluster => ({
  action: "offer",
  main: false,
  units,
  participants: ["E-ivo"],
});

const parts = (events: EventCluster[]) => events.map((e) => e.units.join(","));

describe("splitByActingParty", () => {
  it("parts one player's offers from two clubs", () => {
    const units = story([
      [0, "The Harbour Rovers offered Ivo Vint a contract on Friday."],
      [1, "The Rovers have made an eight-year offer to Ivo Vint."],
      [2, "The Vale Rangers have made Ivo Vint an offer."],
      [3, "Ivo Vint still has an offer on the table from the Vale Rangers."],
    ]);
    expect(parts(splitByActingParty([offer([0, 1, 2, 3])], units))).toEqual(["0,1", "2,3"]);
  });

  it("gives a statement repeated word for word across articles the same club each time", () => {
    const rovers = "The Harbour Rovers offered Ivo Vint a contract on Friday.";
    const rangers = "The Vale Rangers have made Ivo Vint an offer.";
    const units = story([
      [0, rovers],
      [1, rangers],
      [2, rovers],
      [3, rangers],
      [4, rovers],
    ]);
    expect(parts(splitByActingParty([offer([0, 1, 2, 3, 4])], units))).toEqual(["0,2,4", "1,3"]);
  });

  it("puts a statement naming no doer with the club its words or its article name", () => {
    const units = story([
      [0, "The Harbour Rovers offered Ivo Vint a contract on Friday."],
      [1, "The Rovers have made an eight-year offer to Ivo Vint."],
      [2, "The Vale Rangers have made Ivo Vint an offer."],
      [3, "The Vale Rangers offered Ivo Vint a contract."],
      [4, "Rovers manager Ada Lund said he made Ivo Vint an offer."],
      [5, "Ivo Vint has an offer, his agent said."],
      [5, "The Vale Rangers want him back."],
      [6, "Ivo Vint weighs an offer, his agent said."],
    ]);
    expect(parts(splitByActingParty([offer([0, 1, 2, 3, 4, 5, 7])], units))).toEqual([
      "0,1,4,7",
      "2,3,5,7",
    ]);
  });

  it("puts a statement naming no doer with the club its article names most", () => {
    const units = story([
      [0, "The Harbour Rovers offered Ivo Vint a contract on Friday."],
      [1, "The Rovers have made an eight-year offer to Ivo Vint."],
      [2, "The Vale Rangers have made Ivo Vint an offer."],
      [3, "The Vale Rangers offered Ivo Vint a contract."],
      [4, "Manager Ada Lund backed his words with an offer to Ivo Vint."],
      [4, "The Rovers see Ivo Vint as their new captain."],
      [4, "The Rovers also need a goalkeeper."],
      [4, "The Rangers are said to be keen too."],
      [5, "Ivo Vint weighs an offer, his agent said."],
      [5, "The Rovers and the Rangers both want him."],
    ]);
    // Article 4 names the Rovers twice and the Rangers once; article 5 names both once each.
    expect(parts(splitByActingParty([offer([0, 1, 2, 3, 4, 8])], units))).toEqual([
      "0,1,4,8",
      "2,3,8",
    ]);
  });

  it("keeps an event whose statements name one doer or none", () => {
    const units = story([
      [0, "The Harbour Rovers offered Ivo Vint a contract on Friday."],
      [1, "The Harbour Rovers made Ivo Vint an offer."],
      [2, "Ivo Vint received an offer."],
    ]);
    const event = offer([0, 1, 2]);
    expect(splitByActingParty([event], units)).toEqual([event]);
  });

  it("drops a part told by one article alone", () => {
    const units = story([
      [0, "The Harbour Rovers offered Ivo Vint a contract on Friday."],
      [1, "The Harbour Rovers made Ivo Vint an offer."],
      [2, "The Vale Rangers offered Ivo Vint a contract."],
    ]);
    expect(parts(splitByActingParty([offer([0, 1, 2])], units))).toEqual(["0,1"]);
  });
});
