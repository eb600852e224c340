import { describe, expect, it } from "vitest";
import {
  entityKind,
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { endsOnGroupNoun, groupOrBodyKind, speaksAsPerson } from "./group-or-body-name.ts";

const OPENING = "Ada Lund and Ivo Vint spoke in the harbour town on Monday about the new port tax.";

describe("a group of people, a public body or a town speaks, never as a person", () => {
  it("knows plural group nouns, not surnames ending in s", () => {
    expect(endsOnGroupNoun("Democrats")).toBe(true);
    expect(endsOnGroupNoun("Senate Republicans")).toBe(true);
    expect(endsOnGroupNoun("Young Latinos")).toBe(true);
    expect(endsOnGroupNoun("Canadians")).toBe(true);
    expect(endsOnGroupNoun("Ivo Evans")).toBe(false);
    expect(endsOnGroupNoun("Democrat")).toBe(false);
  });

  it("reads a public body, a department after its head and a town after 'city of'", () => {
    const body = "A dozen members of Congress told reporters. The former secretary of State said.";
    expect(groupOrBodyKind(body, body.indexOf("Congress"), "Congress")).toBe("organization");
    expect(groupOrBodyKind(body, body.indexOf("State"), "State")).toBe("organization");
    const town = "The city of Orrin urged calm.";
    expect(groupOrBodyKind(town, town.indexOf("Orrin"), "Orrin")).toBe("place");
    const person = "Secretary Ada Lund said.";
    expect(groupOrBodyKind(person, person.indexOf("Ada"), "Ada Lund")).toBeNull();
  });

  it("lets a group speak as a person does in a clause, and an organisation not", () => {
    expect(speaksAsPerson("organization", "Senate Democrats")).toBe(true);
    expect(speaksAsPerson("organization", "Harbour Council")).toBe(false);
    expect(speaksAsPerson("person", "Ada Lund")).toBe(true);
  });

  it("makes a party's members an organisation that keeps their words", () => {
    const x = extract(OPENING, "“It is far too late,” Senate Democrats said on Tuesday.");
    expect(entityKind(x, "Senate Democrats")).toBe("organization");
    expect(speakerOf(x, "far too late")).toBe("Senate Democrats");
  });

  it("makes no person of Congress or of a department after 'secretary of'", () => {
    const x = extract(
      OPENING,
      "A dozen members of Congress told reporters the vote was close. The former secretary of State said the deal was fair.",
    );
    expect(entityKind(x, "Congress")).toBe("organization");
    expect(entityKind(x, "State")).toBe("organization");
    expect(x.entities.filter((e) => e.kind === "person").map((e) => e.name)).not.toContain("State");
  });

  it("reads a town after 'the city of' as a place", () => {
    const x = extract(OPENING, "The city of Orrin urged calm after the vote.");
    expect(entityKind(x, "Orrin")).toBe("place");
  });

  it("still reads a titled person after 'Secretary of State'", () => {
    const x = extract(OPENING, "“We are ready,” Secretary of State Ivo Vint said on Tuesday.");
    expect(speakerOf(x, "We are ready")).toBe("Ivo Vint");
    expect(entityKind(x, "Ivo Vint")).toBe("person");
  });
});
