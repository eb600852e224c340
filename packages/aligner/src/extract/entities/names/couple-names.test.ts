import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";
import { findCoupleNames } from "./couple-names.ts";

function people(body: string): string[] {
  return extractArticle(handBuiltArticle(body))
    .entities.filter((e) => e.kind === "person")
    .map((e) => e.name);
}

function speakers(body: string): (string | null)[] {
  const x = extractArticle(handBuiltArticle(body));
  return x.quotes.map((q) => x.entities.find((e) => e.id === q.speakerId)?.name ?? null);
}

describe("two given names before one surname name two people", () => {
  it("'Odran and Wilma Tessaly' gives Odran Tessaly and Wilma Tessaly", () => {
    expect(people("Odran and Wilma Tessaly spoke at the rally on Monday.")).toEqual([
      "Odran Tessaly",
      "Wilma Tessaly",
    ]);
  });

  it("'Mr. Tessaly' after the pair is Odran, 'Mrs. Tessaly' is Wilma", () => {
    const body =
      "Odran and Wilma Tessaly spoke at the rally on Monday. “We lost our son,” Mrs. Tessaly said. " +
      "“He was brave,” Mr. Tessaly said.";
    expect(speakers(body)).toEqual(["Wilma Tessaly", "Odran Tessaly"]);
  });

  it("a surname before 'and' is no given name: 'Ada Roe and Ivo Lund' stays two people", () => {
    const names = people("Ada Roe and Ivo Lund spoke at the rally on Monday. Ada Roe left early.");
    expect(names).toEqual(["Ada Roe", "Ivo Lund"]);
  });

  it("a one-name item of a list is left alone ('Brandy, Monica and Ivo Lund')", () => {
    const body = "The stars Brandy, Monica and Ivo Lund sang. Ivo Lund spoke.";
    expect(findCoupleNames(body, new Map([["Ivo Lund", "Lund"]]))).toEqual([]);
  });

  it("a word the article also writes alone or before another surname is a name of its own", () => {
    const body = "Odran and Wilma Tessaly spoke. Later Odran Bask arrived.";
    const found = new Map([
      ["Wilma Tessaly", "Tessaly"],
      ["Odran Bask", "Bask"],
    ]);
    expect(findCoupleNames(body, found)).toEqual([]);
  });

  it("'the Odran and Wilma Tessaly Chair' names a post, not people", () => {
    const body = "He holds the Odran and Wilma Tessaly Chair in economics.";
    expect(findCoupleNames(body, new Map([["Wilma Tessaly", "Tessaly"]]))).toEqual([]);
  });
});
