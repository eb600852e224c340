import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { sievedQuotes } from "../attribution/sieved-quotes.ts";

function speakerOf(body: string, quoteStart: string): string | null {
  const { registry, drafts } = sievedQuotes(handBuiltArticle(body));
  const draft = drafts.find((d) => d.direct && body.slice(d.start, d.end).startsWith(quoteStart));
  return typeof draft?.speaker === "number" ? registry.nameOf(draft.speaker) : null;
}

describe("a he/she goes back to the sentence's subject, not a person named as a possessor", () => {
  it("As for Vint’s gaffe, Lund laughed it off. “…,” he said. → Lund", () => {
    const body = [
      "Critics of Senator Amos Vint gathered in Salem on Friday, among them the lawyer Piet Lund.",
      "As for Vint’s gaffe about the harbour, Lund laughed it off. “I needed a good laugh,” he said.",
    ].join("\n\n");
    expect(speakerOf(body, "I needed")).toBe("Piet Lund");
  });

  it("keeps a possessor when nobody else could be meant", () => {
    const body = [
      "Senator Amos Vint toured the docks on Friday.",
      "Vint’s speech drew a crowd. “We will keep it open,” he said.",
    ].join("\n\n");
    expect(speakerOf(body, "We will")).toBe("Amos Vint");
  });
});
