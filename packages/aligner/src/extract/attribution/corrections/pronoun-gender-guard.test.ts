import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { givenNameGender } from "../../person-names.ts";
import { sievedQuotes } from "../sieved-quotes.ts";
import { dropSpeakersOfOtherGender } from "./pronoun-gender-guard.ts";

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

describe("a he/she introducing a quoted paragraph bounds its speaker", () => {
  const introduced = [
    "Ada Quill spoke at the harbour on Monday beside her aide, Peter Moss. She went on to say:",
    "“The docks will stay open and the cranes will run all winter.”",
    "“We are in this together,” Peter Moss said.",
  ].join("\n\n");

  it("clears a man lent to the paragraph after “She went on to say:”", () => {
    const { registry, drafts } = sievedQuotes(handBuiltArticle(introduced));
    const draft = drafts.find((d) => introduced.slice(d.start, d.end).startsWith("The docks"))!;
    const peter = drafts.find((d) => introduced.slice(d.start, d.end).startsWith("We are"))!;
    // As a later cue might have lent it: Peter Moss with his own cue, for "She went on to say:".
    draft.speaker = peter.speaker;
    draft.cue = peter.cue;
    dropSpeakersOfOtherGender(registry.text, registry, drafts);
    expect(draft.speaker).toBeNull();
    expect(registry.nameOf(peter.speaker as number)).toBe("Peter Moss");
  });

  it("keeps the woman the pronoun can be", () => {
    const { registry, drafts } = sievedQuotes(handBuiltArticle(introduced));
    const draft = drafts.find((d) => introduced.slice(d.start, d.end).startsWith("The docks"))!;
    const ada = registry.mentions.find((m) => introduced.slice(m.start, m.end) === "Ada Quill")!;
    draft.speaker = ada.entity;
    dropSpeakersOfOtherGender(registry.text, registry, drafts);
    expect(registry.nameOf(draft.speaker as number)).toBe("Ada Quill");
  });
});

describe("short and noun-like given names carry their gender", () => {
  // "Bill", "Bob", "Nick", "Sue" were listed with no gender: "she said" went to Bill Orrin.
  it("a she cue after a couple sharing a surname is never the husband's", () => {
    const text = [
      "With her husband, former Governor Bill Orrin, standing by her side, Ada Orrin has told her supporters that “we are in this together.”",
      "“This harbour is yours,” she said. “We will keep it open for every family that works it.”",
    ].join("\n\n");
    const { registry, drafts } = sievedQuotes(handBuiltArticle(text));
    const names = drafts
      .filter((d) => d.direct)
      .map((d) => (typeof d.speaker === "number" ? registry.nameOf(d.speaker) : null));
    expect(names).not.toContain("Bill Orrin");
  });

  it("gives the usual gender of names its lists had left open", () => {
    expect(["Bill", "Bob", "Nick", "Ray", "Frank"].map(givenNameGender)).toEqual(
      Array(5).fill("he"),
    );
    expect(["Sue", "Peg", "Sandy", "June"].map(givenNameGender)).toEqual(Array(4).fill("she"));
    // A name both lists hold and other lists disagree on stays open.
    expect(givenNameGender("Casey")).toBeNull();
  });
});
