import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { ArticleText } from "../../article-text.ts";
import { laterCue } from "./main-clause-subject.ts";

/** Whether `laterCue` finds another speaker's cue after the first quotation of `body`. */
function cueAfterQuotation(body: string): boolean {
  const text = new ArticleText(handBuiltArticle(body));
  const quotation = text.quotations[0]!;
  return laterCue(text, quotation.close, text.sentenceAt(quotation.open)!.span.end);
}

// laterCue (main-clause-subject.ts): a reporting verb form after the quotation that has no
// subject of its own brings no second speaker.
describe("a reduced passive clause after the quotation is no other speaker's cue", () => {
  it("reads past `when questioned about …`, `if pressed`, `once warned`", () => {
    expect(
      cueAfterQuotation(
        "Lund clashed with Vint, chiding him, “Why now?” when questioned about it.",
      ),
    ).toBe(false);
    expect(cueAfterQuotation("Vint called it “a slow disaster” if pressed on the berths.")).toBe(
      false,
    );
    expect(cueAfterQuotation("Vint called it “a slow disaster” once warned of the cuts.")).toBe(
      false,
    );
  });

  it("still stops at an agent after the participle or a subordinate clause's own subject", () => {
    expect(cueAfterQuotation("Vint called it “a slow disaster” when asked by Lund.")).toBe(true);
    expect(cueAfterQuotation("Vint called it “a slow disaster” when Lund argued it.")).toBe(true);
  });
});

describe("a bare `told`/`said` after a form of be is a passive, no other speaker's cue", () => {
  it("reads past `were told of …`, `was said to …`", () => {
    expect(
      cueAfterQuotation("Vint called it “a slow disaster” after the crews were told of the cuts."),
    ).toBe(false);
    expect(
      cueAfterQuotation("Vint called it “a slow disaster” though the plan was said to be dead."),
    ).toBe(false);
  });

  it("still stops at an agent after it", () => {
    expect(
      cueAfterQuotation("Vint called it “a slow disaster” after the crews were told by Lund."),
    ).toBe(true);
  });

  it("credits the main clause's subject past `was told`", () => {
    const x = extract(
      'Harbour mayor Ivo Vint defended the plan as a "fair deal for crews" Tuesday, weeks after the board was told it was dead.',
    );
    expect(speakerOf(x, "fair deal for crews")).toBe("Ivo Vint");
  });
});

describe("an infinitive after the quotation is no other speaker's cue", () => {
  it("credits the subject of a `While X, …, laid out` clause when the main clause's reporting verb is an infinitive", () => {
    const x = extract(
      "Ada Lund and Ivo Vint spoke at the Harbour Hall on Tuesday.",
      "While Ms. Lund, speaking for the dockers, laid out a vision for “a port that pays every crew” in her speech, Ivo Vint used his own to call the plan a fantasy.",
    );
    expect(speakerOf(x, "a port that pays every crew")).toBe("Ada Lund");
  });

  it("still stops at a finite reporting verb of another subject", () => {
    expect(
      cueAfterQuotation("Lund laid out “a port for all” and Vint used it to call her out."),
    ).toBe(false);
    expect(cueAfterQuotation("Lund laid out “a port for all” and Vint called it a fantasy.")).toBe(
      true,
    );
  });
});
