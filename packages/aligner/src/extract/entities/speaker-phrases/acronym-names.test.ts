import { describe, expect, it } from "vitest";
import {
  entityKind,
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

/* A speaker named by an acronym is an organisation, "the" no part of its name (speaker-phrases/name-kinds.ts). */

describe("an acronym speaking", () => {
  it("'the OVTA said', 'said the HBWU', 'NRVA said' name organisations without 'the'", () => {
    const x = extract(
      "The OVTA said the pier would close.",
      "“We object,” said the HBWU.",
      "NRVA said the ferry would run.",
    );
    expect(speakerOf(x, "the pier would close")).toBe("OVTA");
    expect(entityKind(x, "OVTA")).toBe("organization");
    expect(speakerOf(x, "We object")).toBe("HBWU");
    expect(entityKind(x, "HBWU")).toBe("organization");
    expect(speakerOf(x, "the ferry would run")).toBe("NRVA");
    expect(x.entities.some((e) => e.kind === "person")).toBe(false);
    expect(x.entities.some((e) => /^the /i.test(e.name))).toBe(false);
  });

  it("'according to the OVTA' and 'said in a statement' take the organisation", () => {
    const x = extract(
      "According to the OVTA, the toll rose on Monday.",
      "The NRVA said in a statement that the toll on the harbour bridge rose sharply last year.",
    );
    expect(speakerOf(x, "the toll rose on Monday")).toBe("OVTA");
    expect(speakerOf(x, "harbour bridge rose sharply")).toBe("NRVA");
    expect(entityKind(x, "NRVA")).toBe("organization");
  });

  it("the initials of a person the article names stay that person's", () => {
    const x = extract("Sen. Jon Fane Kirk arrived on Monday.", "JFK said the moon was close.");
    expect(entityKind(x, "JFK")).not.toBe("organization");
  });

  it("a person's dotted initials, a Roman numeral and a place are no organisation", () => {
    const x = extract(
      "J.R. Vint said the road closed.",
      "Ivo Lund III said the pier would close.",
      "The UK said the ferry would run.",
    );
    expect(x.entities.some((e) => e.kind === "organization")).toBe(false);
    expect(entityKind(x, "UK")).toBe("place");
  });

  it("a headline word or a shouted word in capitals is no organisation", () => {
    const x = extract("BREAKING: Lund resigns.", "“We WON,” Ada Lund said.");
    expect(x.entities.some((e) => e.kind === "organization")).toBe(false);
    expect(speakerOf(x, "We WON")).toBe("Ada Lund");
  });

  it("an organisation is never he or she", () => {
    const x = extract("The OVTA met on Monday.", "“We object,” he said.");
    expect(speakerOf(x, "We object")).not.toBe("OVTA");
  });
});
