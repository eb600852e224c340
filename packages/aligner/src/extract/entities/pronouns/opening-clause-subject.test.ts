import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { sievedQuotes } from "../../attribution/sieved-quotes.ts";

/** Two men named in full, then a sentence naming both, then “…,” he said. */
const story = (third: string) =>
  [
    "Ivo Kessler chairs the Harbour Council. Amos Vint runs the port for the city.",
    `${third} “We will see what the tide brings,” he said.`,
  ].join("\n\n");

function speaker(body: string): string | null {
  const { registry, drafts } = sievedQuotes(handBuiltArticle(body));
  const draft = drafts.find((d) => body.slice(d.start, d.end).startsWith("We will see"))!;
  return typeof draft.speaker === "number" ? registry.nameOf(draft.speaker) : null;
}

describe("a he/she after a sentence opening with a clause takes the main clause's subject", () => {
  it("“When Kessler asked about the pier, Vint shrugged.” → Vint", () => {
    expect(speaker(story("When Kessler asked about the pier, Vint shrugged."))).toBe("Amos Vint");
  });

  it("a title before the main subject: “After Kessler spoke, the Mayor Vint shrugged.”", () => {
    expect(speaker(story("After Kessler spoke, the Mayor Vint shrugged."))).toBe("Amos Vint");
  });

  it("no opening clause: the first person stays the subject", () => {
    expect(speaker(story("Kessler told Vint about the pier on Monday."))).toBe("Ivo Kessler");
  });

  it("a main clause with no person for a subject leaves the first person", () => {
    expect(speaker(story("When Kessler asked about the pier, the council shrugged."))).toBe(
      "Ivo Kessler",
    );
  });

  it("a possessor after the comma is no main subject", () => {
    expect(speaker(story("When Kessler asked about the pier, Vint’s aide shrugged."))).toBe(
      "Ivo Kessler",
    );
  });

  it("in the pronoun's own sentence too: “After the murder of Father Hale, Vint asserted …: “…,” he said.”", () => {
    const body = [
      "Ivo Kessler chairs the Harbour Council. Amos Vint runs the port for the city.",
      "After the brutal murder of Father Tomas Hale in Norland, Vint asserted that the city had changed: “We will see what the tide brings,” he said.",
    ].join("\n\n");
    expect(speaker(body)).toBe("Amos Vint");
  });

  it("an opening clause led by a time adverb: “Soon after …, Vint asserted …: “…,” he said.”", () => {
    const body = [
      "Ivo Kessler chairs the Harbour Council. Amos Vint runs the port for the city.",
      "Soon after the brutal murder of Father Tomas Hale in Norland, Vint asserted that the city had changed: “We will see what the tide brings,” he said.",
    ].join("\n\n");
    expect(speaker(body)).toBe("Amos Vint");
  });
});
