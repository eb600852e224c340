import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { sievedQuotes } from "../sieved-quotes.ts";

/** The speaker the rule sieves give (before the speaker ranker, which may guess on its own). */
function sievedSpeaker(paragraphs: string[], opening: string): string | null {
  const body = paragraphs.join("\n\n");
  const { registry, drafts } = sievedQuotes(handBuiltArticle(body));
  const draft = drafts.find((d) => body.slice(d.start, d.end).startsWith(opening))!;
  return typeof draft.speaker === "number" ? registry.nameOf(draft.speaker) : null;
}

describe("continued paragraph: a quotation paragraph after its speaker's doing", () => {
  it("goes on the paragraph's one quoted speaker when a he/she or the name closes it", () => {
    const x = extract(
      "Ivo Vint spoke at the Harbour Hall on Monday.",
      "“We are going to build a new quay,” Vint added. He then had a question for the crowd.",
      "“Who is going to pay for it?”",
      "“The dockers will be back by spring,” Ada Lund said. Lund then turned to the pilots.",
      "“You kept this port alive through the winter.”",
    );
    expect(speakerOf(x, "Who is going to pay")).toBe("Ivo Vint");
    expect(speakerOf(x, "kept this port alive")).toBe("Ada Lund");
  });

  it("gives an issued message to the clause's named subject", () => {
    const x = extract(
      "Ivo Vint spoke at the Harbour Hall on Monday.",
      "At Ada Roe's request, the Harbour Board issued a statement on Tuesday about the late ferries, which had stranded hundreds of commuters.",
      "“We regret the delays and will refund every ticket sold this month.”",
    );
    expect(speakerOf(x, "We regret the delays")).toBe("Harbour Board");
  });

  it("abstains when someone else opens the closing sentence", () => {
    const story = [
      "Ivo Vint spoke at the Harbour Hall on Monday.",
      "“We are going to build a new quay,” Vint added. Ada Lund then had a question for him.",
      "“Who is going to pay for it?”",
    ];
    expect(sievedSpeaker(story, "Who is going to pay")).toBeNull();
  });

  it("abstains on a passive: the message is someone else's", () => {
    const passive = [
      "Ivo Vint spoke at the Harbour Hall on Monday.",
      "Ada Lund was sent a letter by the board.",
      "“We offer a deep apology to the pilots.”",
    ];
    expect(sievedSpeaker(passive, "We offer a deep apology")).toBeNull();
  });

  it("abstains when the quotation names the person", () => {
    const story = [
      "Ivo Vint spoke at the Harbour Hall on Monday.",
      "“The quay will open in May,” Ada Lund said. She then had a message for the crews.",
      "“Lund will never let the port close.”",
    ];
    expect(sievedSpeaker(story, "Lund will never let")).toBeNull();
  });
});
