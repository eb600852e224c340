import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../test/support/quote-speakers.ts";
import { findEchoedNames } from "./echoed-names.ts";

const found = (body: string) => findEchoedNames(body).map((n) => body.slice(n.start, n.end));

describe("names no given-name list holds", () => {
  it("two capitalised words whose second the article writes alone again", () => {
    expect(found("Wladek Orrin won the bout. Police said Orrin was tired.")).toEqual([
      "Wladek Orrin",
    ]);
    expect(found("Wladek Orrin won the bout.")).toEqual([]);
  });

  it("a possessor of quoted words whose surname is no English word, even written once", () => {
    expect(found("Wladek Orrin’s “47 berths” comment was dismissive.")).toEqual(["Wladek Orrin"]);
    expect(found('Wladek Orrin\'s "47 berths" comment was dismissive.')).toEqual(["Wladek Orrin"]);
    // An English word as the surname, no quoted words, or a capital before: no one.
    expect(found("Harbour Hill’s “47 berths” plan was dismissive.")).toEqual([]);
    expect(found("Wladek Orrin’s comment was dismissive.")).toEqual([]);
    expect(found("The Wladek Orrin’s “47 berths” comment was dismissive.")).toEqual([]);
  });

  it("gives the possessed quotation its speaker", () => {
    const x = extract(
      "The council met on Monday.",
      "Wladek Orrin’s “47 berths” comment was nearly as dismissive as the mayor’s.",
    );
    expect(speakerOf(x, "47 berths")).toBe("Wladek Orrin");
  });

  it("a label names the speaker a rarer given name before an English word introduced", () => {
    const x = extract(
      "The council met on Monday.",
      "Ivo Heath and Ada Roe, among others, reject the plan.",
      "Roe: “Our goal is the quay.” Heath: “The mission is the quay.”",
    );
    expect(speakerOf(x, "The mission")).toBe("Ivo Heath");
  });
});
