import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";

/** Speakers of every quote holding `words`, in text order. */
function speakersOf(x: ReturnType<typeof extract>, words: string): (string | null)[] {
  return x.quotes
    .filter((q) => q.text.includes(words))
    .map((q) => x.entities.find((e) => e.id === q.speakerId)?.name ?? null);
}

describe("a quotation printed twice is one remark", () => {
  it("the pull quote takes the speaker its other copy has", () => {
    const x = extract(
      "The harbour levy split the council on Monday.",
      "“The levy will drive every ship from this port and every docker out of work.”",
      "Ada Roe, who chairs the council, put it plainly in the debate.",
      "“The levy will drive every ship from this port and every docker out of work,” Roe said.",
    );
    expect(speakersOf(x, "drive every ship")).toEqual(["Ada Roe", "Ada Roe"]);
  });

  it("abstains on a short quotation and on copies with different speakers", () => {
    const x = extract(
      "The levy split the council on Monday.",
      "“Not one ship.”",
      "“We will not pay this levy and we will not load a single ship.”",
      "The vote was held on Tuesday.",
      "“Not one ship,” Ada Roe said.",
      "“We will not pay this levy and we will not load a single ship,” Ada Roe said.",
      "“We will not pay this levy and we will not load a single ship,” Ivo Vint said later.",
    );
    expect(speakersOf(x, "Not one ship")[0]).toBeNull();
    expect(speakersOf(x, "load a single ship")[0]).toBeNull();
  });
});
