import { describe, expect, it } from "vitest";
import { contentLemmas, eventWords } from "./lemmas.ts";

describe("contentLemmas", () => {
  it("reads a text the same way whatever was read before it", () => {
    // wink-nlp remembers every unknown word it meets, and its tokenizer used to split "Wendak's"
    // as "Wendak" + "'s" until it had once met "Wendak's" whole: the same story then compared
    // differently in a long-running process (patches/wink-nlp@2.4.0.patch).
    const name = (lemmas: readonly string[]) => lemmas.filter((l) => l.startsWith("wendak"));
    const before = contentLemmas("Critics of Wendak's plan gathered.");
    contentLemmas("It was Wendak's. Wendak's. Then Wendak's?");
    const after = contentLemmas("Critics of Wendak's plan gathered outside.");
    expect(name(before)).not.toHaveLength(0);
    expect(name(after)).toEqual(name(before));
  });

  it("gives the three translations of Kim's remark the same core lemmas", () => {
    const a = contentLemmas("substantial progress on most issues");
    const b = contentLemmas("There was substantive progress on most of the issues");
    expect(a).toEqual(expect.arrayContaining(["substantial", "progress", "issue"]));
    expect(b).toEqual(expect.arrayContaining(["substantial", "progress", "issue"]));
  });

  it("maps derivations and synonyms to one class: chances/prospects, improved/increased", () => {
    const a = contentLemmas("the prospects for a final deal had significantly improved");
    const b = contentLemmas("the chances of finalizing the deal have increased");
    for (const lemma of ["chance", "improve", "deal"]) {
      expect(a).toContain(lemma);
      expect(b).toContain(lemma);
    }
    expect(a).toContain("substantial");
  });

  it("drops speech verbs and function words but keeps the country 'U.S.'", () => {
    const lemmas = contentLemmas("Kim told reporters that the U.S. said it would help us.");
    expect(lemmas).not.toContain("tell");
    expect(lemmas).not.toContain("say");
    const [usa] = contentLemmas("the United States");
    expect(usa).toBeDefined();
    expect(lemmas.filter((l) => l === usa)).toHaveLength(1);
  });

  it("reads a country's names, demonym and capital as one lemma, from the dataset", () => {
    const [korea] = contentLemmas("South Korea");
    for (const form of ["Seoul", "South Korean", "the Republic of Korea"]) {
      expect(contentLemmas(form)).toEqual([korea]);
    }
    const [usa] = contentLemmas("US");
    for (const form of ["Washington", "American", "the U.S.", "Washington D.C.", "America"]) {
      expect(contentLemmas(form)).toEqual([usa]);
    }
    expect(korea).not.toBe(usa);
    expect(contentLemmas("Pyongyang")).toEqual(contentLemmas("North Korean"));
    expect(contentLemmas("Pyongyang")).not.toEqual([korea]);
  });

  it("leaves a form two countries share unmapped, and the pronoun 'us' out", () => {
    // "Congolese" is the demonym of both Congos; "Korea" alone names two countries.
    expect(contentLemmas("Congolese")).toEqual(["congolese"]);
    expect(contentLemmas("Korea")).toEqual(["korea"]);
    // "Chad" is a country and a given name: like places.ts, the name wins.
    expect(contentLemmas("Chad")).toEqual(["chad"]);
    expect(contentLemmas("N'Djamena")).toEqual(contentLemmas("Chadian"));
    expect(contentLemmas("help us")).toEqual(["help"]);
  });

  it("keeps a trip a trip (not a departure), a flight a departure, and 'Group of Seven' the G7", () => {
    const trip = contentLemmas("three days after returning from a trip to the U.S.");
    const visit = contentLemmas("Minister Kim visited Washington");
    expect(trip).toContain("trip");
    expect(visit).toContain("trip");
    expect(trip).not.toContain("depart");
    expect(contentLemmas("Kim boarded a flight").filter((l) => l === "depart")).toHaveLength(2);
    expect(contentLemmas("ahead of the Group of Seven summit")).toContain("g7");
    expect(contentLemmas("before the G7 summit")).toContain("g7");
    expect(contentLemmas("Officials hope to unveil the rules")).toContain("aim");
  });
});

describe("eventWords: verbs read with their particle", () => {
  const verbs = (text: string) =>
    eventWords(text)
      .filter((w) => w.verb)
      .map((w) => w.lemma);

  it("reads 'checked into' and 'checked herself in' as checking in", () => {
    expect(verbs("Ada Lund checked into the Harbour Clinic on Friday.")).toContain("check");
    expect(verbs("Ada Lund checked herself in on Friday.")).toContain("check");
    expect(verbs("The singer checked - in to the Harbour Clinic.")).toContain("check");
  });

  it("reads 'checked out of' as another happening, and 'checked the damage' as neither", () => {
    const out = verbs("Ada Lund checked out of the Harbour Clinic after a month.");
    expect(out).toContain("check out");
    expect(out).not.toContain("check");
    const inspect = verbs("Inspectors checked the damage at the Harbour Clinic.");
    expect(inspect).toContain("inspect");
    expect(inspect).not.toContain("check");
  });
});
