import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { storyEvents } from "../events/story-events.ts";
import { eventWords } from "./lemmas.ts";
import { insideName, runningCase } from "./name-words.ts";

/** The verbs of a text as eventWords reads them, a word of a name marked with a star. */
const verbs = (text: string) =>
  eventWords(text)
    .filter((word) => word.verb)
    .map((word) => (word.inName ? `${word.lemma}*` : word.lemma));

/** Tokens and tags from "word/TAG word/TAG …". */
const tagged = (line: string) => {
  const pairs = line.split(" ").map((pair) => pair.split("/") as [string, string]);
  return { values: pairs.map(([value]) => value), tags: pairs.map(([, tag]) => tag) };
};

describe("runningCase", () => {
  it("tells running text from a title-case headline, names aside", () => {
    const running = tagged(
      "Ada/PROPN Lund/PROPN left/VERB the/DET Tessa/PROPN Mend/VERB Clinic/PROPN",
    );
    expect(runningCase(running.values, running.tags)).toBe(true);
    const headline = tagged(
      "Ada/PROPN Lund/PROPN Acts/VERB Fast/ADV On/ADP Harbour/PROPN Plan/PROPN",
    );
    expect(runningCase(headline.values, headline.tags)).toBe(false);
  });
});

describe("insideName", () => {
  const at = (line: string, word: string) => {
    const { values, tags } = tagged(line);
    return insideName(values, tags, values.indexOf(word), runningCase(values, tags));
  };

  it("marks a capitalised verb form after a name word", () => {
    expect(at("Ada/PROPN left/VERB the/DET Tessa/PROPN Mend/VERB Clinic/PROPN", "Mend")).toBe(true);
    expect(at("they/PRON amended/VERB the/DET Birds/PROPN Act/VERB", "Act")).toBe(true);
  });

  it("leaves a lowercase verb, a name's first word and a headline's verbs", () => {
    expect(at("the/DET council/NOUN will/AUX act/VERB on/ADP it/PRON", "act")).toBe(false);
    expect(at("Ada/PROPN was/AUX sent/VERB into/ADP Mending/VERB Hands/PROPN", "Mending")).toBe(
      false,
    );
    expect(at("Ada/PROPN Lund/PROPN Acts/VERB Fast/ADV On/ADP Plan/PROPN", "Acts")).toBe(false);
  });
});

describe("eventWords: verb forms inside a name", () => {
  it("marks the head of a law's name and a verb inside a clinic's name", () => {
    expect(verbs("The Harbour Council amended the Threatened Birds Act on Monday.")).toEqual([
      "amend",
      "threaten",
      "act*",
    ]);
    expect(verbs("Ada Lund left the Tessa Mend Clinic on Friday.")).toEqual(["leave", "mend*"]);
  });

  it("keeps the verb written in running text or in a headline", () => {
    expect(verbs("The council will act on the plan, Ada Lund said.")).toEqual(["act"]);
    expect(verbs("Ada Lund Acts Fast On Harbour Plan")).toEqual(["act"]);
  });
});

describe("storyEvents: a verb inside a name, broadly read", () => {
  const units = [
    "Ada Lund checked into the Tessa Mend Clinic on Monday.",
    "Ada Lund left the Tessa Mend Clinic on Friday.",
  ].map((text, index) => ({
    ...makeUnit(index, index, text, { entities: new Set(["E-ada", "O-clinic"]) }),
    position: index,
  }));
  const read = (articles: boolean) =>
    storyEvents(units, {
      isPlace: () => false,
      ...(articles ? { articles: { between: () => 0.6, typical: 0.3 } } : {}),
    }).map((e) => `${e.action}:${e.units.join(",")}`);

  it("makes no happening of the clinic's name", () => {
    expect(read(false)).toContain("mend:0,1");
    expect(read(true)).not.toContain("mend:0,1");
  });
});
