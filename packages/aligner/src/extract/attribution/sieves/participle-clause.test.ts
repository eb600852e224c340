import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quotation in a participle clause of speaking takes the main clause's subject", () => {
  it("reads the subject past a dateline", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "SALEM (Wire) – Senator Ada Lund has taken a swipe at Ivo Vint’s stance on tariffs, saying " +
        "that “loud comments” do more harm than good.",
    );
    expect(speakerOf(x, "loud comments")).toBe("Ada Lund");
  });

  it("reads the subject past an age written before the name", () => {
    const x = extract(
      "Ed Moss and Ada Lund met the dockers on Monday.",
      "76-year-old Ed Moss, founder of the Harbour Guild, endorsed Lund last week, saying she “has shown her deep commitment to the crews.”",
    );
    expect(speakerOf(x, "deep commitment")).toBe("Ed Moss");
  });

  it("reads a participle of judging and every quotation after it", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      'On Sunday, Lund opened a new line of attack, stating on Harbour Radio that Vint\'s "judgment" was "clearly lacking."',
    );
    expect(speakerOf(x, "judgment")).toBe("Ada Lund");
    expect(speakerOf(x, "clearly lacking")).toBe("Ada Lund");
  });

  it("reads a participle with an object before the quotation", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      'Vint offered a retort on his favourite network, tweeting at her, "you are not just wrong, you are late."',
    );
    expect(speakerOf(x, "you are not just wrong")).toBe("Ivo Vint");
  });

  it("abstains on a possessor opening the sentence", () => {
    const x = extract(
      "The Harbour Party met on Monday.",
      "The Harbour Party’s likely nominee, Vint has won support by echoing themes dear to “angry” dockers.",
    );
    expect(speakerOf(x, "angry")).toBeNull();
  });
});

describe("participle clause after an opening adverbial led by amid", () => {
  it("reads past `Amid calls … to close the docks,` to the subject", () => {
    const x = extract(
      'Amid calls from some to close the docks, Ada Lund offered a defence of the plan, saying it is necessary to "keep the cranes moving."',
    );
    expect(speakerOf(x, "keep the cranes")).toBe("Ada Lund");
  });
});

describe("participle clause: a possessor before the subject does not speak", () => {
  it("gives `The Harbour Gazette's Ada Lund …, saying “…”` to Lund, not the Gazette", () => {
    const x = extract(
      'In May, the Harbour Gazette\'s Ada Lund offered a defence of the plan, saying it is necessary to "keep the cranes moving."',
    );
    expect(speakerOf(x, "keep the cranes")).toBe("Ada Lund");
  });
});
