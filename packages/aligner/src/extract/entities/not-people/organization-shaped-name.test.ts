import { describe, expect, it } from "vitest";
import {
  entityKind,
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

/* Organisations as speakers (issue 11): names shaped as an organisation's, descriptions that take
 * one up, and an acronym that is the same body. All names invented. */

describe("a name shaped as an organisation's speaking", () => {
  it("a movement named in ordinary English words is an organisation", () => {
    const x = extract(
      "Harbour Lives Matter issued a statement on Monday.",
      "“We will march,” Harbour Lives Matter said.",
    );
    expect(speakerOf(x, "We will march")).toBe("Harbour Lives Matter");
    expect(entityKind(x, "Harbour Lives Matter")).toBe("organization");
    expect(x.entities.some((e) => e.kind === "person")).toBe(false);
  });

  it("an outlet after 'The' is the outlet, whole, never a person or a description", () => {
    const x = extract(
      "Ivo Vint spoke on Monday.",
      "The Norland Post said the board had met.",
      "Later the Castlebay Courier reported that the quay was shut.",
    );
    expect(speakerOf(x, "the board had met")).toBe("Norland Post");
    expect(entityKind(x, "Norland Post")).toBe("organization");
    expect(speakerOf(x, "the quay was shut")).toBe("Castlebay Courier");
    expect(entityKind(x, "Castlebay Courier")).toBe("organization");
  });

  it("people keep their names", () => {
    const x = extract(
      "Ivo Stone said the port would close.",
      "Wladek Orrin said the ferry would run.",
      "Al From said the quay was shut.",
    );
    expect(entityKind(x, "Ivo Stone")).toBe("person");
    expect(entityKind(x, "Wladek Orrin")).toBe("person");
    expect(entityKind(x, "Al From")).toBe("person");
  });
});

describe("a description taking up the one organisation it heads", () => {
  it("'the board', 'the foundation', 'the company' name the body named earlier", () => {
    const x = extract(
      "The Norland Harbour Board said the port would close. “We regret it,” the board said.",
      "The Ada Lund Foundation said it gave money. “We gave,” the foundation said.",
      "Ivo Vint runs Orvale Shipping Company. “Our ships sail,” the company said.",
    );
    expect(speakerOf(x, "We regret it")).toBe("Norland Harbour Board");
    expect(speakerOf(x, "We gave")).toBe("Ada Lund Foundation");
    expect(speakerOf(x, "Our ships sail")).toBe("Orvale Shipping Company");
  });

  it("'the group' after a group that spoke", () => {
    const x = extract(
      "Harbour Lives Matter said the vote was rigged.",
      "“We will fight,” the group said.",
    );
    expect(speakerOf(x, "We will fight")).toBe("Harbour Lives Matter");
  });

  it("two boards leave 'the board' unresolved, never the wrong one", () => {
    const x = extract(
      "The Norland Harbour Board said the port would close.",
      "The Castlebay Ferry Board said the ferry would run.",
      "“We regret it,” the board said.",
    );
    expect(speakerOf(x, "We regret it")).not.toBe("Norland Harbour Board");
    expect(speakerOf(x, "We regret it")).not.toBe("Castlebay Ferry Board");
  });
});

describe("an acronym and its full name", () => {
  it("are one organisation", () => {
    const x = extract(
      "The Norland Harbour Board (NHB) said the quay would close.",
      "“Nothing is decided,” NHB said.",
    );
    expect(speakerOf(x, "Nothing is decided")).toBe("Norland Harbour Board");
    expect(x.entities.filter((e) => e.kind === "organization")).toHaveLength(1);
  });
});
