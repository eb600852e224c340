import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { person, personNames } from "../../../../test/support/entity-lookups.ts";
import { extractArticle } from "../../../extract-article.ts";
import { findAgedNames } from "./aged-names.ts";

const names = (body: string) => findAgedNames(body).map((n) => body.slice(n.start, n.end));

describe("a name followed by an age between commas is a person's", () => {
  it("reads names with unknown given names, particles and a bare surname, dropping descriptive words", () => {
    expect(
      names(
        "Ozren Valtkov, 41, was arrested. The American Ike Rahm, 35, lost. Police said Brasko, 49, fled. Dario Lo Vetro, 52, and Tamsin Oyelade, 11, were hurt.",
      ),
    ).toEqual(["Ozren Valtkov", "Ike Rahm", "Brasko", "Dario Lo Vetro", "Tamsin Oyelade"]);
  });

  it("never reads a pronoun, a quantifier, a month, a year or a common word opening a sentence", () => {
    expect(
      names(
        "Others, 12, were hurt. In May, 2012, the plant shut. On June 3, 14, no. Guards, 20, stood by while the guards slept. Officer, 30, was hurt.",
      ),
    ).toEqual([]);
  });

  it("the person is extracted, and a later bare surname is the same person", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Ozren Valtkov, 41, was arrested on Monday near the harbour.\n\nProsecutors said Valtkov had fled twice.",
      ),
    );
    expect(person(x, "Ozren Valtkov").mentions.map((m) => m.text)).toEqual([
      "Ozren Valtkov",
      "Valtkov",
    ]);
  });

  it("a full name before an age is its own person when someone else has that surname", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Sen. Dora Vetrak was driving on Monday.\n\nHer nephew Ozren Vetrak, 16, was hit by the car.",
      ),
    );
    expect(personNames(x)).toEqual(["Dora Vetrak", "Ozren Vetrak"]);
    expect(person(x, "Ozren Vetrak").mentions.map((m) => m.text)).toEqual(["Ozren Vetrak"]);
    expect(person(x, "Dora Vetrak").mentions.some((m) => m.text.includes("Ozren"))).toBe(false);
  });

  it("a possessive before an age is no new person ('Vance's, 33, acting')", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Laura Vance entered a clinic on Monday.\n\nVance's, 33, acting career had stalled, Vance said.",
      ),
    );
    expect(personNames(x)).toEqual(["Laura Vance"]);
  });
});
