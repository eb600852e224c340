import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { sievedQuotes } from "../../attribution/sieved-quotes.ts";

describe("a he/she goes back to the sentence's subject, not a person named as a possessor", () => {
  it.each([
    [
      "As for Vint’s gaffe, Lund laughed it off. “…,” he said. → Lund",
      "Critics of Senator Amos Vint gathered in Salem on Friday, among them the lawyer Piet Lund.\n\nAs for Vint’s gaffe about the harbour, Lund laughed it off. “I needed a good laugh,” he said.",
      "Piet Lund",
    ],
    [
      "a possessor is kept when nobody else could be meant",
      "Senator Amos Vint toured the docks on Friday.\n\nVint’s speech drew a crowd. “I needed a good laugh,” he said.",
      "Amos Vint",
    ],
    [
      "“Lund’s been making the case” is Lund’s clause, not a possessor",
      "Senator Amos Vint and the lawyer Piet Lund met in Salem on Friday.\n\nLund’s been making the case for weeks that Vint isn’t ready. “I needed a good laugh,” he said.",
      "Piet Lund",
    ],
  ])("%s", (_title, body, speaker) => {
    const { registry, drafts } = sievedQuotes(handBuiltArticle(body));
    const draft = drafts.find((d) => d.direct && body.slice(d.start, d.end).startsWith("I needed"));
    expect(typeof draft?.speaker === "number" ? registry.nameOf(draft.speaker) : null).toBe(
      speaker,
    );
  });
});
