import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { namesShare } from "./survey-respondents.ts";

describe("a share of a survey's respondents speaks for the survey", () => {
  it("leaves unknown the group a share of respondents is of", () => {
    const x = extract(
      "Harbourlanders vote for a new council in May.",
      "In a Lakeside Ledger poll released on Monday, 54 percent of Harbourlanders said the port should stay open.",
    );
    expect(speakerOf(x, "the port should stay open")).toBeNull();
  });

  it("leaves unknown a share the survey found, in words or figures", () => {
    const x = extract(
      "The Harbour Council met on Monday.",
      "A new survey found that six in 10 dockers say they would strike before the winter.",
    );
    expect(speakerOf(x, "they would strike before")).toBeNull();
  });

  it("keeps a group that speaks where no survey is named", () => {
    const x = extract(
      "The Harbour Council met on Monday.",
      "Harbour Council members said the port should stay open.",
    );
    expect(speakerOf(x, "the port should stay open")).toBe("Harbour Council");
  });

  it("leaves unknown the group or place a share is of where no survey is named", () => {
    const x = extract(
      "In Norland, Ivo Vint won large majorities of both men and women.",
      "Half of Norland Democrats said they want the next mayor to keep the port open.",
    );
    expect(speakerOf(x, "they want the next mayor")).toBeNull();
    const list = extract(
      "The Norland Democrats met on Monday.",
      "Dockers are more worried: 45% of pilots, 28% of clerks and 12% of Norland Democrats said they would back Ivo Vint.",
    );
    expect(speakerOf(list, "they would back Ivo Vint")).toBeNull();
  });

  it("keeps a share that is itself the speaker where no survey is named", () => {
    const x = extract(
      "The Harbour Party met on Monday.",
      "Twenty-four percent said they would vote for Ada Lund.",
    );
    expect(speakerOf(x, "they would vote for Ada Lund")).toBe("Twenty-four percent");
  });

  it("keeps a speaker who is not a share in a sentence about a poll", () => {
    const x = extract(
      "Ada Lund leads the Harbour Party.",
      "Lund said the latest poll showed the port should stay open.",
    );
    expect(speakerOf(x, "the latest poll showed")).toBe("Ada Lund");
  });
});

describe("namesShare", () => {
  it("reads a share in the mention or right before it", () => {
    const own = "Nearly half of those asked said no.";
    expect(namesShare(own, 0, "Nearly half of those asked".length)).toBe(true);
    const before = "Some 40% of dockers said no.";
    expect(namesShare(before, before.indexOf("dockers"), before.indexOf(" said"))).toBe(true);
    const count = "Two out of three dockers said no.";
    expect(namesShare(count, count.indexOf("dockers"), count.indexOf(" said"))).toBe(true);
  });

  it("reads no share in a plain name or a count of people", () => {
    const plain = "Ada Lund said no.";
    expect(namesShare(plain, 0, 8)).toBe(false);
    const count = "Three dockers said no.";
    expect(namesShare(count, count.indexOf("dockers"), count.indexOf(" said"))).toBe(false);
  });
});
