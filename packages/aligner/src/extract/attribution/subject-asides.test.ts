import { describe, expect, it } from "vitest";
import {
  entityName,
  extractParagraphs as extract,
  quoteWith,
  speakerOf,
} from "../../../test/support/quote-speakers.ts";
import { pastSubjectAsides, subjectBeforeQuotedAside } from "./subject-asides.ts";

/** What follows the asides after the subject "Vint" opening `text` (null: no aside to skip). */
function afterAsides(text: string): string | null {
  const at = pastSubjectAsides(text, "Vint".length, text.length);
  return at === null ? null : text.slice(at).trim();
}

describe("asides between a subject and its verb", () => {
  it("reads past relative clauses, ages, appositives, adverbs and a party label", () => {
    expect(afterAsides("Vint, who lost the race in 2010 to Ada Roe, said so")).toBe("said so");
    expect(afterAsides("Vint, 54, a former harbour master, told reporters")).toBe("told reporters");
    expect(afterAsides("Vint, meanwhile, said so")).toBe("said so");
    expect(afterAsides("Vint (R-Norland), in a rare move, called it")).toBe("called it");
    expect(afterAsides("Vint said so")).toBe("said so");
    expect(afterAsides("Vint, a pilot, thanked Roe, in effect, for it")).toBe(
      "thanked Roe, in effect, for it",
    );
  });

  it("reads no list of names, coordinator, reporting verb or quotation as an aside", () => {
    expect(afterAsides("Vint, Roe and Moss said so")).toBeNull();
    expect(afterAsides("Vint, and later Roe, said so")).toBeNull();
    expect(afterAsides("Vint, who Roe said was unfit, called it")).toBeNull();
    expect(afterAsides("Vint, who called it “a sham,” said so")).toBeNull();
  });

  it("finds the subject before a title quoted in its aside", () => {
    const text = "Ivo Vint, star of the show “Harbour Nights,” thanked Roe for “…”";
    const found = subjectBeforeQuotedAside(text, 0, text.lastIndexOf("“"));
    expect(found && text.slice(found.start, found.end)).toBe("Ivo Vint");
    expect(found && text.slice(found.verb, found.verb + 7)).toBe("thanked");
    const spoken = "Ivo Vint, who called Roe “a fraud and a liar,” thanked her for “…”";
    expect(subjectBeforeQuotedAside(spoken, 0, spoken.lastIndexOf("“"))).toBeNull();
  });
});

describe("the subject before an aside speaks, a name inside it never does", () => {
  it("a subordinate clause's subject past a relative clause or an age", () => {
    const x = extract(
      "Tom Keel and Ivo Vint met on Monday.",
      "Some pilots said they feared a repeat of the 1992 convention, when Mr. Keel, who had failed to win his party's nomination, called for a “harbour war” against “pilots and porters.”",
      "The row grew after Vint, 54, accused Keel of “lying to the port.”",
      "Some pilots recalled the night when Keel, Vint and Ed Moss called for a “second strike.”",
    );
    // The pilots' reported clause holds the quotation too: the direct quote is the one judged.
    expect(entityName(x, quoteWith(x, "harbour war", true).speakerId)).toBe("Tom Keel");
    expect(speakerOf(x, "lying to the port")).toBe("Ivo Vint");
    // A list is no aside: never its first name (the last one is an older rule's reading).
    expect(speakerOf(x, "second strike")).not.toBe("Tom Keel");
  });

  it("an organisation past a relative clause naming its founder", () => {
    const x = extract(
      "Ada Roe spoke on Monday.",
      "Harbour Watch, which was founded by former Vint staffer Ada Roe and is dedicated to stopping Vint, launched a radio ad in Norland on Saturday titled, “Scam Port Rising.”",
    );
    expect(speakerOf(x, "Scam Port Rising")).toBe("Harbour Watch");
  });

  it("a relative clause, then an adverb or a time phrase before the verb", () => {
    const x = extract(
      "Ada Roe and Ivo Vint met on Monday.",
      "Vint, who lost to Ada Roe in May, reportedly told aides the plan was “a slow disaster.”",
      "Vint, who lost to Ada Roe in May, late Thursday said the quay was “a ruin.”",
    );
    expect(speakerOf(x, "a slow disaster")).toBe("Ivo Vint");
    expect(speakerOf(x, "a ruin")).toBe("Ivo Vint");
  });

  it("never the subject of a reporting verb inside the aside", () => {
    const x = extract(
      "Ada Roe and Ivo Vint met on Monday.",
      "Ivo Vint, who Ada Roe said was unfit, chided her for “dodging the port.”",
    );
    expect(speakerOf(x, "dodging the port")).not.toBe("Ada Roe");
  });

  it("a title quoted in the subject's aside", () => {
    const x = extract(
      "Ada Roe and Ivo Vint met on Monday.",
      "Vint, star of the radio show “Harbour Nights,” thanked Roe for “taking these steps to keep us safe.”",
    );
    expect(speakerOf(x, "taking these steps")).toBe("Ivo Vint");
  });

  it("abstains on a passive after the aside and on a quotation inside the aside", () => {
    const x = extract(
      "Ada Roe and Ivo Vint met on Monday.",
      "Roe, who was a teacher at the school, was being treated for a “rare illness” in Castlebay.",
      "President Ivo F. Vint, who owed his post to, as a foreign diplomat put it, an “extreme makeover” that Ben Orr oversaw, fled the country.",
    );
    expect(speakerOf(x, "rare illness")).toBeNull();
    expect(speakerOf(x, "extreme makeover")).not.toBe("Ivo F. Vint");
  });
});
