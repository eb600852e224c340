import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { sievedQuotes } from "../../attribution/sieved-quotes.ts";

/** A man known only by a cue ("Vint said"), named again bare as a sentence's subject before "he said". */
const story = (opening: string) =>
  [
    "Vint has pushed the harbour plan for years. “It is the best chance we have had,” Vint said on Saturday.",
    "Ted Kessler, a trade expert, welcomed the plan. Kessler said: “No port has done it yet.”",
    `${opening}, for all the progress he won from the council, seems to agree. “We do not yet know what will work best,” he said.`,
  ].join("\n\n");

function lastSpeaker(body: string): string | null {
  const { registry, drafts } = sievedQuotes(handBuiltArticle(body));
  const draft = drafts.find((d) => body.slice(d.start, d.end).startsWith("We do not"))!;
  return typeof draft.speaker === "number" ? registry.nameOf(draft.speaker) : null;
}

describe("a he/she goes to a person a cue named, named again as the subject just before", () => {
  it("“And Vint, for all …, seems to agree. “…,” he said.” → Vint, not the expert named before", () => {
    expect(lastSpeaker(story("And Vint"))).toBe("Vint");
  });

  it("a possessor is no subject: the registry's reading stands", () => {
    expect(lastSpeaker(story("And Vint’s deputy"))).toBe("Ted Kessler");
  });
});

/** A man known only by a cue, named bare again after an opening phrase, before "he said". */
const courtStory = (third: string) =>
  [
    "“The pier is late,” Vint said on Saturday.",
    "Ivo Kessler, a trade expert, welcomed the harbour plan on Sunday.",
    `${third} “We will see what the judge decides,” he said.`,
  ].join("\n\n");

function courtSpeaker(body: string): string | null {
  const { registry, drafts } = sievedQuotes(handBuiltArticle(body));
  const draft = drafts.find((d) => body.slice(d.start, d.end).startsWith("We will see"))!;
  return typeof draft.speaker === "number" ? registry.nameOf(draft.speaker) : null;
}

describe("a he/she goes to a person a cue named, named bare anywhere as a sentence's first person", () => {
  it("“In court on Monday, Vint, in a grey suit, said little.” → Vint, not the expert before", () => {
    expect(courtSpeaker(courtStory("In court on Monday, Vint, in a grey suit, said little."))).toBe(
      "Vint",
    );
  });

  it("“And even Vint tried to help.” → Vint", () => {
    expect(courtSpeaker(courtStory("And even Vint tried to help."))).toBe("Vint");
  });

  it("after another person of its sentence the name is no subject: the registry's reading stands", () => {
    expect(courtSpeaker(courtStory("On Monday, Kessler thanked Vint for the help."))).toBe(
      "Ivo Kessler",
    );
  });

  it("a lone English word a cue made a person is not read bare (“Harbour”)", () => {
    const body = [
      "“The pier is late,” Harbour said on Saturday.",
      "Ivo Kessler, a trade expert, welcomed the harbour plan on Sunday.",
      "In court on Monday, Harbour, in a grey suit, said little. “We will see what the judge decides,” he said.",
    ].join("\n\n");
    expect(courtSpeaker(body)).toBe("Ivo Kessler");
  });
});
