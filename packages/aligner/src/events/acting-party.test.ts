import { describe, expect, it } from "vitest";
import { actingParty, namedHeads } from "./acting-party.ts";

describe("actingParty", () => {
  it("reads the club doing the happening as subject of its verb", () => {
    expect(actingParty("The Harbour Rovers offered Ivo Vint a contract on Friday.", "offer")).toBe(
      "rovers",
    );
    expect(actingParty("The Vale Rangers have offered a contract to Ivo Vint.", "offer")).toBe(
      "rangers",
    );
  });

  it("reads the subject of a light verb before the happening noun, past its receiver", () => {
    expect(
      actingParty("The Harbour Rovers have made an eight-year offer to Ivo Vint.", "offer"),
    ).toBe("rovers");
    expect(
      actingParty("The Vale Rangers made Ivo Vint an eight-year, $90 million offer.", "offer"),
    ).toBe("rangers");
  });

  it("reads the from-phrase after the happening noun", () => {
    expect(
      actingParty("Ivo Vint still has an offer on the table from the Harbour Rovers.", "offer"),
    ).toBe("rovers");
  });

  it("takes one party for the long and the short name (the head before any 'of')", () => {
    expect(actingParty("The Harbour Rovers of Eastby offered Ivo Vint a deal.", "offer")).toBe(
      "rovers",
    );
  });

  it("names no party for a person, a passive subject, a name modifying a noun or a law", () => {
    expect(actingParty("Ada Lund offered Ivo Vint a contract.", "offer")).toBeNull();
    expect(actingParty("Ivo Vint was offered a contract by his old club.", "offer")).toBeNull();
    expect(
      actingParty("The Lund administration made an offer to the strikers.", "offer"),
    ).toBeNull();
    expect(actingParty("The council cited the Harbour Offer Act.", "offer")).toBeNull();
  });

  it("leaves a from/by phrase of another verb alone", () => {
    expect(
      actingParty("The offer demanded by the Harbour Council was refused.", "offer"),
    ).toBeNull();
  });
});

describe("namedHeads", () => {
  it("finds the parties a statement names anywhere, capitalised", () => {
    const heads = new Set(["rovers", "rangers"]);
    expect([...namedHeads("Rovers manager Ada Lund said he made an offer.", heads)]).toEqual([
      "rovers",
    ]);
    expect([...namedHeads("The rovers of the sea were calm.", heads)]).toEqual([]);
  });
});
