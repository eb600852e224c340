import { describe, expect, it } from "vitest";
import { findPersonNames } from "./person-names.ts";

const found = (body: string) =>
  findPersonNames(body).map((n) => [body.slice(n.start, n.end), n.name ?? null, n.surname]);

describe("full names found by their given name", () => {
  it("a nickname in quotation marks between given name and surname is read past, kept out of the name", () => {
    expect(
      found(
        "Boxer Tomas 'The Hammer' Weller died. Ivan “Iron” Kessler and Ivan \"Iron Man\" Roe met.",
      ),
    ).toEqual([
      ["Tomas 'The Hammer' Weller", "Tomas Weller", "Weller"],
      ["Ivan “Iron” Kessler", "Ivan Kessler", "Kessler"],
      ['Ivan "Iron Man" Roe', "Ivan Roe", "Roe"],
    ]);
  });

  it("a quotation after a given name that no surname follows is no nickname", () => {
    expect(found("Tomas 'had enough' and left. Maria “Come home” said nothing.")).toEqual([]);
  });

  it("a middle name that is also a noun ('Jay') is read past when the surname ends the name", () => {
    expect(found("Mark Jay Fenwick told the court. Arno Joseph Vell Jr. spoke.")).toEqual([
      ["Mark Jay Fenwick", null, "Fenwick"],
      ["Arno Joseph Vell", null, "Vell"],
    ]);
  });

  it("a second family name ('Rodham') is read past to the surname that ends the name", () => {
    expect(
      found("Ada Rodham Lund said no. Then the front-runner, Tove Brisk Halvorsen, spoke."),
    ).toEqual([
      ["Ada Rodham Lund", null, "Lund"],
      ["Tove Brisk Halvorsen", null, "Halvorsen"],
    ]);
    expect(found("Ada Rodham Lund’s plan failed.")).toEqual([["Ada Rodham Lund", null, "Lund"]]);
  });

  it("a second family name never swallows a list, an 'and', a place, a party, a body or a team", () => {
    expect(found("Ada, Rodham Lund and Ken Moss met.")).toEqual([["Ken Moss", null, "Moss"]]);
    expect(found("Ada Rodham and Lund met.")).toEqual([["Ada Rodham", null, "Rodham"]]);
    for (const tail of ["Republican of Ohio", "Senate", "Ohio", "Tuesday", "American"]) {
      expect(found(`Ada Lund ${tail} said it.`)).toEqual([["Ada Lund", null, "Lund"]]);
    }
    expect(found("The Ada Lund Foundation said it. Monday Ada Lund said it.")).toEqual([
      ["Ada Lund", null, "Lund"],
    ]);
    // A rarer given name ("Boston") before two capitalised words is a team, not a person.
    expect(found("The Boston Red Sox, a club, won.")).toEqual([]);
  });

  it("never runs on into a headline's next word, a place, a weekday or an organisation", () => {
    expect(
      found(
        "Maria Okafor Wins Award\nMaria Okafor Tuesday said no. Anna Lee Park said yes. Mark Jay Is a film.",
      ),
    ).toEqual([
      ["Maria Okafor", null, "Okafor"],
      ["Mark Jay", null, "Jay"],
    ]);
  });

  it("a capitalised particle inside a name is part of the surname, not its end", () => {
    expect(found("Herman Van Rompel spoke. Then Dario Lo Vetro died.")).toEqual([
      ["Herman Van Rompel", null, "Van Rompel"],
      ["Dario Lo Vetro", null, "Lo Vetro"],
    ]);
  });

  it("a title word is a surname when the article writes it alone as a name ('Terry White … White said')", () => {
    expect(found("Police said Terry White left. White said no.")).toEqual([
      ["Terry White", null, "White"],
    ]);
    // Never read where the word is only a title or a building's name.
    expect(found("Police said Terry White left. The White House said no.")).toEqual([]);
    expect(found("Jordan Foreign Minister met aides. Foreign ministers came.")).toEqual([]);
  });

  it("given names of more languages start a name, never a team or a place's phrase", () => {
    expect(
      found(
        "Sanjay Guptar met Montell Owens. The Dallas Cowboys beat the Atlanta Falcons. A Brooklyn Teen left.",
      ),
    ).toEqual([
      ["Sanjay Guptar", null, "Guptar"],
      ["Montell Owens", null, "Owens"],
    ]);
  });

  it("a rarer given name before an English word is a name when the article writes the word alone as a name", () => {
    expect(found("Ivo Stone was held. Police said Stone denied it.")).toEqual([
      ["Ivo Stone", null, "Stone"],
    ]);
    expect(found("Ivo Stone was held. Stone, 34, denied it.")).toEqual([
      ["Ivo Stone", null, "Stone"],
    ]);
    // A speaker's label before the words it introduces names someone, as "said" does.
    expect(found("Ivo Stone and Ada Roe differ. Stone: “We sail.”")).toEqual([
      ["Ivo Stone", null, "Stone"],
      ["Ada Roe", null, "Roe"],
    ]);
    expect(found("Ivo Stone and Ada Roe differ. Stone: We sail.")).toEqual([
      ["Ada Roe", null, "Roe"],
    ]);
    // Never alone, never a word the article writes in lowercase, a plural or after a place.
    expect(found("Police said Ivo Stone was held.")).toEqual([]);
    expect(found("Ivo Stone was held. A stone hit him. Police said Stone denied it.")).toEqual([]);
    expect(found("Ivo Hunters won. Police said Hunters lost. Lima Stone said Stone won.")).toEqual(
      [],
    );
  });

  it("a given name that is also a noun ('Bill', 'Gene') starts a name only before a surname that is no English word", () => {
    expect(
      found(
        "Bill Tarrow, the head of a polling team, sounded a note. Gene Osterby met Jay Pellucci.",
      ),
    ).toEqual([
      ["Bill Tarrow", null, "Tarrow"],
      ["Gene Osterby", null, "Osterby"],
      ["Jay Pellucci", null, "Pellucci"],
    ]);
    // Never a noun phrase, a month, a modal, or a noun before someone's given name.
    expect(
      found(
        "The Bill Signing went well. In August Varn left. Will Varn win? King Halvard Olsen met.",
      ),
    ).toEqual([["Halvard Olsen", null, "Olsen"]]);
  });
});
