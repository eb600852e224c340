import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { compareStory } from "../../compare-story.ts";

// An invented story told by three outlets; the third gives the climber another age, in each way
// an outlet words a person's age beside a name.
const OPENING =
  "Mountaineer Ivo Brandt died on Mount Ostra on Friday after a fall near the summit.";
const HERALD = `${OPENING}\n\nIvo Brandt, 72, had climbed the peak eleven times.\n\nRescuers reached the body on Saturday.`;
const LEDGER = `${OPENING}\n\nThe 72-year-old Ivo Brandt had climbed the peak eleven times.\n\nRescuers reached the body on Saturday.`;

const FORMS: Record<string, string> = {
  "a full name": "Ivo Brandt, 40, had climbed the peak eleven times.",
  "a lowercase title before the name":
    "Veteran mountaineer Ivo Brandt, 40, had climbed the peak eleven times.",
  "a capitalised title before the name":
    "Mountaineer Ivo Brandt, 40, had climbed the peak eleven times.",
  "a surname named earlier": "Brandt, 40, had climbed the peak eleven times.",
  "a surname after a rank word": "Deputy Brandt, 40, had climbed the peak eleven times.",
  "a surname after an opening phrase": "On Friday, Brandt, 40, fell near the summit.",
  "a place after the age": "Ivo Brandt, 40, of Tessel had climbed the peak eleven times.",
  "years old after the name": "Brandt, who was 40 years old, had climbed the peak eleven times.",
  "an appositive after a surname":
    "Brandt, a 40-year-old climber, had climbed the peak eleven times.",
};

function ageRows(form: string, opening = OPENING): string[][] {
  const articles = [
    handBuiltArticle(HERALD, "Coast Herald"),
    handBuiltArticle(LEDGER, "Daily Ledger"),
    handBuiltArticle(
      `${opening}\n\nThe climb was his last.\n\n${form}\n\nRescuers reached the body on Saturday.`,
      "Metro Wire",
    ),
  ];
  const outlet = new Map(articles.map((a) => [a.id, a.outlet.name] as const));
  return compareStory(articles)
    .groups.flatMap((g) => g.conflicts)
    .filter((k) => k.kind === "figure")
    .map((k) => k.values.map((v) => `${outlet.get(v.articleId)}: ${v.text}`).sort());
}

describe("one person's age given differently by an outlet", () => {
  for (const [name, form] of Object.entries(FORMS)) {
    it(`is an age row naming every outlet: ${name}`, () => {
      const [row, ...rest] = ageRows(form);
      expect(rest).toEqual([]);
      expect(row).toHaveLength(3);
      expect(row?.[2]).toMatch(/^Metro Wire: 40/);
    });
  }
});
