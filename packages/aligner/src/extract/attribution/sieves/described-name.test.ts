import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a description, then the name it describes, before the verb", () => {
  it("gives the quotation to the name: Her campaign manager, Ada Lund, suggested …", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on Monday.",
      "Her campaign manager, Ada Lund, suggested that what the port staff did “may have broken the rules.”",
      "In answering the council, Vint's lawyer, Ida Moss, wrote that the request was “futile,” and left.",
    );
    expect(speakerOf(x, "may have broken")).toBe("Ada Lund");
    expect(speakerOf(x, "futile")).toBe("Ida Moss");
  });

  it("abstains on a list of names and on a name that is no appositive", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on Monday.",
      "Two port analysts, Ada Lund and Ida Moss, found that the harbour is “the best in the north.”",
    );
    expect(speakerOf(x, "best in the north")).not.toBe("Ada Lund");
    expect(speakerOf(x, "best in the north")).not.toBe("Ida Moss");
  });

  it("reads a title before the name and an appositive after it", () => {
    const x = extract(
      "Ivo Vint met the harbour crews on Monday.",
      "One early supporter, Rep. Ada Lund, gave the plan a whirl: “It is a mess from start to finish.”",
      "Another supporter, Tomas Keller, Republican of Ohio, gave the plan a whirl: “It is a disaster for the crews.”",
    );
    expect(speakerOf(x, "a mess from start")).toBe("Ada Lund");
    expect(speakerOf(x, "a disaster for the crews")).toBe("Tomas Keller");
  });

  it("abstains when the words before the name are no title", () => {
    const x = extract(
      "Ivo Vint met the harbour crews on Monday.",
      "One early supporter, Harbour Ada Lund, gave the plan a whirl: “It is a mess from start to finish.”",
    );
    expect(speakerOf(x, "a mess from start")).toBeNull();
  });
});
