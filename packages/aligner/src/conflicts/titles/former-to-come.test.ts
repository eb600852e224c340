import { describe, expect, it } from "vitest";
import { formerYetToCome } from "./former-to-come.ts";

describe("formerYetToCome: a 'former' said of a time to come", () => {
  it("reads a status word after 'once/when … is' or a modal future as not yet true", () => {
    for (const before of [
      "That will matter more, especially once Vint is ",
      "The harbour will change when the governor becomes a ",
      "Lund, who will soon be a ",
      "By spring she would become the ",
      "the soon-to-be ",
    ])
      expect(formerYetToCome(before)).toBe(true);
  });

  it("leaves the outlet's own 'former', said now or of the past", () => {
    for (const before of [
      "The harbour changed when ",
      "It was praised by ",
      "The harbour changed when Vint was ",
      "Lund, who is a ",
      "",
    ])
      expect(formerYetToCome(before)).toBe(false);
  });
});
