import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("an organisation opening the main clause, an adverbial before its verb", () => {
  it("reads past a phrase of time between the organisation and its verb", () => {
    const x = extract(
      "The Harbour Council met on Monday.",
      "The Harbour Council less than two weeks ago said for the first time that “secret papers” " +
        "had passed through the port.",
    );
    expect(speakerOf(x, "secret papers")).toBe("Harbour Council");
  });

  it("reads past an opening adverbial and an aside", () => {
    const x = extract(
      "The Lakeside Institute met on Monday.",
      "In late June, the Lakeside Institute, a think tank of the port, last week deemed the plan " +
        "“well qualified,” its highest rating.",
    );
    expect(speakerOf(x, "well qualified")).toBe("Lakeside Institute");
  });

  it("leaves a person noun after the name to the person", () => {
    const x = extract(
      "The Harbour Council met on Monday.",
      "The Harbour Council chairman last week deemed the plan “well qualified,” its highest rating.",
    );
    expect(speakerOf(x, "well qualified")).not.toBe("Harbour Council");
  });

  it("abstains when a person is named before the verb too", () => {
    const x = extract(
      "The Harbour Council and Ada Lund met on Monday.",
      "The Harbour Council, which Ada Lund chairs, last week deemed the plan “well qualified,” " +
        "its highest rating.",
    );
    expect(speakerOf(x, "well qualified")).toBeNull();
  });

  // A listed outlet (core's news-outlets lexicon) is the one mention that holds its "The".
  it("reads a name whose mention holds its “The”, as a listed outlet's does", () => {
    const x = extract(
      "Ada Lund read The Economist.",
      "The Economist characterized the party's path to the vote as a “long march from denial to peace.”",
    );
    expect(speakerOf(x, "long march")).toBe("The Economist");
  });

  it("reads an institution no mention holds, named by its head, opening the sentence", () => {
    const x = extract(
      "The Harbour Department less than two weeks ago said for the first time that “sealed” cargo had passed the dock.",
    );
    expect(speakerOf(x, "sealed")).toBe("Harbour Department");
    const y = extract(
      "The Harbour Department chairman less than two weeks ago said that “sealed” cargo had passed.",
    );
    expect(speakerOf(y, "sealed")).toBeNull();
  });
});
