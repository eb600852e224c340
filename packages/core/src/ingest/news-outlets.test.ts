import { describe, expect, it } from "vitest";
import { NEWS_OUTLETS, NEWS_OUTLETS_AMBIGUOUS } from "../lexicons/news-outlets.ts";
import { looksLikeNewsOutlet, sameOutlet } from "./news-outlets.ts";

describe("looksLikeNewsOutlet", () => {
  it("knows every listed outlet, with or without 'The' and a possessive", () => {
    for (const name of [...NEWS_OUTLETS, ...NEWS_OUTLETS_AMBIGUOUS]) {
      expect(looksLikeNewsOutlet(name), name).toBe(true);
    }
    expect(looksLikeNewsOutlet("The Wall Street Journal's")).toBe(true);
    expect(looksLikeNewsOutlet("Time")).toBe(true);
  });

  it("reads an unlisted name by the word outlets are named with", () => {
    expect(looksLikeNewsOutlet("The Lakeside Tribune")).toBe(true);
    expect(looksLikeNewsOutlet("Harbor City Daily")).toBe(true);
  });

  it("takes no person, place or single common word for an outlet", () => {
    for (const name of ["Mara Lindqvist", "Lindqvist", "Ottawa", "Times", "", "the"]) {
      expect(looksLikeNewsOutlet(name), name).toBe(false);
    }
  });

  it("keeps running-text names apart from those that are also words", () => {
    const running = new Set<string>(NEWS_OUTLETS);
    expect(NEWS_OUTLETS_AMBIGUOUS.filter((name) => running.has(name))).toEqual([]);
  });
});

describe("sameOutlet", () => {
  it("matches a short form inside the full name, not a different outlet", () => {
    expect(sameOutlet("Chosun", "The Chosun Ilbo")).toBe(true);
    expect(sameOutlet("Politico", "Politico Europe")).toBe(true);
    expect(sameOutlet("Reuters", "Bloomberg")).toBe(false);
  });
});
