import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quoted phrase in a clause that a reporting cue closes after a comma", () => {
  it("takes the cue's subject past a day and a place", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "The levy’s “excesses” are sickening, Vint said Tuesday in Harbour City, noting the harbour " +
        "chief “makes you want to weep.”",
    );
    expect(speakerOf(x, "excesses")).toBe("Ivo Vint");
  });

  it("takes an organisation that announced it", () => {
    const x = extract(
      "The Harbour Council met on Monday.",
      "Tessa Moor, a pilot, is joining a crew that is “the best in the bay” as a captain, the " +
        "Harbour Council announced on Tuesday.",
    );
    expect(speakerOf(x, "the best in the bay")).toBe("Harbour Council");
  });

  it("abstains on a name in capitals before the noun it names", () => {
    const x = extract(
      "The Harbour Council met on Monday.",
      "Tessa Moor, a pilot, is joining the “Night Tide” crew as a captain, the Harbour Council announced on Tuesday.",
    );
    expect(speakerOf(x, "Night Tide")).toBeNull();
  });

  it("abstains when the cue has content of its own", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "If the “great plan” fails, Vint said the port would close.",
    );
    expect(speakerOf(x, "great plan")).toBeNull();
  });

  it("abstains when the cue introduces the next quotation", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "In her “harbour letter” of May, she wrote, “We must speak plainly to every pilot.”",
    );
    expect(speakerOf(x, "harbour letter")).toBeNull();
  });

  it("abstains when a reporting verb before the quotation has the clause", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Asked whether the levy “works” for dockers, Vint avoided an answer in Harbour City.",
    );
    expect(speakerOf(x, "works")).toBeNull();
  });
});
