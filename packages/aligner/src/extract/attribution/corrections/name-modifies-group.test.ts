import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { conductsSurvey, groupHead, modifiesGroup } from "./name-modifies-group.ts";

describe("a name that only modifies the cue's subject does not speak", () => {
  it("never credits the place that names the officials who speak", () => {
    const x = extract(
      "The count in Norland took longer than planned.",
      "Norland election officials said the new machines had failed twice.",
    );
    expect(speakerOf(x, "the new machines had failed")).not.toBe("Norland");
  });

  it("leaves a quote unknown when a person's name modifies their supporters", () => {
    const x = extract(
      "Ada Lund spoke in Harbour City on Monday.",
      "Lund supporters said the rally had drawn more people than expected.",
    );
    expect(speakerOf(x, "the rally had drawn")).toBeNull();
  });

  it("keeps a speaker who is the subject of the cue", () => {
    const x = extract(
      "Ada Lund spoke in Harbour City on Monday.",
      "Lund told reporters the rally had drawn more people than expected.",
    );
    expect(speakerOf(x, "the rally had drawn")).toBe("Ada Lund");
  });
});

describe("a survey reports, not the outlet that ordered it", () => {
  it("leaves poll findings unknown rather than credited to the outlet", () => {
    const x = extract(
      "The Harbour Tribune reported on Monday that the council had met.",
      "According to exit polls conducted for the Harbour Tribune, most voters in Norland backed the plan.",
    );
    expect(speakerOf(x, "most voters in Norland backed")).not.toBe("Harbour Tribune");
  });

  it("reads the outlet of a survey before or after it", () => {
    const after = "According to exit polls conducted by Vint Research for the Harbour Tribune";
    expect(conductsSurvey(after, 0, after.indexOf("Harbour"))).toBe(true);
    const plain = "According to the Harbour Tribune";
    expect(conductsSurvey(plain, 0, plain.indexOf("Harbour"))).toBe(false);
    const before = "a recent Harbour Tribune/Vint poll found";
    expect(modifiesGroup(before, before.indexOf(" Tribune") + 8, before.length)).toBe(true);
  });
});

describe("modifiesGroup", () => {
  it("reads a group noun up to two words after the name", () => {
    const body = "Norland Republican primary voters said so.";
    expect(modifiesGroup(body, "Norland".length, body.length)).toBe(true);
  });

  it("stops at a verb or a preposition", () => {
    const told = "Lund told reporters so.";
    expect(modifiesGroup(told, 4, told.length)).toBe(false);
    const denied = "Lund denied officials' claims.";
    expect(modifiesGroup(denied, 4, denied.length)).toBe(false);
    const of = "Lund of the voters' league.";
    expect(modifiesGroup(of, 4, of.length)).toBe(false);
  });

  it("knows plural group nouns", () => {
    expect(groupHead("officials")).toBe(true);
    expect(groupHead("voters")).toBe(true);
    expect(groupHead("official")).toBe(false);
    expect(groupHead("Monday")).toBe(false);
  });
});
