import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { reportingFormIsNoVerb } from "./reporting-form-no-verb.ts";

describe("a reporting-verb form that is no verb of its sentence", () => {
  it("is a noun after a determiner, or after one and an adjective; a past form never is", () => {
    const words = "Vint continued his scathing remarks and a call".split(" ");
    expect(reportingFormIsNoVerb(words, 1)).toBe(false);
    expect(reportingFormIsNoVerb(words, 4)).toBe(true);
    expect(reportingFormIsNoVerb(words, 7)).toBe(true);
    expect(reportingFormIsNoVerb("the senator said".split(" "), 2)).toBe(false);
    expect(reportingFormIsNoVerb("a plan that calls".split(" "), 3)).toBe(false);
    expect(reportingFormIsNoVerb("Vint and Lund both argue".split(" "), 4)).toBe(false);
    expect(reportingFormIsNoVerb("help the board if asked".split(" "), 4)).toBe(true);
    expect(reportingFormIsNoVerb("Vint asked".split(" "), 1)).toBe(false);
  });

  it("leaves the one verb of a report for the quotation after it", () => {
    const x = extract(
      "Ivo Vint spoke to the dockers on Friday.",
      "Ada Lund says she received a nervous call from her brother on the pier. “He told me the cranes had stopped.”",
      "Vint continued his scathing remarks.",
      "“Eight years ago the board was sure of itself, and then the crews came along.”",
    );
    expect(speakerOf(x, "Eight years ago")).toBe("Ivo Vint");
    expect(speakerOf(x, "cranes had stopped")).toBe("Ada Lund");
  });

  it("is a noun after a determiner and up to three modifiers, an adverb or a proper adjective among them", () => {
    expect(reportingFormIsNoVerb("in a heavily Norlandic state".split(" "), 4)).toBe(true);
    expect(reportingFormIsNoVerb("a deeply angry harbour report".split(" "), 4)).toBe(false);
    expect(reportingFormIsNoVerb("the Harbour Trust argue".split(" "), 3)).toBe(false);
    expect(reportingFormIsNoVerb("the Republicans argue".split(" "), 2)).toBe(false);
  });

  it("reads past a noun phrase ending on a reporting form to the report's one verb", () => {
    const x = extract(
      "Ivo Vint met Tarquil Moss.",
      "Moss praised Vint’s leadership after the storm and his ability to get things done in a heavily Norlandic state.",
      "“We need someone who is going to cut through the noise and bring people together.”",
    );
    expect(speakerOf(x, "cut through the noise")).toBe("Tarquil Moss");
  });
});
