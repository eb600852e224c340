import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { ArticleText } from "../../article-text.ts";
import { EntityRegistry } from "../../entities/entity-registry.ts";
import { shortClauseLead } from "./short-clause-lead.ts";

/** The name the sieve alone gives the first quotation of `body` (null: it abstains). */
function sieveSpeaker(body: string): string | null {
  const text = new ArticleText(handBuiltArticle(body));
  const registry = new EntityRegistry(text);
  const found = shortClauseLead(text, registry, text.quotations[0]!);
  return typeof found?.speaker === "number" ? registry.nameOf(found.speaker) : null;
}

describe("a quoted sentence after a short clause of a name and its verb", () => {
  it("is the words of the name, whatever the verb", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "In The Tide Song, Ada Lund sings, “Nobody rows alone in the dark.” With the port closing, few are listening.",
    );
    expect(speakerOf(x, "Nobody rows alone")).toBe("Ada Lund");
  });

  it("reads the clause after an opening phrase, with a dash after the quotation", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Yet despite the talk that he is a dreamer - at their first debate, Ivo Vint cracked, “I dream, but I dream of finished quays” - he has passed more laws than most.",
    );
    expect(speakerOf(x, "I dream, but")).toBe("Ivo Vint");
  });

  it("leaves the quotation unknown when the name only modifies the subject", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "At the harbour meeting, the Vint supporter retorted, “There is no room for the ferries.”",
    );
    expect(speakerOf(x, "There is no room")).not.toBe("Ivo Vint");
  });

  it("leaves a quoted phrase in lowercase to the other sieves", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "The crowd jeered, and Tessa Moor simply waved, “bye for now,” toward the stands.",
    );
    expect(speakerOf(x, "bye for now")).not.toBe("Tessa Moor");
  });

  it("takes the name that opens the clause, read alone", () => {
    expect(
      sieveSpeaker("Ada Lund met crews. At the pier, Ada Lund shot back, “Not on my watch.”"),
    ).toBe("Ada Lund");
  });

  it("abstains on a clause with a form of “be” (the name is spoken to)", () => {
    expect(
      sieveSpeaker("Ada Lund met crews. At the gate, Ada Lund was told again, “The docks close.”"),
    ).toBeNull();
  });

  it("abstains when another capitalised word follows the name", () => {
    expect(
      sieveSpeaker("Ada Lund met crews. At the pier, Ada Lund turned to Vint, “The docks close.”"),
    ).toBeNull();
  });

  it("abstains on a pronoun", () => {
    expect(
      sieveSpeaker("Ada Lund met crews. At the pier, she shot back, “Not on my watch.”"),
    ).toBeNull();
  });
});
