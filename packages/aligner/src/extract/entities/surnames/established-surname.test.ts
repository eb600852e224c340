import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";

function speakerOf(body: string, start: string): string | null {
  const x = extractArticle(handBuiltArticle(body));
  const quote = x.quotes.find((q) => q.text.startsWith(start));
  return x.entities.find((e) => e.id === quote?.speakerId)?.name ?? null;
}

/** Sentences naming no one: the last person named is too far back to be the focus. */
const AWAY =
  "The pier is two hundred metres long. The old one burnt down in winter. " +
  "Ferries will call twice a day. Fishing boats keep the east side. " +
  "Tickets go on sale next week. The café opens in May. The lighthouse was repainted.";

const IVO = "Ivo Lund, the harbour master, opened the new pier on Monday. ";
const QUOTE = " “The port will reopen in spring,” Lund said.";

describe("a bare surname stays with the person who had it first", () => {
  it("'Lund said' after Mira Lund is named goes to Ivo Lund, called Lund before her", () => {
    const body = `${IVO}Lund spoke for twenty minutes. His sister, Mira Lund, runs the ferries. ${AWAY}${QUOTE}`;
    expect(speakerOf(body, "The port will reopen")).toBe("Ivo Lund");
  });

  it("with no bare 'Lund' before Mira Lund is named, the surname stays ambiguous", () => {
    const body = `${IVO}His sister, Mira Lund, runs the ferries. ${AWAY}${QUOTE}`;
    expect(speakerOf(body, "The port will reopen")).toBeNull();
  });

  it("once the article has called both of them 'Lund', it picks neither", () => {
    const body =
      `${IVO}Lund spoke for twenty minutes. His sister, Mira Lund, runs the ferries. ` +
      `Lund bought two boats last year. ${AWAY}${QUOTE}`;
    expect(speakerOf(body, "The port will reopen")).toBeNull();
  });
});

describe("a bare surname after 'Ms. Lund' is not the other Lund by default", () => {
  it("'Lund said' right after Ms. Lund spoke goes to her, not to Ivo Lund named in full", () => {
    const body = `${IVO}The crowd was large. “We lost our boat,” Ms. Lund said. “It hurts,” Lund said.`;
    const x = extractArticle(handBuiltArticle(body));
    const names = x.quotes.map((q) => x.entities.find((e) => e.id === q.speakerId)?.name ?? null);
    expect(names).toEqual(["Ms. Lund", "Ms. Lund"]);
  });
});
