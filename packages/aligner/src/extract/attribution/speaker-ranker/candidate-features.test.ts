import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { sievedQuotes } from "../sieved-quotes.ts";
import { candidateFeatures, FEATURES, type FeatureName } from "./candidate-features.ts";
import { articleCounts } from "./rank-speakers.ts";

/** The features of the quotation holding `words`, by candidate name, whatever the rule sieves
 *  made of it (null: no candidates). */
function featuresOf(words: string, ...paragraphs: string[]) {
  const { text, registry } = sievedQuotes(handBuiltArticle(paragraphs.join("\n\n")));
  const quotation = text.quotations.find((q) => text.body.slice(q.start, q.end).includes(words));
  if (quotation === undefined) throw new Error(`no quotation holds "${words}"`);
  const candidates = candidateFeatures(text, registry, quotation, [], articleCounts(registry));
  if (candidates.length === 0) return null;
  return new Map(
    candidates.map((c) => [
      registry.entityRecord(c.entity).name,
      (name: FeatureName) => c.features[FEATURES.indexOf(name)],
    ]),
  );
}

describe("speaker ranker features: who stands next to the quotation's verb", () => {
  it("the one spoken to is the verb's object, not its subject", () => {
    const f = featuresOf(
      "a quiet winter",
      "Ivo Vint met the crews on Monday.",
      "Later Ada Lund told Ivo Vint to expect “a quiet winter” at the port.",
    );
    expect(f?.get("Ivo Vint")?.("verbObject")).toBe(1);
    expect(f?.get("Ivo Vint")?.("nearestVerbSubject")).toBe(0);
  });

  it("a passive subject is asked, its agent after 'by' asks", () => {
    const f = featuresOf(
      "raise harbour fees",
      "Ada Lund and Ivo Vint met the crews on Monday.",
      "Lund was asked by the host Ivo Vint whether the board would “raise harbour fees next spring.”",
    );
    expect(f?.get("Ada Lund")?.("passiveSubject")).toBe(1);
    expect(f?.get("Ivo Vint")?.("afterBy")).toBe(1);
  });

  it("a name that only says whose people speak ('Lund aides said')", () => {
    const f = featuresOf(
      "reckless",
      "Ada Lund met the crews on Monday.",
      "Lund aides said the plan was “reckless” and would cost jobs.",
    );
    expect(f?.get("Ada Lund")?.("modifier")).toBe(1);
  });
});

describe("speaker ranker features: quotations that are no one's words", () => {
  it("a description opens the sentence; a noun names the phrase", () => {
    const f = featuresOf(
      "harbour first",
      "Ada Lund met the crews on Monday.",
      "The flyers repeat the slogan “harbour first” on every page, Lund noted.",
    );
    expect(f?.get("Ada Lund")?.("descriptionOpens")).toBe(1);
    expect(f?.get("Ada Lund")?.("afterPhraseNoun")).toBe(1);
  });

  it("an opening mark right after a word pairs wrongly: no candidates", () => {
    // A close typed the wrong way round before a space closes (nested-quote-marks.ts): no
    // quotation is left across the words between the marks.
    expect(() =>
      featuresOf(
        "while the crews",
        "Ada Lund called the plan “reckless“ while the crews waited and “costly” later.",
      ),
    ).toThrow(/no quotation/);
    const f = featuresOf("reckless", "Ada Lund called the plan“reckless” while the crews waited.");
    expect(f).toBeNull();
  });

  it("a title with 'with' in it has no candidates", () => {
    expect(
      featuresOf("Evenings", "Ada Lund hosts “Evenings with Ada Lund” on Fridays."),
    ).toBeNull();
  });
});

describe("speaker ranker features: the article around the quote", () => {
  it("the only candidate the sentence's she can be", () => {
    const f = featuresOf(
      "quiet winter",
      "Ms. Ada Lund and Mr. Ivo Vint met the crews.",
      "Later, she spoke of the port’s “quiet winter” ahead.",
    );
    expect(f?.get("Ada Lund")?.("soleFit")).toBe(1);
    expect(f?.get("Ivo Vint")?.("soleFit")).toBe(0);
  });

  it("the sentence before's subject, paragraphs back, and mentions in the article", () => {
    const f = featuresOf(
      "best newcomer",
      "Ivo Vint runs the harbour board. Vint spoke first.",
      "Ada Lund sat on the board.",
      "Ada Lund arrived late. The “best newcomer” prize went unclaimed.",
    );
    expect(f?.get("Ada Lund")?.("previousSubject")).toBe(1);
    expect(f?.get("Ada Lund")?.("paragraphNearness")).toBe(1);
    expect(f?.get("Ivo Vint")?.("paragraphNearness")).toBeCloseTo(1 / 3);
    expect(f?.get("Ivo Vint")?.("articleMentions")).toBeGreaterThan(0);
  });
});
