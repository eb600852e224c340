import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { embeddedInSubject } from "./embedded-name-subject.ts";

describe("a name inside a modifier of the cue's subject does not speak", () => {
  it("leaves unknown the name in a phrase after the subject's head", () => {
    const x = extract(
      "The Harbour Council met on Monday.",
      "Members of the Harbour Council board said the crowd would reach the docks by noon.",
    );
    expect(speakerOf(x, "the crowd would reach")).toBeNull();
  });

  it("leaves unknown the name in a relative clause after the subject's head", () => {
    const x = extract(
      "Ivo Vint ran the harbour for ten years.",
      "A docker who has sued Ivo Vint over the layoffs said the crews were never paid.",
    );
    expect(speakerOf(x, "the crews were never paid")).toBeNull();
  });

  it("leaves unknown a name ending a relative clause after the clause's verb", () => {
    const x = extract(
      "Ivo Vint ran the harbour for ten years.",
      "Dockers who have worked with Ivo Vint say he never missed a shift.",
    );
    expect(speakerOf(x, "he never missed a shift")).toBeNull();
  });

  it("keeps the name that heads the subject", () => {
    const x = extract(
      "Ivo Vint ran the harbour for ten years.",
      "Ivo Vint of the Harbour Council said the crews were paid in full.",
    );
    expect(speakerOf(x, "the crews were paid")).toBe("Ivo Vint");
  });
});

describe("embeddedInSubject", () => {
  const at = (body: string, name: string) => {
    const start = body.indexOf(name);
    return embeddedInSubject(body, 0, start, start + name.length, body.length);
  };

  it("reads a name with more of the modifier after it, before the verb", () => {
    expect(at("People with knowledge of Lund's plans said the port would close.", "Lund")).toBe(
      true,
    );
    expect(at("Members of the Harbour Council board said no.", "Harbour Council")).toBe(true);
  });

  it("keeps a name that ends the subject or opens it", () => {
    expect(at("A spokeswoman for Ada Lund said no.", "Ada Lund")).toBe(false);
    expect(at("Ada Lund of the Harbour Council said no.", "Ada Lund")).toBe(false);
    expect(at("The head of the port, Ada Lund, said no.", "Ada Lund")).toBe(false);
  });

  it("reads a name ending a relative clause after the clause's verb", () => {
    expect(at("Aides who spoke with the Harbour Herald said no.", "Harbour Herald")).toBe(true);
    expect(at("Dockers who have worked with Ivo Vint say no.", "Ivo Vint")).toBe(true);
    expect(at("Dockers who Ada Roe says were unpaid walked out.", "Ada Roe")).toBe(false);
  });

  it("keeps the group a part of it speaks for", () => {
    expect(at("Most of the Harbour Party delegates said no.", "Harbour Party")).toBe(false);
    expect(at("Half of Norland voters said no.", "Norland")).toBe(false);
  });
});

describe("a name inside a restrictive relative clause after a capitalised head", () => {
  it("does not speak for 'The Norland Democrat who ran against Ada Roe said'", () => {
    const x = extract(
      "Ada Roe spoke on Monday.",
      "The Norland Democrat who ran against Ada Roe said the port would close.",
    );
    expect(speakerOf(x, "the port would close")).toBeNull();
  });

  it("does not speak when the clause ends on a passive's agent", () => {
    const x = extract(
      "The lifelong Republican who wrote the speech delivered by the widow of one of the dock victims says he won’t vote for Ivo Vint this fall.",
    );
    expect(speakerOf(x, "vote for Ivo Vint")).toBeNull();
  });

  it("keeps a name whose relative clause is set off by a comma", () => {
    const x = extract(
      "Ivo Vint spoke on Monday.",
      "Ada Roe, who ran against Vint, said the port would close.",
    );
    expect(speakerOf(x, "the port would close")).toBe("Ada Roe");
  });
});
