import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { withoutShortQuotations } from "./inner-quotation.ts";

describe("a short quotation inside the appositive of a trailing cue", () => {
  it("is read past to the name the appositive describes", () => {
    const x = extract(
      "Polls show a tight race.",
      "“We’ve had better meetings than this one,” Orrin delegate Ivo Vint, wearing a cowboy hat " +
        "and “Ada Lund” campaign pins, said matter-of-factly as confetti fluttered down around him.",
    );
    expect(speakerOf(x, "better meetings")).toBe("Ivo Vint");
  });

  it("is read past without a title before the name", () => {
    const x = extract(
      "Polls show a tight race.",
      "“We will not back down,” Ivo Vint, wearing a “Harbour First” pin, said quietly.",
    );
    expect(speakerOf(x, "not back down")).toBe("Ivo Vint");
    expect(speakerOf(x, "Harbour First")).toBeNull();
  });
});

describe("withoutShortQuotations", () => {
  it("blanks a short quotation and keeps the offsets", () => {
    const s = " wearing a “Harbour First” pin";
    expect(withoutShortQuotations(s)).toBe(` wearing a ${" ".repeat(15)} pin`);
    expect(withoutShortQuotations(s)).toHaveLength(s.length);
  });

  it("keeps a quotation with punctuation of its own or a long one", () => {
    expect(withoutShortQuotations(" who said “no, never” then")).toContain("“");
    const long = ` who said “${"word ".repeat(10)}” then`;
    expect(withoutShortQuotations(long)).toContain("“");
  });
});
