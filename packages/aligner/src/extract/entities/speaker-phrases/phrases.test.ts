import type { Extraction } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { personNames } from "../../../../test/support/entity-lookups.ts";
import { extractArticle } from "../../../extract-article.ts";

function speakerOf(x: Extraction, quoteStart: string): string | null {
  const quote = x.quotes.find((q) => q.text.startsWith(quoteStart));
  if (!quote) throw new Error(`no quote ${quoteStart}`);
  return x.entities.find((e) => e.id === quote.speakerId)?.name ?? null;
}

describe("speaker phrases that name nobody", () => {
  it("an adverb between a description and its verb is no word of the description", () => {
    const x = extractArticle(
      handBuiltArticle(
        "The Norland harbour board met on Monday. The agency specifically declined to say whether the quay would close. The harbour family said it would stay open.",
      ),
    );
    const names = x.entities.map((e) => e.name);
    expect(names).toContain("The agency");
    expect(names).not.toContain("The agency specifically");
    // A noun ending in -ly is no adverb.
    expect(names).toContain("The harbour family");
    const y = extractArticle(
      handBuiltArticle("Of the dockers polled, a third said the quay was unsafe."),
    );
    expect(y.entities.map((e) => e.name)).not.toContain("a");
    const z = extractArticle(
      handBuiltArticle(
        "Harbour pilots who run the night shifts almost universally said the quay was unsafe.",
      ),
    );
    expect(z.entities.map((e) => e.name)).toEqual(["Harbour pilots who run the night shifts"]);
  });

  it("an opening 'As' or 'Like' is no part of the speaker's name", () => {
    const x = extractArticle(
      handBuiltArticle(
        "The Harbour Trust met on Monday. As President Lund said, “the harbour must stay open to every boat.”",
      ),
    );
    expect(personNames(x)).toEqual(["President Lund"]);
    expect(speakerOf(x, "the harbour must")).toBe("President Lund");
  });

  it("a quote within doubled apostrophes closing as ''' leaves no person named by an apostrophe", () => {
    const x = extractArticle(
      handBuiltArticle("''I would call it 'old-school,''' said Tomas Weller, a donor, on Monday."),
    );
    expect(personNames(x)).toEqual(["Tomas Weller"]);
    expect(speakerOf(x, "I would call it")).toBe("Tomas Weller");
  });

  it("a cue read from inside a party label names the person before the label, never the label", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Sen. Amos Vint (Tex.) has said that he would cut the budget. Senator Dora Pell (D-Ore.) last week said the memo was forged.",
      ),
    );
    expect(personNames(x)).toEqual(["Amos Vint", "Dora Pell"]);
    expect(speakerOf(x, "he would cut")).toBe("Amos Vint");
    expect(speakerOf(x, "the memo was")).toBe("Dora Pell");
  });

  it("a possessive or a contraction left before a verb is no unnamed source", () => {
    const x = extractArticle(
      handBuiltArticle(
        "“Whoever wrote that was wrong,” Weller said. Saturday's slips were like one from last year. Editor’s note: Amos Vint is a candidate. It’s understandable that he’s saying so, Amos Vint said. Vint leads among delegates who've announced a preference.",
      ),
    );
    expect(x.entities.filter((e) => e.unnamed).map((e) => e.name)).toEqual([]);
    expect(personNames(x)).toEqual(["Weller", "Amos Vint"]);
  });

  it("a time, an adverbial, a phrase cut before its noun or a dash is no unnamed source", () => {
    const x = extractArticle(
      handBuiltArticle(
        [
          "The harbour board less than two weeks ago said for the first time that the pier was “unsafe.”",
          "Given his past, Amos Vint said the pier was “a mess.”",
          "Lena Orrick praised “Harbour Days,” a 2010 collection of his essays.",
          "A former mayor -- Ed Moss, who lost the 2018 race to Vint -- said the vote was “a farce.”",
          "None was marked as urgent, but Orrick wrote the files were “sensitive.”",
        ].join(" "),
      ),
    );
    expect(x.entities.filter((e) => e.unnamed).map((e) => e.name)).toEqual([]);
  });

  it("a poll's share and a bare quantifier still speak", () => {
    const x = extractArticle(
      handBuiltArticle("About four in 10 said they were “angry.” Some argued it was “fair.”"),
    );
    expect(x.entities.filter((e) => e.unnamed).map((e) => e.name)).toEqual([
      "About four in 10",
      "Some",
    ]);
  });

  it("a person noun before a name nobody introduced describes the person, it is no part of the name", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Actress Tarlo Reidy said the film was done. Boxer Wladek Klitsko said he won.",
      ),
    );
    expect(personNames(x)).toEqual(["Tarlo Reidy", "Wladek Klitsko"]);
  });

  it("a place opening the phrase before lowercase title words says where the named person is", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Governor Tomas Weller of Ohio backed the harbour plan on Monday.\n\n“The biggest worry for me is the next court seat,” said Idaho nutritional-supplement executive Frank VanderVarn, who had backed Weller and now gives to local groups.",
      ),
    );
    expect(speakerOf(x, "The biggest worry")).toBe("Frank VanderVarn");
  });

  it("a clause with its own subject and verb of saying before a later reporting verb is no description", () => {
    const x = extractArticle(
      handBuiltArticle(
        "The Harbour Department says the majority of dock workers admitted are women, and all are vetted. Ada Lund said the man who says he saw it was right.",
      ),
    );
    expect(x.entities.map((e) => e.name)).not.toContain(
      "The Harbour Department says the majority of dock workers",
    );
    expect(x.entities.some((e) => / says /.test(e.name))).toBe(false);
    expect(personNames(x)).toEqual(["Ada Lund"]);
  });
});
