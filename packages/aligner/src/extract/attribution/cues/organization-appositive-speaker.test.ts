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

describe("an organisation named before its appositive speaks for the predicate after it", () => {
  it("'Dockwatch, a watchdog group, denounced the plan and said …' → the group (was unknown)", () => {
    const x = extract(
      "The race was close.",
      "Dockwatch, a watchdog group, denounced the plan and said it would “fight every step” of it.",
      "On Tuesday, Harbour Rising, a conservative group, attacked the levy, calling it “a tax on work.”",
    );
    expect(speakersOf(x, "fight every step")).toEqual(["organization:Dockwatch"]);
    expect(speakersOf(x, "a tax on work")).toEqual(["organization:Harbour Rising"]);
  });

  it("leaves a person's appositive and a list opening the clause to the other readers", () => {
    const x = extract(
      "The race was close.",
      "Ivo Vint, a lawyer, denounced the plan and said it would “fight every step” of it.",
      "Dockwatch, a watchdog group, and the pilots denounced the levy and said: “We will fight.”",
    );
    expect(speakersOf(x, "fight every step")).toEqual(["person:Ivo Vint"]);
    expect(speakersOf(x, "We will fight")).toEqual([null]);
  });
});

describe("a name that opens on a place before an organisation's appositive", () => {
  it("'And Ohio Rising, a conservative political action committee, called …' → the committee (was the place)", () => {
    const x = extract(
      "The race was close.",
      "And Ohio Rising, a conservative political action committee, called the mayor " +
        "“a walking liability” for the town.",
    );
    expect(speakersOf(x, "walking liability")).toEqual(["organization:Ohio Rising"]);
  });

  it("never makes an organisation of the place alone ('Ohio, a big state, said')", () => {
    const x = extract("The race was close.", "Ohio, a big state, said: “We will vote.”");
    expect(x.entities.some((e) => e.kind === "organization" && e.name.includes("Ohio"))).toBe(
      false,
    );
  });
});
