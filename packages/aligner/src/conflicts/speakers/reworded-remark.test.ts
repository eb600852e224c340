import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { compareStory } from "../../compare-story.ts";
import { rewordedRemark } from "./reworded-remark.ts";

const quoted = (text: string, lemmas: string[] = []) => ({
  lemmas: new Set(lemmas),
  words: (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" "),
});

describe("rewordedRemark", () => {
  it("reads a common-word remark inside another wording of it as the same remark", () => {
    expect(
      rewordedRemark(
        quoted("If I could pay you more, I would"),
        quoted("If there was any more I could pay you, I would"),
      ),
    ).toBe(true);
  });

  it("needs every word of the shorter quotation in the longer", () => {
    expect(
      rewordedRemark(
        quoted("If I could help you more, I would"),
        quoted("If there was any more I could pay you, I would"),
      ),
    ).toBe(false);
  });

  it("needs five words of three letters or more", () => {
    expect(rewordedRemark(quoted("I could not"), quoted("I could not say more than that"))).toBe(
      false,
    );
  });

  it("leaves quotations of content words to the same-words check", () => {
    expect(
      rewordedRemark(
        quoted("the pier was not safe for you", ["pier", "safe"]),
        quoted("the pier was not safe for you and the families", ["pier", "safe", "family"]),
      ),
    ).toBe(false);
  });
});

// An invented story: the chair's remark of common words, quoted word for word by two outlets and
// reworded by a third; a fourth credits it to the harbour master.
const OPENING =
  "The Harbour Council voted on Monday to close the old ferry pier in Norrvik after a storm damaged its pilings.";
const REMARK = "If there was any more we could do for you, we would";

function speakerRows(third: string): string[][] {
  const body = (quote: string) =>
    `${OPENING}\n\nCouncil chair Ada Lund spoke to the families after the vote.\n\n${quote}\n\nThe pier will be fenced off this week.`;
  const articles = [
    handBuiltArticle(body(`"${REMARK}," Ada Lund said.`), "Coast Herald"),
    handBuiltArticle(body(`"${REMARK}," said Ada Lund.`), "Daily Ledger"),
    handBuiltArticle(body(third), "Bay Courier"),
    handBuiltArticle(
      `${OPENING}\n\nHarbour master Ivo Vint spoke to the families after the vote.\n\n"${REMARK}," Ivo Vint said.\n\nThe pier will be demolished next year.`,
      "Metro Wire",
    ),
  ];
  const outlet = new Map(articles.map((a) => [a.id, a.outlet.name] as const));
  return compareStory(articles)
    .groups.flatMap((g) => g.conflicts)
    .filter((k) => k.kind === "speaker")
    .map((k) => [...new Set(k.values.map((v) => `${outlet.get(v.articleId)}: ${v.text}`))].sort());
}

describe("a speaker row and a reworded remark of common words", () => {
  it("names the outlet that rewords the remark beside the outlets quoting it word for word", () => {
    expect(speakerRows(`"If we could do more for you, we would," Ada Lund said.`)).toEqual([
      [
        "Bay Courier: Ada Lund",
        "Coast Herald: Ada Lund",
        "Daily Ledger: Ada Lund",
        "Metro Wire: Ivo Vint",
      ],
    ]);
  });

  it("leaves out an outlet quoting other common words", () => {
    expect(speakerRows(`"We did what we could for them, all of them," Ada Lund said.`)).toEqual([
      ["Coast Herald: Ada Lund", "Daily Ledger: Ada Lund", "Metro Wire: Ivo Vint"],
    ]);
  });
});
