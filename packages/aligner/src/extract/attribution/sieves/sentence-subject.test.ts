import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("sentence subject: quoted speech after a verb that reports none", () => {
  it("He has directed ''…. And I think …'': the earlier speaker's words, not the subject's", () => {
    const x = extract(
      "Ivo Vint runs the Harbour Board.",
      "But Mr. Vint's ''plan has been slow,'' Ada Roe said. He has directed ''a long reshuffle that has gone on for years. And I think staff are tired.''",
    );
    expect(speakerOf(x, "long reshuffle")).toBe("Ada Roe");
  });

  it("a phrase after a verb of judging, or one quoted sentence, stays the subject's", () => {
    const x = extract(
      "Ada Lund blasted the plan as “a slow disaster.”",
      "Ivo Vint has directed the port's “long reshuffle” since May.",
    );
    expect(speakerOf(x, "slow disaster")).toBe("Ada Lund");
    expect(speakerOf(x, "long reshuffle")).toBe("Ivo Vint");
  });
});

describe("sentence subject: speech introduced or reported stays the subject's", () => {
  it("a colon, or a reporting verb between the verb and the mark", () => {
    const x = extract(
      "Ivo Vint returned to the quay at a rally in Castlebay, where he spoke: “The port is ours. I think that's fine.”",
      "Band member Ada Roe shared the news online, writing “Feels great to help. The money is there for the quay.”",
    );
    expect(speakerOf(x, "port is ours")).toBe("Ivo Vint");
    expect(speakerOf(x, "Feels great")).toBe("Ada Roe");
  });
});
