import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";

// A party member's word ("Democrat", "Republican") ends a description of someone, never a
// person's name: "one Orvale Republican" is someone unnamed, and two such phrases are two people,
// not one person surnamed "Republican" (name-words.ts, ../name-rules.ts).
describe("a place and a party member's word name someone unnamed", () => {
  it("gives each inverted “said one Orvale Republican” its own unnamed speaker", () => {
    const x = extract(
      "Ada Lund spoke in Orvale on Monday.",
      "“The gap is wide,” said one Orvale Republican.",
      "“We will see,” said another Orvale Republican.",
    );
    const speakers = x.quotes.map((q) => x.entities.find((e) => e.id === q.speakerId));
    expect(speakers.map((e) => e?.name)).toEqual([
      "one Orvale Republican",
      "another Orvale Republican",
    ]);
    expect(speakers.every((e) => e?.unnamed === true)).toBe(true);
  });

  it("makes no person of “a Norland Democrat said” or “an Orvale Republican told”", () => {
    const x = extract(
      "Ada Lund spoke in Orvale on Monday.",
      "“It is over,” a Norland Democrat said on Monday.",
      "Turnout fell, an Orvale Republican told the Gazette.",
    );
    const named = x.entities.filter((e) => e.kind === "person" && !e.unnamed).map((e) => e.name);
    expect(named).toEqual(["Ada Lund"]);
  });
});
