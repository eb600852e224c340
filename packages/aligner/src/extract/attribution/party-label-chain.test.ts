import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";
import { skipPartyLabel } from "./sieves/time-before-verb.ts";

describe("a party label before an appositive chain (sentence cue)", () => {
  it("reads back over the label to the name the chain describes", () => {
    const x = extract(
      "Polls show a tight race.",
      "State Sen. Ivo Vint (R), another early Lund supporter, suggested that Moss was vulnerable " +
        "on the “single-payer health care” quotes. But neither he nor Kroon echoed the tone.",
    );
    expect(speakerOf(x, "single-payer health care")).toBe("Ivo Vint");
  });

  it("reads a label with a state the same way", () => {
    const x = extract(
      "Polls show a tight race.",
      "Ivo Vint (D-Ore.), a supporter of the Harbour Council, suggested that Moss was “not ready.”",
    );
    expect(speakerOf(x, "not ready")).toBe("Ivo Vint");
  });

  it("reads past a labelled name inside the chain to the subject that opens it", () => {
    const x = extract(
      "Polls show a tight race.",
      "Ivo Vint, a professor who worked for Sen. Ada Lund (R-Ore.), one of the bill’s architects, " +
        "called it “a significant development.”",
    );
    expect(speakerOf(x, "a significant development")).toBe("Ivo Vint");
  });
});

describe("skipPartyLabel", () => {
  const end = (s: string) => s.slice(0, skipPartyLabel(s, 0, s.length));
  it("steps back over a party label only", () => {
    expect(end("Sen. Ivo Vint (R)")).toBe("Sen. Ivo Vint");
    expect(end("Ivo Vint (I-Vt.)")).toBe("Ivo Vint");
    expect(end("Ada May")).toBe("Ada May");
    expect(end("Ivo Vint on Friday")).toBe("Ivo Vint on Friday");
  });
});
