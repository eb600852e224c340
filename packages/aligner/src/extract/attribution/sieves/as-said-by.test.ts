import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("an 'as described by X' aside after a quoted fragment gives it to X", () => {
  it("reads the agent of an aside set off by dashes or brackets", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met in Castlebay on Monday.",
      "From her failure to fix the docks to being “extremely careless” with the files – as described by Harbour Board chair Ivo Vint – many believe Lund has failed.",
      "The ferry is “a floating ruin” (as described by Lund) and will be sold.",
    );
    expect(speakerOf(x, "extremely careless")).toBe("Ivo Vint");
    expect(speakerOf(x, "a floating ruin")).toBe("Ada Lund");
  });

  it("abstains on a participle of no saying, a reporting verb between, or an unknown agent", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met in Castlebay on Monday.",
      "The “old quay” plan, as approved by Vint, was shelved.",
      "The docks were “a ruin” and the crews said so, as noted by Lund.",
      "The pier is “unsafe,” as described by a local diver.",
    );
    expect(speakerOf(x, "old quay")).toBeNull();
    expect(speakerOf(x, "a ruin")).toBeNull();
    expect(speakerOf(x, "unsafe")).toBeNull();
  });
});
