import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { sievedQuotes } from "../sieved-quotes.ts";

function speakerOf(body: string, opening: string): string | null {
  const { registry, drafts } = sievedQuotes(handBuiltArticle(body));
  const draft = drafts.find((d) => body.slice(d.start, d.end).startsWith(opening))!;
  return typeof draft.speaker === "number" ? registry.nameOf(draft.speaker) : null;
}

const story = (last: string) =>
  [
    "Ivo Kessler, a trade expert, spoke at the harbour fair on Monday.",
    "“The old rules no longer hold for a port like ours,” Amos Vint wrote in a letter to the council.",
    "“The pier will be ready long before the spring tides,” he continued.",
    last,
  ].join("\n\n");

describe("a quotation continuing one whose he/she a sieve resolved takes its speaker", () => {
  it("“…,” he continued. ¶ “…” → the speaker of “he continued”", () => {
    const body = story("“We owe it to the fishermen who waited so long for it.”");
    expect(speakerOf(body, "The pier will")).toBe("Amos Vint");
    expect(speakerOf(body, "We owe it")).toBe("Amos Vint");
  });

  it("a label in quotation marks continues no one", () => {
    expect(speakerOf(story("“Related:”"), "Related")).toBeNull();
  });
});
