import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";
import { groupHead } from "./corrections/name-modifies-group.ts";

describe("a name modifying the people who speak for or work with someone does not speak", () => {
  it("leaves unknown the words of a person's advisers", () => {
    const x = extract(
      "Ada Lund runs the port and wants a new plan.",
      "Lund advisers had said that the plan would fail before the winter.",
    );
    expect(speakerOf(x, "the plan would fail")).toBeNull();
  });

  it("leaves unknown the words of a person's employees and defenders", () => {
    const x = extract(
      "Ivo Vint runs the port and wants a new plan.",
      "Three former Vint employees said the plan would fail before the winter.",
      "Vint defenders argue that the plan would work within a year.",
    );
    expect(speakerOf(x, "the plan would fail")).toBeNull();
    expect(speakerOf(x, "the plan would work")).toBeNull();
  });

  it("leaves unknown the words of a person's backers and loyalists", () => {
    const x = extract(
      "Ivo Vint and Ada Lund held rallies in Orvale on Tuesday night.",
      "Lund backers said the tour was “a great success for the party.”",
      "Vint loyalists stood quietly and watched the screens, where her crowd was shown chanting “Ada! Ada!”",
    );
    expect(speakerOf(x, "a great success")).toBeNull();
    expect(speakerOf(x, "Ada! Ada!")).not.toBe("Ivo Vint");
  });

  it("leaves unknown the words of a person described as from a place, never the place", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met in Orvale on Monday.",
      "And Tarquil Pell turned on Lund, with the campaign of the former senator from Norland saying Lund was “not a real conservative on trade.”",
      "A delegate from Orvale said the plan was “dead on arrival.”",
      "A spokesman from the Harbour Trust said the plan was “under review.”",
    );
    expect(speakerOf(x, "not a real conservative")).toBeNull();
    expect(speakerOf(x, "dead on arrival")).toBeNull();
    expect(speakerOf(x, "under review")).toBe("Harbour Trust");
  });

  it("reads the plural of a noun for someone's spokespeople as a group", () => {
    expect(groupHead("advisers")).toBe(true);
    expect(groupHead("employees")).toBe(true);
    expect(groupHead("adviser")).toBe(false);
  });
});
