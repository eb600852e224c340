import type { Extraction, Quote } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";
import { creditedToLastNamed, cuePronoun, genderAllows } from "./speaker-naming.ts";

/** Whether the quote holding `words` in an invented article is read back to its last named person. */
function readBack(text: string, words: string): boolean | null {
  const article = handBuiltArticle(text);
  const extraction = extractArticle(article);
  const quote = extraction.quotes.find((q) => q.direct && q.text.includes(words));
  if (!quote) return null;
  return creditedToLastNamed(quote, extraction, article.body);
}

describe("creditedToLastNamed", () => {
  it("reads a he-said quote back to the person named just before it", () => {
    const text =
      "The ferry service resumed on Monday.\n\nHarbour master Omar Pell said the crossing was calm.\n\n" +
      '"We waited three weeks for this crossing," he said.';
    expect(readBack(text, "We waited three weeks")).toBe(true);
  });

  it("does not when another person is named between the speaker and the quote", () => {
    const body =
      "Omar Pell spoke first. Then Tomas Briar spoke.\n\n" + '"We waited three weeks," he said.';
    const at = (text: string) => ({
      articleId: "a",
      start: body.indexOf(text),
      end: body.indexOf(text) + text.length,
    });
    const person = (id: string, name: string) => ({
      id,
      kind: "person",
      name,
      unnamed: false,
      mentions: [{ text: name, span: at(name), form: "name", ambiguous: false }],
    });
    // Extraction credited Pell: with Briar named in between, "he" is not read back for sure.
    const extraction = {
      entities: [person("p", "Omar Pell"), person("b", "Tomas Briar")],
    } as unknown as Extraction;
    const quote: Quote = {
      id: "q",
      span: at("We waited three weeks"),
      text: "We waited three weeks",
      direct: true,
      speakerId: "p",
      speakerStatus: "resolved",
      cue: at("he said"),
      occasion: null,
      via: null,
    };
    expect(creditedToLastNamed(quote, extraction, body)).toBe(false);
    expect(creditedToLastNamed({ ...quote, speakerId: "b" }, extraction, body)).toBe(true);
  });
});

describe("genderAllows", () => {
  it("refuses a he or she the given name contradicts, and allows an unknown one", () => {
    expect(genderAllows("he", "Maria Holt")).toBe(false);
    expect(genderAllows("she", "Maria Holt")).toBe(true);
    expect(genderAllows("he", "Holt")).toBe(true);
    expect(genderAllows(null, "Maria Holt")).toBe(true);
  });

  it("reads the pronoun of the attribution words", () => {
    const body = '"The tide was with us," she said.';
    const quote = {
      id: "q",
      span: { articleId: "a", start: 1, end: 21 },
      text: "The tide was with us",
      direct: true,
      speakerId: null,
      speakerStatus: "unknown" as const,
      cue: { articleId: "a", start: 24, end: 32 },
      occasion: null,
      via: null,
    };
    expect(cuePronoun(quote, body)).toBe("she");
  });
});
