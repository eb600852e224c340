import { type Comparison, ComparisonSchema } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../test/fixtures/extraction-gold/hand-built-article.ts";
import { compareStory } from "./compare-story.ts";
import { renderMarkdown } from "./markdown-report.ts";

// A story written for this test: three outlets on one invented strike.
const herald = handBuiltArticle(
  `Port workers in Velden ended their strike on Tuesday after a deal on wages.

"We have reached a fair agreement," said Marta Lindqvist, the union's chairwoman. She added that the pay rise would be 4 percent.

The harbour reopened on Wednesday.`,
  "Coast Herald",
  { published: "2026-03-04T10:00:00+01:00" },
);
const ledger = handBuiltArticle(
  `The dock strike in Velden is over after workers accepted a 4 percent raise on Tuesday.

Union chairwoman Lindqvist told reporters: "We have reached a fair agreement."

Transport Minister Henrik Aalto said the government welcomed the end of the dispute.`,
  "Daily Ledger",
  { published: "2026-03-04T12:00:00+01:00" },
);
const wire = handBuiltArticle(
  `Velden's port strike ended on Tuesday.

"It was the longest stoppage in a decade," a senior port official said.

"The strike is over," Aalto said, while Jonas Berg said "the work starts now."`,
  "Metro Wire",
  { published: "2026-03-04T13:00:00+01:00" },
);
const articles = [herald, ledger, wire];
const comparison = compareStory(articles);
const bodyOf = new Map(articles.map((a) => [a.id, a.body] as const));

function statement(articleId: string, startsWith: string) {
  const found = comparison.groups
    .flatMap((g) => g.statements)
    .find((s) => s.articleId === articleId && s.text.startsWith(startsWith));
  if (!found) throw new Error(`no statement of ${articleId} starts with ${startsWith}`);
  return found;
}
const entityNamed = (name: string) => comparison.entities.find((e) => e.name === name);

describe("statement attribution in a comparison", () => {
  it("credits both outlets' quotation to one story entity, named in full in one and by surname in the other", () => {
    const lindqvist = entityNamed("Marta Lindqvist");
    expect(lindqvist).toBeDefined();
    for (const [article, start] of [
      [herald, '"We have reached'],
      [ledger, "Union chairwoman"],
    ] as const) {
      const { attribution } = statement(article.id, start);
      expect(attribution.kind).toBe("direct");
      expect(attribution.speaker).toEqual({
        status: "resolved",
        entityId: lindqvist?.id,
        name: "Marta Lindqvist",
      });
      const [quote] = attribution.quotes;
      expect(quote?.text).toMatch(/^We have reached a fair agreement/);
      expect(bodyOf.get(article.id)?.slice(quote?.span.start, quote?.span.end)).toBe(quote?.text);
    }
    // Both are one group: the same words by the same person.
    const group = comparison.groups.find((g) =>
      g.statements.some((s) => s.text.startsWith("Union chairwoman")),
    );
    expect(new Set(group?.statements.map((s) => s.articleId))).toEqual(
      new Set([herald.id, ledger.id]),
    );
  });

  it("reports speech through a pronoun as indirect, credited to the person it refers to", () => {
    const { attribution } = statement(herald.id, "She added");
    expect(attribution.kind).toBe("indirect");
    expect(attribution.speaker.entityId).toBe(entityNamed("Marta Lindqvist")?.id);
    expect(attribution.quotes.map((q) => [q.direct, q.text])).toEqual([
      [false, "the pay rise would be 4 percent"],
    ]);
  });

  it("describes an unnamed source without making it a story entity", () => {
    const { attribution } = statement(wire.id, '"It was the longest');
    expect(attribution.speaker).toEqual({
      status: "resolved",
      entityId: null,
      name: "a senior port official",
    });
    expect(comparison.entities.some((e) => e.name === "a senior port official")).toBe(false);
  });

  it("names each speaker of a statement quoting two people, and no single speaker for it", () => {
    const { attribution } = statement(wire.id, '"The strike is over');
    expect(attribution.speaker.status).toBe("ambiguous");
    expect(attribution.speaker.entityId).toBeNull();
    const speakers = attribution.quotes.map((q) => q.speaker.entityId);
    expect(speakers).toHaveLength(2);
    expect(speakers[0]).toBe(entityNamed("Henrik Aalto")?.id);
    expect(speakers[1]).toBe(entityNamed("Jonas Berg")?.id);
  });

  it("credits nobody for a statement without quotation or reported speech", () => {
    expect(statement(herald.id, "The harbour reopened").attribution).toEqual({
      kind: "none",
      speaker: { status: "unknown", entityId: null, name: null },
      quotes: [],
    });
  });

  it("gives every story entity its mentions per article, each span slicing the body to its text", () => {
    const lindqvist = entityNamed("Marta Lindqvist");
    expect(lindqvist?.mentions.map((m) => [m.articleId, m.text])).toEqual([
      [herald.id, "Marta Lindqvist"],
      [herald.id, "She"],
      [ledger.id, "Lindqvist"],
    ]);
    for (const entity of comparison.entities)
      for (const mention of entity.mentions) {
        expect(mention.span.articleId).toBe(mention.articleId);
        expect(bodyOf.get(mention.articleId)?.slice(mention.span.start, mention.span.end)).toBe(
          mention.text,
        );
      }
  });

  it("points every speaker id at an entity of the comparison, and validates against the schema", () => {
    const parsed: Comparison = ComparisonSchema.parse(JSON.parse(JSON.stringify(comparison)));
    expect(parsed).toEqual(comparison);
    const ids = new Set(comparison.entities.map((e) => e.id));
    for (const s of comparison.groups.flatMap((g) => g.statements))
      for (const speaker of [s.attribution.speaker, ...s.attribution.quotes.map((q) => q.speaker)])
        if (speaker.entityId !== null) expect(ids.has(speaker.entityId)).toBe(true);
  });

  it("names the speaker of every quoted statement in the Markdown report", () => {
    const report = renderMarkdown(comparison, articles);
    const line = (text: string) => report.split("\n").find((l) => l.includes(text)) ?? "";
    expect(line("Union chairwoman Lindqvist told")).toContain("— _quoting Marta Lindqvist_");
    expect(line("She added that the pay rise")).toContain("— _reporting Marta Lindqvist_");
    expect(line("the longest stoppage")).toContain("— _quoting a senior port official_");
    expect(line("The strike is over")).toMatch(/— _quoting (Henrik )?Aalto and Jonas Berg_/);
    expect(line("The harbour reopened")).not.toMatch(/quoting|reporting/);
  });
});
