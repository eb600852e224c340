import { describe, expect, it } from "vitest";
import { extractParagraphs, personNames } from "../../../../test/support/quote-speakers.ts";

describe("a speaker phrase opening with a verb", () => {
  it("describes no one", () => {
    const x = extractParagraphs(
      "Ada Roe and Ivo Vint spoke on Monday.",
      "Dockers and others who want to close the port said the vote was unfair.",
    );
    expect(personNames(x)).toEqual(["Ada Roe", "Ivo Vint"]);
  });

  it("leaves a noun after `according to`, which wink reads as a verb", () => {
    const x = extractParagraphs(
      "The ferry strike went on, according to people close to the union.",
    );
    expect(personNames(x)).toEqual(["people close to the union"]);
  });

  it("a participle opening its sentence, its object and a participle cue are a clause, no one", () => {
    const x = extractParagraphs(
      "Ivo Vint got a heated reception outside a Norland coffee shop.",
      "Holding signs calling Vint “Norland’s Biggest Loser,” the protesters chanted “Vint: bad for Norland.”",
    );
    expect(personNames(x)).toEqual(["Ivo Vint", "the protesters"]);
    // A finite cue after such a phrase: the phrase describes its speakers.
    const y = extractParagraphs(
      "The port was shut on Monday.",
      "Visiting scholars told the council “the quay is unsafe.”",
    );
    expect(personNames(y)).toEqual(["Visiting scholars"]);
  });
});

describe("a speaker phrase opening with a subordinator", () => {
  it("names the clause's subject", () => {
    const x = extractParagraphs(
      "The ferry line may never match the bridge, although its managers say the crossings are full.",
    );
    expect(personNames(x)).toEqual(["its managers"]);
  });
});

describe("a one-word speaker phrase", () => {
  it("names no one when wink reads it as an adverb", () => {
    const x = extractParagraphs("Ada Roe spoke in Castlebay. “It is unsafe,” well said the crews.");
    expect(personNames(x)).toEqual(["Ada Roe"]);
  });
});
