import { describe, expect, it } from "vitest";
import {
  titleAfter,
  titleBefore,
  titleBeforeAppositive,
  titlesCompatible,
  titleWords,
} from "./titles.ts";

function before(text: string, name: string): string | null {
  const at = text.indexOf(name);
  const range = titleBefore(text, at, 0);
  return range ? text.slice(range.start, range.end) : null;
}

function after(text: string, name: string): string | null {
  const end = text.indexOf(name) + name.length;
  const range = titleAfter(text, end, text.length);
  return range ? text.slice(range.start, range.end) : null;
}

function appositive(text: string, name: string): string | null {
  const at = text.indexOf(name);
  const range = titleBeforeAppositive(text, at, at + name.length, 0);
  return range ? text.slice(range.start, range.end) : null;
}

describe("titles", () => {
  it("reads the title written before a name, stopping at ordinary words and punctuation", () => {
    expect(before("Presidential director of national policy Kim Tae-hun said", "Kim")).toBe(
      "Presidential director of national policy",
    );
    expect(before("talks with U.S. Secretary of Commerce Oren Talbeck and", "Oren")).toBe(
      "U.S. Secretary of Commerce",
    );
    expect(before("Meanwhile, former US President Anton Veld met", "Anton")).toBe(
      "former US President",
    );
    expect(before("ahead of U.S. President Anton Veld’s visit", "Anton")).toBe("U.S. President");
    expect(before("said Lee Ha-rin, a professor", "Lee")).toBeNull();
    expect(before("Kim Tae-hun, left, and Kim Do-hyun", "Kim Do")).toBeNull();
  });

  it("reads appositive titles, including a list inside the title, and rejects caption words", () => {
    expect(
      after("Kim Do-hyun, minister of trade, industry and energy, are set", "Kim Do-hyun"),
    ).toBe("minister of trade, industry and energy");
    expect(after("Oh Eun-bi, the third deputy national security adviser, told", "Oh Eun-bi")).toBe(
      "third deputy national security adviser",
    );
    expect(
      after(
        "said Lee Ha-rin, a professor at Seoul National University School of Law.",
        "Lee Ha-rin",
      ),
    ).toBe("professor at Seoul National University School of Law");
    expect(after("Kim Tae-hun, left, and Industry Minister", "Kim Tae-hun")).toBeNull();
  });

  it("reads a title in an appositive before the name, leaving its owner out", () => {
    expect(appositive("Japan's economy minister, Kenji Sato, said", "Kenji Sato")).toBe(
      "economy minister",
    );
    expect(
      appositive("talks with Samsung’s chief executive, Jane Doe, on Monday", "Jane Doe"),
    ).toBe("chief executive");
    expect(appositive("The president, Lee Seung-ho, said", "Lee Seung-ho")).toBe("president");
    expect(appositive("U.S. commerce secretary, Laura Hendricks, said", "Laura Hendricks")).toBe(
      "U.S. commerce secretary",
    );
    // Not a title head before the comma, no comma after the name, a list, nothing but an owner.
    expect(appositive("Seoul's offer, Kim Min-jun, said", "Kim Min-jun")).toBeNull();
    expect(appositive("Japan's economy minister, Kenji Sato said", "Kenji Sato")).toBeNull();
    expect(appositive("Kim Min-jun, Lee Ji-ho, and Park Seo-yeon", "Lee Ji-ho")).toBeNull();
    expect(appositive("met the minister, Lee Ji-ho, and Park Seo-yeon", "Lee Ji-ho")).toBeNull();
    expect(appositive("On Tuesday, Kenji Sato, said", "Kenji Sato")).toBeNull();
    expect(appositive("Kenji Sato, said", "Kenji Sato")).toBeNull();
  });

  it("reads one-word 'vice-' heads and 'fellow' after a name, never the next item of a list or a clause with a speech verb", () => {
    expect(after("Chen Hao, China's vice-minister of industry, is due", "Chen Hao")).toBe(
      "China's vice-minister of industry",
    );
    expect(after("Ana Costa, a senior fellow at the Porto Institute, said", "Ana Costa")).toBe(
      "senior fellow at the Porto Institute",
    );
    expect(after("Li Ming, and the minister, met", "Li Ming")).toBeNull();
    expect(after("Ana Costa, or the minister, will go", "Ana Costa")).toBeNull();
    expect(after("Hong Kong, the chief executive warned, faces", "Hong Kong")).toBeNull();
    expect(after("Jane Doe, the chief economist noted, was right", "Jane Doe")).toBeNull();
    expect(after("Deutsche Telekom, the market leader, said", "Deutsche Telekom")).toBeNull();
    expect(after("Foxconn, Apple's supplier and a global leader, said", "Foxconn")).toBeNull();
    expect(after("Kim Do-hyun, industry minister, said", "Kim Do-hyun")).toBe("industry minister");
  });

  it("matches a title said with a surname only when head and rank agree", () => {
    expect(titlesCompatible("director", "Presidential director of national policy")).toBe(true);
    expect(titlesCompatible("Minister", "Industry Minister")).toBe(true);
    expect(titlesCompatible("Deputy Minister", "Industry Minister")).toBe(false);
    expect(titlesCompatible("Minister", "Deputy Minister")).toBe(false);
    expect(titlesCompatible("Minister", "Presidential Chief of Staff for Policy")).toBe(false);
    expect(titleWords("U.S. Commerce Secretary")).toEqual(["us", "commerce", "secretary"]);
  });

  it("reads no title from a clause after the name ('according to a …', 'saying …')", () => {
    expect(
      after("sent by Ivo Vint, according to a Harbor Board spokesman.", "Ivo Vint"),
    ).toBeNull();
    expect(
      after(
        "dropped his support for Ivo Vint, saying he lacks the temper to be president.",
        "Ivo Vint",
      ),
    ).toBeNull();
    // A noun phrase after the comma is still read.
    expect(after("said Ivo Vint, a Harbor Board spokesman.", "Ivo Vint")).toBe(
      "Harbor Board spokesman",
    );
  });
  it("reads no appositive title that opens with a preposition: a phrase of the sentence, not a noun phrase", () => {
    expect(
      after(
        'turned to Vint, with the campaign of the former senator from Orvale saying Vint was "weak."',
        "Vint",
      ),
    ).toBeNull();
    expect(after("Ivo Vint, in a letter to the harbour master, said", "Ivo Vint")).toBeNull();
    expect(after("said Ivo Vint, the former senator from Orvale.", "Ivo Vint")).toBe(
      "former senator from Orvale",
    );
  });

  it("reads only the title of the name after 'of' when the post before it is another's ('the former chairman of President X's council')", () => {
    expect(
      before("Ada Lund, the former chairman of President Ivo Vint's council, said", "Ivo"),
    ).toBe("President");
    expect(before("the deputy head of US President Ivo Vint's staff", "Ivo")).toBe("US President");
    // "of" inside one post stays.
    expect(before("said Deputy Chief of Staff Ivo Vint", "Ivo")).toBe("Deputy Chief of Staff");
    expect(before("said Minister of Justice Ivo Vint", "Ivo")).toBe("Minister of Justice");
    expect(before("said Secretary of State Ivo Vint", "Ivo")).toBe("Secretary of State");
  });
});
