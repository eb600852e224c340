import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

const OPENING = "Ada Lund and Ivo Vint spoke in Orrin on Monday about the harbour tax.";

describe("a name modifying a person noun after a determiner names someone unnamed", () => {
  it("never gives “a Lund supporter”'s words to Lund", () => {
    const x = extract(OPENING, "“Meh,” wrote a Lund supporter who runs a popular account.");
    expect(speakerOf(x, "Meh")).not.toBe("Ada Lund");
    expect(speakerOf(x, "Meh")).toMatch(/^a Lund supporter/);
  });

  it("reads “one Vint donor said” the same way", () => {
    const x = extract(OPENING, "“The tax is fair,” one Vint donor said.");
    expect(speakerOf(x, "The tax is fair")).not.toBe("Ivo Vint");
  });

  it("reads a title word after the name, with words before it", () => {
    const x = extract(OPENING, "“We will win here,” said a senior Vint adviser.");
    expect(speakerOf(x, "We will win here")).toBe("a senior Vint adviser");
  });

  it("never gives “the Orrin senator”'s words to the place", () => {
    const x = extract(
      OPENING,
      "“It is a hard issue,” said the Orrin senator.",
      "“Nothing is settled,” said one unaligned Orrin Republican strategist.",
    );
    expect(speakerOf(x, "It is a hard issue")).toBe("the Orrin senator");
    expect(speakerOf(x, "Nothing is settled")).toBe("one unaligned Orrin Republican strategist");
  });

  it("reads insiders, look-alikes and a title's plural", () => {
    const x = extract(
      OPENING,
      "“Lund is bigger than the party,” said one Lund confidant.",
      "“I am the real one,” this Vint look-alike declared in the square.",
      "The Orrin senators said they would back the tax.",
    );
    expect(speakerOf(x, "Lund is bigger than the party")).toBe("one Lund confidant");
    expect(speakerOf(x, "I am the real one")).not.toBe("Ivo Vint");
    expect(speakerOf(x, "they would back the tax")).toBe("The Orrin senators");
  });

  it("leaves a campaign named after a person to the campaign", () => {
    const x = extract(OPENING, "“The tax stays,” said the Lund campaign.");
    expect(speakerOf(x, "The tax stays")).toBe("Lund campaign");
  });

  it("leaves the named person's own words to them", () => {
    const x = extract(OPENING, "“We will win,” wrote Lund on her account.");
    expect(speakerOf(x, "We will win")).toBe("Ada Lund");
  });

  it("leaves a name the description only follows to the name's owner", () => {
    const x = extract(OPENING, "“It is settled,” said Lund, a harbour supporter.");
    expect(speakerOf(x, "It is settled")).toBe("Ada Lund");
  });
});
