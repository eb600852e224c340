import { describe, expect, it } from "vitest";
import { nameWords } from "../text/proper-name.ts";
import { strictMismatch, strictNameMatch } from "./strict-speaker.ts";

const person = (name: string) => ({ name, kind: "person" });
const body = (name: string) => ({ name, kind: "organization" });
const gold = (text: string) => ({ text, words: nameWords(text) });
const right = (
  entity: { name: string; kind: string },
  name: string,
  source: string | null = null,
) => strictNameMatch(entity, gold(name), source);

describe("strictNameMatch: the entity's name is the gold speaker's name or a form of it", () => {
  it("takes the same name, titles and a leading 'the' aside", () => {
    expect(right(person("Ada Roe"), "Ada Roe")).toBe(true);
    expect(right(person("Ada Roe"), "Sen. Ada Roe")).toBe(true);
    expect(right(person("Ada Roe"), "Secretary of State Ada Roe")).toBe(true);
    expect(right(body("Harbour Board"), "the Harbour Board")).toBe(true);
  });

  it("takes a surname, a full form and a fuller form of a person's name", () => {
    expect(right(person("Pell"), "J.R. Pell")).toBe(true);
    expect(right(person("Ada Roe"), "Norland Fund Director Ada K. Roe")).toBe(true);
    expect(right(person("Ada K. Roe"), "Roe")).toBe(true);
    expect(right(person("Ada K. Roe Jr."), "Admiral Roe")).toBe(true);
    expect(right(person("Ada Roe"), "Ada")).toBe(true);
    expect(right(person("Roe"), "Ada Roe Jr.")).toBe(true);
  });

  it("reads the person heading a gold name that goes on with an age, place or body", () => {
    expect(right(person("Ivo Vint"), "Vint, 44")).toBe(true);
    expect(right(person("Ivo Vint"), "Vint, 44, of Castlebay.")).toBe(true);
    expect(right(person("Ivo Vint"), "Ivo Vint of Norland Polling")).toBe(true);
  });

  it("refuses a fragment: an initial, a body's last word, a given name for the full name", () => {
    expect(right(person("J.R"), "J.R. Pell")).toBe(false);
    expect(right(person("Medicine"), "Norland Academy of Medicine")).toBe(false);
    expect(right(body("Times"), "Norland Times")).toBe(false);
    expect(right(body("Academy"), "Norland Academy")).toBe(false);
    expect(right(person("Ada"), "Ada Roe")).toBe(false);
  });

  it("refuses another person and a name with words that are no name's", () => {
    expect(right(person("Bill Roe"), "Ada Roe")).toBe(false);
    expect(right(person("Ada Roe"), "Bill Roe")).toBe(false);
    expect(right(person("Ada Roe Jr."), "Ada Roe")).toBe(false);
    expect(right(person("Ada Roe"), "Ada Roe Jr.")).toBe(false);
    expect(right(person("Roe"), "Attorneys for Roe")).toBe(false);
    expect(right(person("Vint both"), "Vint")).toBe(false);
    expect(right(body("Norland Times"), "Times")).toBe(false);
  });

  it("takes an unnamed source given as the gold source is written", () => {
    const description = { name: "a Norland Democrat", kind: "person" };
    expect(right(description, "Norland Democrat", "a Norland Democrat")).toBe(true);
    expect(right(description, "Norland Democrat", null)).toBe(false);
  });
});

describe("strictMismatch", () => {
  it("tells a part of the gold name from a longer and another name", () => {
    expect(strictMismatch("J.R", nameWords("J.R. Pell"))).toBe("part of the gold name");
    expect(strictMismatch("Norland Times", nameWords("Times"))).toBe("longer name");
    expect(strictMismatch("Ada Roe", nameWords("the Norland Democrat"))).toBe("other name");
  });
});
