import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { dropSpeakersOfOtherGender } from "./pronoun-gender-guard.ts";
import { sievedQuotes } from "./sieved-quotes.ts";

const body = [
  "Ada Quill spoke at the harbour on Monday beside her aide, Peter Moss.",
  "“We are in this together,” she said.",
  "“The docks will stay open,” Peter Moss said.",
].join("\n\n");

describe("a he/she cue never names someone the pronoun cannot be", () => {
  it("clears a speaker whose given name is of the other gender", () => {
    const { registry, drafts } = sievedQuotes(handBuiltArticle(body));
    const draft = drafts.find((d) => body.slice(d.start, d.end).startsWith("We are in"))!;
    const peter = drafts.find((d) => body.slice(d.start, d.end).startsWith("The docks"))!.speaker;
    expect(registry.nameOf(draft.speaker as number)).toBe("Ada Quill");
    // As a pass that carries a speaker along might have left it: the man for "she said".
    draft.speaker = peter;
    dropSpeakersOfOtherGender(registry.text, registry, drafts);
    expect(draft.speaker).toBeNull();
    expect(draft.cue).toBeNull();
  });

  it("keeps a speaker the pronoun can be, and a named cue whatever the name", () => {
    const { registry, drafts } = sievedQuotes(handBuiltArticle(body));
    dropSpeakersOfOtherGender(registry.text, registry, drafts);
    const names = drafts.map((d) =>
      typeof d.speaker === "number" ? registry.nameOf(d.speaker) : null,
    );
    expect(names).toEqual(["Ada Quill", "Peter Moss"]);
  });
});
