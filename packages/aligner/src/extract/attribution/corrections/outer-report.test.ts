import type { Extraction } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";

function directQuote(x: Extraction, words: string) {
  const quote = x.quotes.find((q) => q.direct && q.text.includes(words));
  if (quote === undefined) throw new Error(`no direct quote with "${words}"`);
  return quote;
}

const nameOf = (x: Extraction, id: string | null | undefined) =>
  x.entities.find((e) => e.id === id)?.name ?? null;

/** The name of whom the article credits with the direct quote holding `words`: the outer report
 *  when the words come second-hand, else the speaker (null: no one). */
function speakerOf(x: Extraction, words: string): string | null {
  const quote = directQuote(x, words);
  return nameOf(x, quote.via ? quote.via.entityId : quote.speakerId);
}

describe("a report of a report: the outer reporter is credited", () => {
  it("credits the outlet after the inner cue, and the quotation carried on by it", () => {
    const x = extract(
      "“We will not fold,” Tessa Marlow said, according to the Lakeside Ledger. “Not this year.”",
    );
    expect(speakerOf(x, "We will not fold")).toBe("Lakeside Ledger");
    expect(speakerOf(x, "Not this year")).toBe("Lakeside Ledger");
  });

  it("keeps the inner speaker as the speaker, with the outer report as the quote's via", () => {
    const x = extract(
      "“We will not fold,” Tessa Marlow said, according to the Lakeside Ledger. “Not this year.”",
    );
    for (const words of ["We will not fold", "Not this year"]) {
      const quote = directQuote(x, words);
      expect(nameOf(x, quote.speakerId)).toBe("Tessa Marlow");
      expect(quote.via?.text).toBe("the Lakeside Ledger");
    }
    const transcript = directQuote(
      extract("“We are done,” Ivo Brandt said, according to a transcript of the call."),
      "We are done",
    );
    expect(transcript.via).toMatchObject({ entityId: null, text: "a transcript of the call" });
  });

  it("credits the outer reporter of a quote with no speaker of its own", () => {
    const x = extract("“Not this year,” according to the Lakeside Ledger, was the reply.");
    const quote = directQuote(x, "Not this year");
    expect(nameOf(x, quote.speakerId)).toBe("Lakeside Ledger");
  });

  it("keeps the inner speaker of 'X reported' and of a leading 'According to X,', with X as via", () => {
    const x = extract(
      "Reuters covered the harbour strike on Monday.",
      "“The cranes are idle,” Ivo Brandt said, Reuters reported.",
      "According to the Valley Courier, Ivo Brandt said the vote was “a farce” and left.",
    );
    const idle = directQuote(x, "cranes are idle");
    expect(nameOf(x, idle.speakerId)).toBe("Ivo Brandt");
    expect(idle.via?.text).toBe("Reuters");
    const farce = directQuote(x, "a farce");
    expect(nameOf(x, farce.speakerId)).toBe("Ivo Brandt");
    expect(farce.via?.text).toBe("the Valley Courier");
  });

  it("leaves 'X reported' the speaker of a quote it alone attributes", () => {
    const x = extract("“The cranes are idle,” Reuters reported.");
    const idle = directQuote(x, "cranes are idle");
    expect(nameOf(x, idle.speakerId)).toBe("Reuters");
    expect(idle.via).toBeNull();
  });

  it("takes the name a description of the source ends on", () => {
    const x = extract(
      "“We are done,” Ivo Brandt said, according to audio obtained by the Valley Courier.",
    );
    expect(speakerOf(x, "We are done")).toBe("Valley Courier");
  });

  it("leaves a description with no name unknown rather than crediting the inner speaker", () => {
    const x = extract("“We are done,” Ivo Brandt said, according to a transcript of the call.");
    expect(speakerOf(x, "We are done")).toBeNull();
  });

  it("keeps the speaker when the outer phrase sits inside the quotation or before a later one", () => {
    const x = extract(
      "Ivo Brandt told reporters that “the crew fled, according to the police.”",
      "“We are done,” Ivo Brandt said. According to the Valley Courier, the port closed.",
    );
    expect(speakerOf(x, "the crew fled")).toBe("Ivo Brandt");
    expect(speakerOf(x, "We are done")).toBe("Ivo Brandt");
  });
});
