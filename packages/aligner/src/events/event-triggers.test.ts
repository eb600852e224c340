import { describe, expect, it } from "vitest";
import { eventWords } from "../align/lemmas.ts";
import { eventTriggers, eventVerb, nominalises, storyVerbs, verbOfNoun } from "./event-triggers.ts";

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

describe("happening nouns", () => {
  it("reads a noun that names a happening as one even when no article uses a verb for it", () => {
    const story = [
      unit(0, "A strong quake shook the coastal town on Sunday."),
      unit(1, "The earthquake left hundreds homeless."),
    ];
    const verbs = storyVerbs(story);
    expect(eventTriggers(story[0]?.eventWords ?? [], verbs)).toContain("earthquake");
    expect(eventTriggers(story[1]?.eventWords ?? [], verbs)).toContain("earthquake");
  });

  it("reads a fire as a blaze, apart from the verb fire (to dismiss or shoot)", () => {
    const story = [
      unit(0, "A blaze gutted the bakery overnight."),
      unit(1, "The fire started in the kitchen."),
      unit(2, "The club fired its coach."),
    ];
    const verbs = storyVerbs(story);
    expect(eventTriggers(story[0]?.eventWords ?? [], verbs)).toContain("blaze");
    expect(eventTriggers(story[1]?.eventWords ?? [], verbs)).toContain("blaze");
    expect(eventTriggers(story[2]?.eventWords ?? [], verbs)).not.toContain("blaze");
  });

  it("reads a killing as the death it caused", () => {
    const story = [unit(0, "Police are treating the killing as a homicide.")];
    expect(eventTriggers(story[0]?.eventWords ?? [], storyVerbs(story))).toContain("die");
  });
});

describe("eventVerb", () => {
  it("reads two wordings of one happening as one verb", () => {
    const story = [
      unit(0, "The singer checked into a clinic in the hills on Monday."),
      unit(1, "The singer entered a clinic on Monday."),
      unit(2, "Two inmates fled the county jail overnight."),
      unit(3, "Two inmates escaped from the jail."),
    ];
    const verbs = storyVerbs(story);
    const triggers = story.map((u) => eventTriggers(u.eventWords, verbs));
    expect(triggers[0]).toContain("enter");
    expect(triggers[1]).toContain("enter");
    expect(triggers[2]).toContain("escape");
    expect(triggers[3]).toContain("escape");
  });

  it("reads making a plan public in other words as one happening", () => {
    const story = [
      unit(0, "The water board announced a new pricing scheme on Monday."),
      unit(1, "The water board unveiled its pricing scheme on Wednesday."),
      unit(2, "The board disclosed the scheme to farmers."),
      unit(3, "The water board issued its new tariffs on Monday."),
      unit(4, "The board released the tariffs to the press."),
    ];
    const verbs = storyVerbs(story);
    for (const u of story) expect(eventTriggers(u.eventWords, verbs)).toContain("announce");
  });

  it("keeps verbs of two news senses and unlisted verbs as they are", () => {
    expect(eventVerb("fire")).toBe("fire");
    expect(eventVerb("pass")).toBe("pass");
    expect(eventVerb("murder")).toBe("die");
    expect(eventVerb("kill")).toBe("die");
    expect(eventVerb("die")).toBe("die");
  });

  it("reads the verbs of winning a match as one happening", () => {
    for (const verb of ["beat", "defeat", "overcome", "outlast", "rout", "trounce", "thrash"])
      expect(eventVerb(verb)).toBe("win");
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

describe("nominalises", () => {
  it("reads one verb's noun by verbOfNoun's rules, as a map of that verb alone would", () => {
    for (const [noun, verb] of [
      ["appointment", "appoint"],
      ["stabbing", "stab"],
      ["death", "die"],
      ["payments", "pay"],
      ["death", "dye"],
      ["coach", "coach"],
    ] as const)
      expect(nominalises(noun, verb)).toBe(verbOfNoun(noun, new Map([[verb, 1]])) === verb);
    expect(nominalises("appointment", "appoint")).toBe(true);
    expect(nominalises("death", "dye")).toBe(false);
  });
});
