import type { Extraction } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../test/support/quote-speakers.ts";

// An outlet as the subject of "reported", and the later forms of a trailing outer report.

function credited(x: Extraction, words: string): { name: string | null; kind: string | null } {
  const quote = x.quotes.find((q) => q.direct && q.text.includes(words));
  if (quote === undefined) throw new Error(`no direct quote with "${words}"`);
  const id = quote.via ? quote.via.entityId : quote.speakerId;
  const entity = x.entities.find((e) => e.id === id);
  return { name: entity?.name ?? null, kind: entity?.kind ?? null };
}

const OPENING = "Ada Lund and Ivo Vint spoke in Orrin on Monday about the harbour tax.";

describe("an outlet nobody named before, as the subject of “reported”", () => {
  it("makes “The Beacon reported” an organisation, never a person", () => {
    const x = extract(OPENING, "“The vote was 12 to 9,” The Beacon reported.");
    expect(credited(x, "The vote was")).toEqual({ name: "Beacon", kind: "organization" });
  });

  it("reads past “the” and an adverb before the verb", () => {
    const x = extract(
      OPENING,
      "“The cranes are idle,” the Harbour Examiner reported.",
      "“The fire began near the docks,” Harbour Watch first reported.",
    );
    expect(credited(x, "cranes are idle")).toEqual({
      name: "Harbour Examiner",
      kind: "organization",
    });
    expect(credited(x, "fire began")).toEqual({ name: "Harbour Watch", kind: "organization" });
  });

  it("leaves a correspondent with a given name unknown", () => {
    const x = extract(OPENING, "“The cranes are idle,” Jane Orrick reported.");
    expect(credited(x, "cranes are idle").kind).not.toBe("organization");
  });

  it("makes an outlet of a given name after “the”", () => {
    const x = extract(
      OPENING,
      "“The cranes are idle,” The Phoenix reported.",
      "“The fire began near the docks,” Sierra reported.",
    );
    expect(credited(x, "cranes are idle")).toEqual({ name: "Phoenix", kind: "organization" });
    expect(credited(x, "fire began").kind).not.toBe("organization");
  });

  it("makes no outlet of a common noun opening the sentence", () => {
    const x = extract(OPENING, "Figures reported on Sunday suggest that Vint is “far ahead.”");
    expect(credited(x, "far ahead").name).not.toBe("Figures");
  });
});

describe("a trailing outer report in its other forms", () => {
  it("credits the outlet of “…, reports the Harbour Examiner.”", () => {
    const x = extract(
      OPENING,
      "“We are not welcome,” said Cy Moss, director of Harbour First, reports the Harbour Examiner.",
    );
    expect(credited(x, "not welcome").name).toBe("Harbour Examiner");
  });

  it("credits the outlet of “…, the Examiner reported in 1991.” after the inner cue", () => {
    const x = extract(
      OPENING,
      "The Harbour Examiner covered the port.",
      "“It was a favour,” Vint said at the time, the Harbour Examiner reported in 1991.",
    );
    expect(credited(x, "It was a favour").name).toBe("Harbour Examiner");
  });
});
