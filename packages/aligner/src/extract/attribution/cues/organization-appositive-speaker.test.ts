import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";

/** "kind:name" of the speakers of the quotes whose text contains `words` (null when unknown), once each. */
function speakersOf(x: ReturnType<typeof extract>, words: string): (string | null)[] {
  const speakers = x.quotes
    .filter((q) => q.text.includes(words))
    .map((q) => {
      const e = x.entities.find((n) => n.id === q.speakerId);
      return e === undefined ? null : `${e.kind}:${e.name}`;
    });
  return [...new Set(speakers)];
}

describe("an unknown name before an appositive describing an organisation speaks as one", () => {
  it("'Harbour Rising, a conservative group, said: “…”' → the organisation (was unknown)", () => {
    const x = extract(
      "The race was close.",
      "Harbour Rising, a conservative group, said: “The mayor is a liability.”",
    );
    expect(speakersOf(x, "liability")).toEqual(["organization:Harbour Rising"]);
  });

  it("a partial quote after 'called' and a closing cue read it too", () => {
    const x = extract(
      "The race was close.",
      "And Harbour Rising, a conservative political action committee, called the mayor " +
        "“a walking liability” for the town.",
      "“He will lose,” Orvale Forward, a local charity, said.",
    );
    expect(speakersOf(x, "walking liability")).toContain("organization:Harbour Rising");
    expect(speakersOf(x, "He will lose")).toEqual(["organization:Orvale Forward"]);
  });

  it("leaves people, weekdays and titles alone ('the founder of the group', 'On Tuesday, a charity,')", () => {
    const x = extract(
      "The race was close.",
      "Ada Roe, the founder of the group, said: “We will win.”",
      "On Tuesday, a local charity, said: “We need money.”",
    );
    expect(speakersOf(x, "We will win")).toEqual(["person:Ada Roe"]);
    expect(speakersOf(x, "We need money")).toEqual([null]);
    expect(x.entities.some((e) => e.kind === "organization" && e.name.includes("Tuesday"))).toBe(
      false,
    );
  });
});
