import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import {
  aroundPersonNoun,
  conductsSurvey,
  groupHead,
  modifiesGroup,
} from "./name-modifies-group.ts";

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

describe("people around a person speak, never the person ('critics of Ada Lund')", () => {
  const opening = "Ada Lund runs the harbour board.";
  const words = "The pier is a waste of money";

  it("leaves the quote of a group of a person unknown, also when the ranker would guess", () => {
    for (const cue of [
      `Critics of Ada Lund said, “${words}.”`,
      `“${words},” critics of Ada Lund said.`,
      `Aides to Ms. Lund said, “${words}.”`,
    ]) {
      expect(speakerOf(extract(opening, cue), words), cue).toBeNull();
    }
  });

  it("leaves the quote of an unnamed aide, supporter or kin of a person unknown", () => {
    for (const cue of [
      `“${words},” said supporters of Ms. Lund.`,
      `“${words},” said an aide to Ada Lund.`,
      `“${words},” said a spokesman for Mayor Lund.`,
      `An aide to Ada Lund said, “${words}.”`,
      `“${words},” said the daughter of Ada Lund.`,
    ]) {
      const x = extract(opening, cue);
      expect(speakerOf(x, words), cue).toBeNull();
      // No entity is made of the description and the name together.
      expect(x.entities.some((e) => /Lund\.?$/.test(e.name) && e.name.includes(" of "))).toBe(
        false,
      );
    }
  });

  it("keeps a named speaker whose affiliation or appositive follows", () => {
    const ivo = "“The pier is a waste of money,” said Ivo Vint of the Harbour Trust.";
    expect(speakerOf(extract(opening, ivo), words)).toBe("Ivo Vint");
    const friend = "“The pier is a waste of money,” said Ivo Vint, an ally of Ms. Lund.";
    expect(speakerOf(extract(opening, friend), words)).toBe("Ivo Vint");
  });

  it("leaves a lone word read as a person alone: it may be a body the spokesman speaks for", () => {
    const x = extract(
      "A fire closed the Brightmart store in Orvale on Sunday. Crews worked for hours.",
      "A spokesman for Brightmart said: “Luckily no one has been hurt.”",
    );
    expect(speakerOf(x, "no one has been hurt")).toBe("Brightmart");
  });

  it("leaves the quote of a friend, neighbour or colleague of a person unknown", () => {
    for (const cue of [
      `“${words},” said a friend of Ms. Lund.`,
      `A neighbour of Ada Lund said, “${words}.”`,
      `“${words},” a neighbor of Ada Lund said.`,
      `“${words},” said a former classmate of Ada Lund.`,
      `“${words},” said colleagues of Ms. Lund.`,
    ]) {
      expect(speakerOf(extract(opening, cue), words), cue).toBeNull();
    }
  });

  it("leaves it unknown for a person the article never names in full ('a friend of Ms. Lund')", () => {
    for (const cue of [
      `“${words},” said a friend of Ms. Lund.`,
      `“${words},” said a longtime friend of Lund.`,
      `“${words},” said a former aide to Ms. Lund.`,
    ]) {
      expect(speakerOf(extract("The pier opened in May.", cue), words), cue).toBeNull();
    }
  });

  it("keeps a named friend who speaks", () => {
    const appositive = `“${words},” said Ivo Vint, a friend of Ms. Lund.`;
    expect(speakerOf(extract(opening, appositive), words)).toBe("Ivo Vint");
    const described = `“${words},” said her friend Ivo Vint.`;
    expect(speakerOf(extract(opening, described), words)).toBe("Ivo Vint");
  });

  it("reads a title's own phrase as part of the name ('Secretary of State Ada Lund')", () => {
    const titled = "Secretary of State Ada Lund said, “The pier is a waste of money.”";
    expect(speakerOf(extract("The pier opened in May.", titled), words)).toBe("Ada Lund");
    expect(aroundPersonNoun("Secretary of State ", 0, 19)).toBe(false);
    expect(aroundPersonNoun("Critics of ", 0, 11)).toBe(true);
    expect(aroundPersonNoun("said an aide to ", 0, 16)).toBe(true);
    expect(aroundPersonNoun("said supporters of Ms. ", 0, 23)).toBe(true);
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

describe("a participle's speaker read from a subject around a name ('Attorneys for Vint …, saying')", () => {
  it("leaves unknown the quote of attorneys for a person", () => {
    const x = extract(
      "Ivo Vint ran the port board for ten years.",
      "Attorneys for Vint appeared to oppose the effort, saying in court files that his account was private and “has never been the property of the board.”",
    );
    expect(speakerOf(x, "never been the property")).toBeNull();
  });

  it("keeps the person who is the participle's subject", () => {
    const x = extract(
      "Ivo Vint ran the port board for ten years.",
      "Vint opposed the effort on Monday, saying in court files that his account was private and “has never been the property of the board.”",
    );
    expect(speakerOf(x, "never been the property")).toBe("Ivo Vint");
  });
});
