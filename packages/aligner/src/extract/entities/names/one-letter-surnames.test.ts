import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  personMentions as people,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a common given name and a one-letter surname", () => {
  it("is a person, one across the article", () => {
    expect(people(extract("Police named the man as Ned Q, a baker. Ned Q was held."))).toEqual([
      "Ned Q: Ned Q | Ned Q",
    ]);
  });

  it("never an initial, a pronoun or article, a rarer or noun given name, or a longer name", () => {
    expect(
      people(
        extract("Will I go? Bill C was passed. Plan B failed. Orlo Q left. Mayor Ned Q spoke."),
      ),
    ).toEqual([]);
  });

  it("changes no speaker: it is read after attribution", () => {
    const x = extract(
      "The answer was quick. “Nobody may pretend!” wrote a man calling himself Ivo Ivo. Another user, Ned Q, wrote of Ms. Vint: “Your chief keeps doing it.”",
    );
    expect(speakerOf(x, "Nobody may")).toBe("Ivo Ivo");
  });
});
