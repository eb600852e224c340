import { describe, expect, it } from "vitest";
import { extractParagraphs, personNames } from "../../../test/support/quote-speakers.ts";

const people = (text: string) => personNames(extractParagraphs(text));

describe("a noun after a quotation", () => {
  it("is no inverted cue naming the words after it", () => {
    expect(people("The mayor’s “not one berth” pledge held firm through the winter.")).toEqual([]);
    expect(people("Her “every ferry running” vow drew cheers from the crowd.")).toEqual([]);
  });

  it("leaves the inverted cue of a verb", () => {
    expect(people("“We will not move” said Ada Roe.")).toEqual(["Ada Roe"]);
    expect(people("“We will not move,” vowed the harbour master.")).toEqual(["the harbour master"]);
  });
});
