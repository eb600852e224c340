import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { quotesAThing } from "./new-subject-name.ts";

describe("a main clause's subject first met at its verb", () => {
  it("speaks when its form is a name: two capitalised words, an acronym", () => {
    const x = extract(
      "The port vote drew a crowd of four hundred.",
      "In Northdale, Mayor Ada Lund released a statement Thursday night condemning “what looks like a reckless act.”",
      "On its website, the HTA lists “harbour safety as its first duty.”",
    );
    expect(speakerOf(x, "reckless act")).toBe("Ada Lund");
    expect(speakerOf(x, "harbour safety")).toBe("HTA");
  });

  it("abstains on a quotation naming a thing: after a determiner or a preposition of topic", () => {
    const before = (s: string) => quotesAThing(s, s.length - 1);
    expect(before("the HTA launched the “")).toBe(true);
    expect(before("provisions relating to “")).toBe(true);
    expect(before("whipping votes against “")).toBe(false);
    const x = extract(
      "The port vote drew a crowd of four hundred.",
      "Capitalizing on the mood, the HTA launched the “safe harbour for all initiative” in May.",
    );
    expect(speakerOf(x, "safe harbour for all")).toBeNull();
  });

  it("speaks as one sentence-opening word no English lexicon holds, never as an English word", () => {
    const x = extract(
      "Ada Lund spoke at the quay in May.",
      "Dockwatch obtained a video of the speech and said she “steered a middle ground” in her remarks.",
      "Audiences obtained a video of the speech and said she “was far too cautious” in her remarks.",
    );
    expect(speakerOf(x, "steered a middle ground")).toBe("Dockwatch");
    expect(speakerOf(x, "far too cautious")).not.toBe("Audiences");
  });
});
