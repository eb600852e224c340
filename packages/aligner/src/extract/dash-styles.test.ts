import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../test/support/quote-speakers.ts";
import { withBarsAsEmDashes, withEmDashes } from "./dash-styles.ts";

describe("withEmDashes", () => {
  it("reads two hyphens and a spaced hyphen as an em dash, keeping the length", () => {
    const typed =
      "Ivo Vint -- who lost to Lund -- said so. In May 2013 - after Lund left - it ended.";
    const read = withEmDashes(typed);
    expect(read).toBe(
      "Ivo Vint —  who lost to Lund —  said so. In May 2013 — after Lund left — it ended.",
    );
    expect(read).toHaveLength(typed.length);
  });

  it("leaves hyphens inside words, rule lines, list bullets and joined names as written", () => {
    const typed =
      "a pro-life vote\n----\n- first item\nthe SEA-ME - WE cable and the Roe - Vint debate";
    expect(withEmDashes(typed)).toBe(typed);
  });

  it("reads a hyphen opening a line glued to a capital letter as an em dash", () => {
    const typed = "“We will win.”\n\n-Marta Quill, Harbour City.\n-Ivo Vint explains why.";
    const read = withEmDashes(typed);
    expect(read).toBe("“We will win.”\n\n—Marta Quill, Harbour City.\n—Ivo Vint explains why.");
    expect(read).toHaveLength(typed.length);
  });
});

describe("the horizontal bar", () => {
  it("alone reads as an em dash for readers of a statement's text, typed dashes left as written", () => {
    const typed = "On Monday ― a day after the vote -- the board met - at noon.";
    const read = withBarsAsEmDashes(typed);
    expect(read).toBe("On Monday — a day after the vote -- the board met - at noon.");
    expect(read).toHaveLength(typed.length);
  });

  it("reads as an em dash, keeping the length", () => {
    const typed = "HARBOUR CITY ― Ivo Vint ―\u00a0who lost ― said so.\n“We won.”―Ada Lund";
    const read = withEmDashes(typed);
    expect(read).toBe("HARBOUR CITY — Ivo Vint —\u00a0who lost — said so.\n“We won.”—Ada Lund");
    expect(read).toHaveLength(typed.length);
  });

  it("sets off a clause between the speaker and the verb, as an em dash does", () => {
    const x = extractParagraphs(
      "Tom Vint ― who lost the 2008 race to Ada Lund ― said, “The mayor offered no changes.”",
    );
    expect(speakerOf(x, "offered no changes")).toBe("Tom Vint");
  });
});

describe("a typed dash in attribution", () => {
  it("sets off a clause between the speaker and the verb, as an em dash does", () => {
    const x = extractParagraphs(
      "Tom Vint -- who lost the 2008 race to Ada Lund -- said, “The mayor offered no changes.”",
    );
    expect(speakerOf(x, "offered no changes")).toBe("Tom Vint");
  });

  it("keeps a name inside a spaced-hyphen aside from speaking", () => {
    const x = extractParagraphs(
      "Ada Lund left office in May.",
      "In June 2013 - four months after Lund left office - the board told the group that “no records were located.”",
    );
    expect(speakerOf(x, "no records were located")).not.toBe("Ada Lund");
  });
});
