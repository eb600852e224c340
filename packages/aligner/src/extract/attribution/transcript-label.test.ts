import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  quoteWith,
  speakerOf,
} from "../../../test/support/quote-speakers.ts";

const DEBATE =
  "Ada Lund and Carl Vint met on Tuesday night for the only debate of the harbour race.";

describe("a speaker label opening a transcript's quotation", () => {
  it("gives each turn of a two-speaker transcript to the person its label names", () => {
    const x = extract(
      DEBATE,
      "The exchange turned on the docks.",
      '"LUND: We have a plan for the docks. Nobody else does.',
      "\"VINT: That's not true, and you know it.",
      "“LUND: Let me finish. The plan is costed.”",
    );
    expect(speakerOf(x, "plan for the docks")).toBe("Ada Lund");
    expect(speakerOf(x, "you know it")).toBe("Carl Vint");
    expect(speakerOf(x, "Let me finish")).toBe("Ada Lund");
    // No person is made of a label.
    expect(x.entities.filter((e) => e.kind === "person").map((e) => e.name)).toEqual([
      "Ada Lund",
      "Carl Vint",
    ]);
  });

  it("takes the label out of the quoted words and keeps it as the cue", () => {
    const x = extract(DEBATE, "\"VINT: That's not true, and you know it.");
    const quote = quoteWith(x, "you know it");
    expect(quote.text).toBe("That's not true, and you know it.");
    // The cue is the label "VINT:", right before the words past one space.
    expect(quote.cue).not.toBeNull();
    expect(quote.cue!.end - quote.cue!.start).toBe("VINT:".length);
    expect(quote.span.start - quote.cue!.end).toBe(1);
    expect(quote.speakerStatus).toBe("resolved");
  });

  it("reads a label in a paragraph that runs on with no closing mark", () => {
    const x = extract(
      DEBATE,
      '"VINT: The yard lost four hundred jobs under this council. I will bring them back.',
      '"LUND: It lost them before I took office.',
    );
    expect(speakerOf(x, "four hundred jobs")).toBe("Carl Vint");
    expect(speakerOf(x, "before I took office")).toBe("Ada Lund");
  });

  it("gives a labelled turn's next paragraph, the same quotation going on, to the same speaker", () => {
    const x = extract(
      DEBATE,
      '"VINT: The yard lost four hundred jobs under this council. I will bring them back',
      '"and I will start on the first day."',
    );
    expect(speakerOf(x, "four hundred jobs")).toBe("Carl Vint");
    expect(speakerOf(x, "start on the first day")).toBe("Carl Vint");
  });

  it("reads a full name, a title and the title-case form of the label", () => {
    const x = extract(
      DEBATE,
      '"ADA LUND: We have a plan for the docks.',
      '"MR. VINT: We have a better one.',
      "“Lund: Then show it to us.”",
      '"DEPUTY MAYOR VINT: It is in the council minutes.',
      '"IVO LUND: Nobody read those minutes.',
    );
    expect(speakerOf(x, "plan for the docks")).toBe("Ada Lund");
    expect(speakerOf(x, "better one")).toBe("Carl Vint");
    expect(speakerOf(x, "show it to us")).toBe("Ada Lund");
    expect(speakerOf(x, "council minutes")).toBe("Carl Vint");
    // A given name the article's Lund does not have names no one.
    expect(speakerOf(x, "Nobody read")).toBeNull();
  });

  it("names no one with a label no person of the article has, nor carries the last speaker on", () => {
    const x = extract(
      DEBATE,
      '"LUND: We have a plan for the docks. Nobody else does.',
      '"MODERATOR: Thank you both. Time is up for this round.',
      '"AUDIENCE MEMBER: What about the ferry line?',
      '"Q: Will the yard stay open next winter?',
    );
    expect(speakerOf(x, "plan for the docks")).toBe("Ada Lund");
    expect(speakerOf(x, "Thank you both")).toBeNull();
    expect(speakerOf(x, "ferry line")).toBeNull();
    expect(speakerOf(x, "yard stay open")).toBeNull();
    expect(quoteWith(x, "Thank you both").text).toMatch(/^MODERATOR: /);
    expect(x.entities.some((e) => /moderator|audience/i.test(e.name))).toBe(false);
  });

  it("abstains when two people of the article share the surname", () => {
    const x = extract(
      "Ada Lund and her brother Ivo Lund both ran against Carl Vint.",
      '"LUND: We have a plan for the docks.',
      "\"VINT: That's not true.",
    );
    const quote = quoteWith(x, "plan for the docks");
    expect(quote.speakerId).toBeNull();
    expect(quote.speakerStatus).toBe("ambiguous");
    expect(speakerOf(x, "not true")).toBe("Carl Vint");
  });

  it("leaves a heading in capitals before a colon that names no one to the other rules", () => {
    const x = extract(
      "Ada Lund posted the notice on Friday.",
      "“NOTE: The figures were revised on Friday,” Lund wrote.",
      "The council met again later in the week.",
      "“UPDATE: The vote has been moved to Monday.”",
    );
    expect(speakerOf(x, "figures were revised")).toBe("Ada Lund");
    expect(quoteWith(x, "figures were revised").text).toMatch(/^NOTE: /);
    expect(speakerOf(x, "vote has been moved")).toBeNull();
  });

  it("reads no placard in capitals, and no title-case label inside a sentence", () => {
    const x = extract(
      DEBATE,
      "Outside, a woman held a sign: “LUND: NO MORE CUTS”.",
      "Vint has praised the film “Lund: The Harbour Years” more than once.",
    );
    expect(speakerOf(x, "NO MORE CUTS")).toBeNull();
    const title = x.quotes.find((q) => q.text.includes("Harbour Years"));
    if (title !== undefined) expect(title.text).toMatch(/^Lund: /);
  });
});
