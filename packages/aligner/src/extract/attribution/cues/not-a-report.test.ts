import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a reporting-verb form that reports nothing", () => {
  it("'The hall echoed with the strains of “…”' gives the song no speaker", () => {
    const x = extract(
      "Ada Roe spoke last. The hall echoed with the strains of “Norland, Norland.” Screens glowed.",
    );
    expect(speakerOf(x, "Norland, Norland.")).toBeNull();
  });

  it("'Vint echoed the plea: “…”' still credits the one repeating it", () => {
    const x = extract("Ada Roe spoke first. Ivo Vint echoed the plea: “Stay home tonight.”");
    expect(speakerOf(x, "Stay home tonight")).toBe("Ivo Vint");
  });

  it("a past form after a determiner or a preposition is an adjective, never a cue", () => {
    const x = extract(
      "Ada Roe and Ivo Vint ran in the Norland primary.",
      "But as Roe extends her lead in pledged delegates, Vint must now face the fact that he has almost no chance of winning.",
      "Vint kept his declared goal of $1 billion, a sum that would need a lot of donors.",
    );
    const given = (words: string) =>
      x.quotes.filter((q) => q.text.includes(words) && q.speakerId !== null).length;
    expect(given("he has almost no chance")).toBe(0);
    expect(given("would need a lot of donors")).toBe(0);
  });

  it("a past form after a name or a pronoun still reports", () => {
    const x = extract(
      "Ada Roe and Ivo Vint ran in the Norland primary.",
      "Vint warned that the quay would close.",
    );
    expect(speakerOf(x, "the quay would close")).toBe("Ivo Vint");
  });
});
