import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("dash signature: a quotation paragraph signed by a name on the next line", () => {
  it("the person named after the dash, or alone on the line, speaks", () => {
    const x = extract(
      "Ada Lund and Ivo Vint debated the harbour plan on Monday.",
      "“Nobody in this town has seen a single crane move since the spring.”",
      "-Ada Lund, speaking at the dock.",
      "The cranes did move in May.",
      "“We will finish the pier before the first snow.”",
      "Ivo Vint.",
    );
    expect(speakerOf(x, "single crane")).toBe("Ada Lund");
    expect(speakerOf(x, "before the first snow")).toBe("Ivo Vint");
  });

  it("abstains when the paragraph holds more than the quotation, or the line names no person", () => {
    const x = extract(
      "Ada Lund and Ivo Vint debated the harbour plan on Monday.",
      "The mayor wrote that “the pier is nearly done.”",
      "-Ada Lund.",
      "“The cranes are idle again this week.”",
      "-Harbour Ledger.",
    );
    expect(speakerOf(x, "nearly done")).not.toBe("Ada Lund");
    expect(speakerOf(x, "cranes are idle")).toBeNull();
  });

  it("reads a signer the article names only there, by a title and surname or a glued dash", () => {
    const x = extract(
      "The harbour gala ended late on Monday.",
      "“Great speech. She is tested, she is ready, and she never quits.”",
      "-Mayor Vint, writing after the speech.",
      "“The whole idea of a crooked board is something we hear about all the time.”",
      "-Marta Quill, Harbour City.",
    );
    expect(speakerOf(x, "she never quits")).toBe("Mayor Vint");
    expect(speakerOf(x, "crooked board")).toBe("Marta Quill");
  });
});

describe("dash signature closing the quotation's own paragraph", () => {
  it("the person after a bar, an em dash, an en dash or a hyphen speaks, titled or described", () => {
    const x = extract(
      "Ada Lund and Ivo Vint spoke after the harbour vote on Monday.",
      "“We will not yield to anyone on the docks.” ― Ada Lund.",
      "“Nobody wants a fight.”― Ivo Vint",
      "“It was a long night. We are tired.” — Sen. Ada Lund, after the vote.",
      "“The pier will open in May.” – Ivo Vint",
      "“The cranes are idle.” - Ada Lund, speaking at the dock.",
    );
    expect(speakerOf(x, "yield to anyone")).toBe("Ada Lund");
    expect(speakerOf(x, "Nobody wants a fight")).toBe("Ivo Vint");
    expect(speakerOf(x, "We are tired")).toBe("Ada Lund");
    expect(speakerOf(x, "open in May")).toBe("Ivo Vint");
    expect(speakerOf(x, "cranes are idle")).toBe("Ada Lund");
  });

  it("reads a bar with no space on either side, and signs every quotation of a run", () => {
    const x = extract(
      "The harbour board met on Monday.",
      "“Nobody wants a fight.”―Marta Quill",
      "“We won.” “Now we rest.” ― Ivo Vint.",
    );
    expect(speakerOf(x, "Nobody wants a fight")).toBe("Marta Quill");
    expect(speakerOf(x, "We won")).toBe("Ivo Vint");
    expect(speakerOf(x, "Now we rest")).toBe("Ivo Vint");
  });

  it("abstains for an organisation, a dash and name inside the marks, or a title and its author", () => {
    const x = extract(
      "Ada Lund and Ivo Vint spoke after the harbour vote on Monday.",
      "“The cranes are idle again this week.” ― Harbour Ledger",
      "“Nobody wants a fight ― Ada Lund least of all.”",
      "“We lost ― Ivo Vint.”",
      "“Harbour Lights” ― Ivo Vint",
    );
    expect(speakerOf(x, "cranes are idle")).toBeNull();
    expect(speakerOf(x, "Ada Lund least of all")).toBeNull();
    expect(speakerOf(x, "We lost")).toBeNull();
    expect(speakerOf(x, "Harbour Lights")).toBeNull();
  });

  // Precision: words between the quotations make the paragraph prose, where a name after a dash
  // need not sign; the cue's speaker keeps its quotation and the signature gives no one.
  it("lets a said cue for another person win over a dash and name after the paragraph", () => {
    const x = extract(
      "Ada Lund and Ivo Vint spoke after the harbour vote on Monday.",
      "“We are tired,” said Ivo Vint. “We go home now.” ― Ada Lund.",
      "“The vote is over,” said Ivo Vint ― Ada Lund.",
    );
    expect(speakerOf(x, "We are tired")).toBe("Ivo Vint");
    expect(speakerOf(x, "We go home now")).not.toBe("Ada Lund");
    expect(speakerOf(x, "The vote is over")).toBe("Ivo Vint");
  });
});
