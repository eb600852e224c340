import { describe, expect, it } from "vitest";
import { eventWords } from "../align/lemmas.ts";
import { eventTriggers, storyVerbs, verbOfNoun } from "./event-triggers.ts";

const unit = (articleIndex: number, text: string) => ({
  articleIndex,
  eventWords: eventWords(text),
});

describe("eventTriggers", () => {
  it("takes a statement's verbs but not its light verbs", () => {
    const story = [unit(0, "The mayor resigned and was replaced by her deputy.")];
    const triggers = eventTriggers(story[0]?.eventWords ?? [], storyVerbs(story));
    expect(triggers).toContain("resign");
    expect(triggers).toContain("replace");
    expect(triggers).not.toContain("be");
  });

  it("reads a noun as the story's verb it nominalises", () => {
    const story = [
      unit(0, "The mayor resigned on Friday."),
      unit(1, "Her resignation surprised the council."),
    ];
    const verbs = storyVerbs(story);
    expect(eventTriggers(story[1]?.eventWords ?? [], verbs)).toContain("resign");
  });

  it("does not make a noun an event when no article uses its verb", () => {
    const story = [unit(0, "The council met in the old hall."), unit(1, "A resignation letter.")];
    expect(eventTriggers(story[1]?.eventWords ?? [], storyVerbs(story))).not.toContain("resign");
  });
});

describe("verbOfNoun", () => {
  const verbs = new Map([
    ["die", 1],
    ["stab", 1],
    ["appoint", 1],
    ["raid", 1],
    ["coach", 2],
  ]);
  it("undoes suffixes, doubled consonants and irregular pairs", () => {
    expect(verbOfNoun("appointment", verbs)).toBe("appoint");
    expect(verbOfNoun("stabbing", verbs)).toBe("stab");
    expect(verbOfNoun("death", verbs)).toBe("die");
  });

  it("takes a noun spelled as its verb only when two articles use the verb", () => {
    expect(verbOfNoun("raid", verbs)).toBeNull();
    expect(verbOfNoun("coach", verbs)).toBe("coach");
  });
});
