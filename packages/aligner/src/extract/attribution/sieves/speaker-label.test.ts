import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a speaker label before a quotation", () => {
  it("gives a transcript's quotations to the people the labels name", () => {
    const x = extract(
      "Tomas Weller and Ed Lund debated the harbour on Monday.",
      'Weller: "Our goal is to build the port." Lund: "The mission is to stop it."',
      'Sen. Dora Pell (D-Ore.):"I have not heard anyone cite that figure."',
      "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”",
    );
    expect(speakerOf(x, "build the port")).toBe("Tomas Weller");
    expect(speakerOf(x, "stop it")).toBe("Ed Lund");
    expect(speakerOf(x, "cite that figure")).toBe("Dora Pell");
    expect(speakerOf(x, "biggest lessons")).toBe("Carl Bialik");
  });

  it("names no one with a word that is no person's name, nor with a phrase around a name", () => {
    const x = extract(
      "Maria Okafor runs a polling firm.",
      "Warning: “Do not enter the dock.”",
      "Okafor and her partners: “Data collected by our firm confirm it.”",
    );
    expect(speakerOf(x, "Do not enter")).toBeNull();
    expect(speakerOf(x, "Data collected")).toBeNull();
  });

  it("never gives a headline label's words to the person after its capitalised preposition", () => {
    const x = extract(
      "Norland Wire Chief On Vint: “We Do Not Pay Candidates To Appear.”",
      "Ada Lund On Vint: “He Does Not Pay His Bills.”",
      "Ivo Vint and Ada Lund met in Orvale on Monday.",
    );
    expect(speakerOf(x, "Candidates To Appear")).toBeNull();
    expect(speakerOf(x, "His Bills")).toBe("Ada Lund");
  });

  it("reads a round-up's lead-in: More from Okafor: “…”", () => {
    const x = extract(
      "Maria Okafor runs a polling firm.",
      "Why the polls missed - More from Okafor: “Data collected by our firm confirm it.”",
    );
    expect(speakerOf(x, "Data collected")).toBe("Maria Okafor");
  });

  it("keeps the speaker of the quotation before from a labelled one the registry cannot name", () => {
    const x = extract(
      "Dora Pell spoke first.",
      'Pell: "We will win." Vint: "The mission is to win."',
    );
    expect(speakerOf(x, "We will win")).toBe("Dora Pell");
    expect(speakerOf(x, "The mission is")).toBeNull();
  });
});

describe("a speaker label with a lowercase title before the name", () => {
  it("reads the title words and the name: Former harbour master Ada Lund: “…”", () => {
    const x = extract(
      "Ada Lund and Ivo Vint spoke at the hearing.",
      'Former secretary of state Ada Lund:"We learned that from the port office."',
      "The secretary of the board: “Nobody asked us.”",
    );
    expect(speakerOf(x, "We learned that")).toBe("Ada Lund");
    expect(speakerOf(x, "Nobody asked us")).toBeNull();
  });
});

describe("a speaker label with the setting of the words", () => {
  it("reads `Lund on Twitter:`, `Lund, in a Facebook post:`, `Lund, a pilot, on the ruling:`", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met the board on Monday.",
      'Ada Lund on Twitter: "We will not yield to the board."',
      'Ivo Vint, in a Facebook post: "The docks stay open all winter."',
      'Ada Lund, a harbour pilot, on the ruling: "Crews deserve better than this."',
    );
    expect(speakerOf(x, "We will not yield")).toBe("Ada Lund");
    expect(speakerOf(x, "docks stay open")).toBe("Ivo Vint");
    expect(speakerOf(x, "Crews deserve")).toBe("Ada Lund");
  });

  it("names no one when the setting holds a verb of its own or the clause opens otherwise", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met the board on Monday.",
      'Ada Lund on the plan Ivo Vint backed: "We will not yield to the board."',
      'Taxes for Ada Lund on Monday: "The docks stay open all winter."',
    );
    expect(speakerOf(x, "We will not yield")).toBeNull();
    expect(speakerOf(x, "docks stay open")).toBeNull();
  });
});
