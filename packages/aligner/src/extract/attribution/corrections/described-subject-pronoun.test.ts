import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a he/she in a sentence whose subject is a description of someone", () => {
  it("gives “The mayor denounced what he called …” to the mayor, not a person named since", () => {
    const x = extract(
      "Mayor Olav Hale of Orvale spoke on Monday. Ivo Lund, a developer, held a rally in the city last week.",
      "The mayor denounced what he called the “deeply gloomy” vision that came out of the rally.",
    );
    expect(speakerOf(x, "deeply gloomy")).toBe("Olav Hale");
  });

  it("keeps the person when the sentence opens with a name", () => {
    const x = extract(
      "Ivo Lund held a rally in Orvale last week.",
      "Lund denounced what he called the “deeply gloomy” vision of his rivals.",
    );
    expect(speakerOf(x, "deeply gloomy")).toBe("Ivo Lund");
  });
});
