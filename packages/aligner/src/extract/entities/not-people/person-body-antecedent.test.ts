import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a name heading the body that works for its person, before a speaking he/she", () => {
  it("is not the subject the pronoun takes up: the campaign is", () => {
    const x = extract(
      "Tom Vint leads the race. The retired surgeon Ed Moss gave an interview on Monday.",
      "The Vint campaign on Monday picked up on a tweet that hinted Moss was dropping out.",
      "“Is this what we accept now?” he told the show.",
    );
    expect(speakerOf(x, "what we accept now")).not.toBe("Tom Vint");
  });

  it("leaves the person himself as the subject", () => {
    const x = extract(
      "Ed Moss gave an interview on Monday. Tom Vint on Monday picked up on a tweet about Moss.",
      "“Is this what we accept now?” he told the show.",
    );
    expect(speakerOf(x, "what we accept now")).toBe("Tom Vint");
  });
});
