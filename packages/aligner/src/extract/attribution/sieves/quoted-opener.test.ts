import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { ArticleText } from "../../article-text.ts";
import { EntityRegistry } from "../../entities/entity-registry.ts";
import { mainClauseSubject } from "./main-clause-subject.ts";
import { mainClauseAfterQuotedOpener } from "./quoted-opener.ts";

/** The text of the main clause the reader finds before the last quotation of `body` (null: none). */
function mainClause(body: string): string | null {
  const text = new ArticleText(handBuiltArticle(body));
  const open = text.quotations[text.quotations.length - 1]!.open;
  const from = mainClauseAfterQuotedOpener(text, text.sentenceAt(open)!.span.start, open);
  return from === null ? null : text.body.slice(from, open).trim();
}

/** The name the main-clause sieve alone gives the last quotation of `body` (null: it abstains). */
function sieveSpeaker(body: string): string | null {
  const text = new ArticleText(handBuiltArticle(body));
  const registry = new EntityRegistry(text);
  const found = mainClauseSubject(text, registry, text.quotations[text.quotations.length - 1]!);
  return typeof found?.speaker === "number" ? registry.nameOf(found.speaker) : null;
}

describe("a quoted fragment after an opening clause that holds another speaker's quotation", () => {
  it("is the main clause subject's, and the opening clause's quotation stays its speaker's", () => {
    const x = extract(
      "Ivo Vint runs the port.",
      "After Ed Moss called the plan “a disgrace,” Ivo Vint thanked Ada Roe for “taking these steps.”",
      "And, in a clip that Judge Ed Moss called “distasteful,” Ivo Vint expressed a desire to “try the mayor in open court.”",
    );
    expect(speakerOf(x, "taking these steps")).toBe("Ivo Vint");
    expect(speakerOf(x, "a disgrace")).toBe("Ed Moss");
    expect(speakerOf(x, "try the mayor")).toBe("Ivo Vint");
    expect(speakerOf(x, "distasteful")).toBe("Ed Moss");
  });

  it("starts the main clause after the comma closing the opening clause, inside or after the mark", () => {
    expect(
      mainClause("After Moss called it “a disgrace,” Vint thanked Roe for “taking these steps.”"),
    ).toBe("Vint thanked Roe for");
    expect(
      mainClause("In a clip Moss called “distasteful” in May, Vint urged Roe to “step down.”"),
    ).toBe("Vint urged Roe to");
  });

  it("reads no main clause when the sentence opens otherwise or the marks leave doubt", () => {
    // No opening clause: the first quotation is the subject's own, or a second clause follows.
    expect(
      mainClause("Moss called it “a disgrace,” and Vint urged Roe to “step down.”"),
    ).toBeNull();
    expect(mainClause("The so-called “Harbour plan,” Vint said, is “dead.”")).toBeNull();
    // No comma after the opening clause's quotation, or another quotation after that comma.
    expect(
      mainClause("In “Harbour Nights” Vint plays a pilot who calls it “a slow disaster.”"),
    ).toBeNull();
    expect(
      mainClause("After Moss called it “a disgrace,” “a farce” was Vint’s word for “the plan.”"),
    ).toBeNull();
  });

  it("still abstains when the main clause's subject is no person the registry knows", () => {
    expect(
      sieveSpeaker(
        "After Ed Moss called the plan “a disgrace,” the council voted to “keep every crew at work.”",
      ),
    ).toBeNull();
  });
});

describe("scare quotes with no speaking subject stay unknown", () => {
  it("leaves a so-called label and what critics call to no one", () => {
    const x = extract(
      "Ivo Vint runs the port.",
      "The so-called “Norland plan” passed.",
      "The plan is what critics call “a slow disaster.”",
    );
    expect(speakerOf(x, "Norland plan")).toBeNull();
    expect(speakerOf(x, "a slow disaster")).toBeNull();
  });
});
