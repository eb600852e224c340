import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quotation given as a possessor's remark or message, with no colon, is the possessor's", () => {
  it("reads the name before a remark noun and 'is'", () => {
    const x = extract(
      "Ada Lund ran for the harbour board in Norland this spring.",
      "Ada Lund’s campaign slogan is “Lund for the port.” The crews liked it.",
    );
    expect(speakerOf(x, "Lund for the port")).toBe("Ada Lund");
  });

  it("reads a message that 'read' the quotation", () => {
    const x = extract(
      "Ivo Vint left the council in Castlebay on Monday.",
      "Hours later, Vint's statement read “We are done with the talks.” Nobody answered it.",
    );
    expect(speakerOf(x, "We are done")).toBe("Ivo Vint");
  });

  it("abstains on a noun others give, or a possessor the registry does not know", () => {
    const x = extract(
      "Ivo Vint left the council in Castlebay on Monday.",
      "Vint's nickname is “the Duke.” The old ferry's motto was “Steady as she goes.”",
    );
    expect(speakerOf(x, "the Duke")).toBeNull();
    expect(speakerOf(x, "Steady as she goes")).toBeNull();
  });

  it("reads a quotation between a possessive name and a remark or claim noun", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Ada Lund’s “47 berths” comment was nearly as harsh as the old tariff.",
      "Vint's “not one berth” pledge was kept until May.",
    );
    expect(speakerOf(x, "47 berths")).toBe("Ada Lund");
    expect(speakerOf(x, "not one berth")).toBe("Ivo Vint");
  });

  it("reads his/her before a quoted remark or pledge as the person the pronoun stands for", () => {
    const x = extract(
      "Ivo Vint, a dock organiser, met Ada Roe in Castlebay on Monday.",
      "Vint asked Roe whether she would sign up to his “open port” pledge before the vote.",
      "Roe had no answer. Her “no new berths” remark still stung the crews.",
    );
    expect(speakerOf(x, "open port")).toBe("Ivo Vint");
    expect(speakerOf(x, "no new berths")).toBe("Ada Roe");
  });

  it("abstains on a possessive before a quotation that modifies no remark", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Vint's “pivot” left the crews cold. Lund's “Harbour” ferry sank. His “Tide” boat sank too.",
    );
    expect(speakerOf(x, "pivot")).toBeNull();
    expect(speakerOf(x, "Harbour")).toBeNull();
    expect(speakerOf(x, "Tide")).toBeNull();
  });
});
