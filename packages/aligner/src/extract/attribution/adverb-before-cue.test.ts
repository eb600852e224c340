import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../../test/support/quote-speakers.ts";

// `…, but now said “…”` / `…, recently telling “…”`: adverbs between the conjunction or comma and
// the verb are read past, so the clause's subject speaks, not the object named nearest the verb.

describe("adverbs before a coordinated or participle cue", () => {
  it("gives the sentence's subject, not the person named nearest the verb", () => {
    const x = extractParagraphs(
      "Rep. Ivo Vint used to support fellow islander Ada Lund, but now said “she has lost her way.”",
      "Ada Lund has voiced worry about her debate with Per Roe later this month, recently telling a friend “she dreads it.”",
    );
    expect(speakerOf(x, "lost her way")).toBe("Ivo Vint");
    expect(speakerOf(x, "dreads it")).toBe("Ada Lund");
  });

  it("keeps a subject before an adverb ('Roe later said')", () => {
    const x = extractParagraphs("Ivo Vint later said “the storm is over.”");
    expect(speakerOf(x, "storm is over")).toBe("Ivo Vint");
  });
});
