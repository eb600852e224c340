import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

// A typo: no space after the closing mark ("…,"Ada Lund, who …") — the cue after it is still read.
describe("a longer trailing cue glued to the closing mark", () => {
  it('"…,"Ada Lund, who is chairman of the Harbour Trust said … → Lund, and the next quotation', () => {
    const x = extract(
      "Ivo Vint spoke in Orvale on Monday.",
      '"This new ad raises questions about Ivo Vint. His campaign fails the port,"Ada Lund, who ' +
        'is chairman of the Harbour Trust said in a statement. "More and more, Vint looks weak."',
    );
    expect(speakerOf(x, "His campaign fails the port")).toBe("Ada Lund");
    expect(speakerOf(x, "Vint looks weak")).toBe("Ada Lund");
  });

  it("not after a mark closing on a letter: an opening mark glued to a word stays unread", () => {
    const x = extract(
      "Ivo Vint spoke in Orvale on Monday.",
      'The Harbour Trust ran an ad about "the port"Ada Lund, who is chairman of the Trust said.',
    );
    expect(speakerOf(x, "the port")).not.toBe("Ada Lund");
  });
});
