import { describe, expect, it } from "vitest";
import { corpusComparison } from "../../test/fixtures/alignment-gold/corpus-comparison.ts";
import { buildStoryEntities } from "../story-entities.ts";
import { buildUnits } from "./units.ts";

describe("buildUnits on the corpus", () => {
  const { articles, extractions, code } = corpusComparison();
  const entities = buildStoryEntities(
    extractions.map((e) => ({ articleId: e.articleId, entities: e.entities })),
  );
  const units = buildUnits(articles, extractions, entities);
  const unit = (c: string, text: string) =>
    units.find((u) => code(u.articleId) === c && u.text.includes(text));
  const name = (id: string) => entities.entities.find((e) => e.id === id)?.name;

  it("dates each remark by its speech verb, and the speaker's other remarks in the article with it", () => {
    expect(unit("000", "Kim Yong-beom said Friday")?.saidOn).toBe("2025-10-24");
    expect(unit("000", "We have narrowed our differences")?.saidOn).toBe("2025-10-24");
    expect(unit("004", "There was substantive progress")?.saidOn).toBe("2025-10-19");
    // The date in "before the APEC summit at the end of the month" is what the words are about.
    expect(unit("004", "both sides are aiming to conclude")?.saidOn).toBe("2025-10-19");
    // "last week" is a week, not a day.
    expect(unit("001", "Speaking after his return last week")?.saidOn).toBe(
      "2025-10-13/2025-10-19",
    );
    expect(unit("003", "very close to a deal")?.saidOn).toBe("2025-10-24");
  });

  it("credits quotes to resolved people, pronoun-led continuations included", () => {
    expect([...(unit("004", "He added that the chances")?.speakers ?? [])].map(name)).toEqual([
      "Kim Yong-beom",
    ]);
    expect(
      [...(unit("002", "We reached agreement on most issues")?.speakers ?? [])].map(name),
    ).toEqual(["Kim Jung-kwan"]);
    // A country is not a speaker: "South Korea has argued".
    expect(unit("004", "South Korea has argued")?.speakers.size).toBe(0);
  });

  it("leaves names and titles out of the lexical bag and maps synonyms together", () => {
    const lemmas =
      unit("000", "Presidential director of national policy Kim Yong-beom said Friday")?.lemmas ??
      [];
    expect(lemmas).not.toContain("kim");
    expect(lemmas).not.toContain("director");
    expect(unit("004", "There was substantive progress")?.lemmas).toEqual(
      expect.arrayContaining(["substantial", "progress", "issue"]),
    );
  });

  it("keeps statements in article order with their own text", () => {
    for (const u of units)
      expect(articles[u.articleIndex]?.body.slice(u.span.start, u.span.end)).toBe(u.text);
  });
});
