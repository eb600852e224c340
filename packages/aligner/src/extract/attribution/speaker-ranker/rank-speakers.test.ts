import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractParagraphs, speakerOf } from "../../../../test/support/quote-speakers.ts";
import { FEATURES, type FeatureName } from "./candidate-features.ts";
import { pickSpeaker, type RankerModel, SPEAKER_RANKER } from "./rank-speakers.ts";
import { speakerRankerRows } from "./training-rows.ts";

/** The candidates the ranker weighs for the first unknown quote holding `words`, by name. */
function candidatesOf(words: string, ...paragraphs: string[]) {
  const article = handBuiltArticle(paragraphs.join("\n\n"));
  const { entities, rows } = speakerRankerRows(article);
  const row = rows.find((r) => article.body.slice(r.span.start, r.span.end).includes(words));
  if (row === undefined) return null;
  return new Map(
    row.candidates.map((c) => [
      entities.find((e) => e.id === c.entityId)?.name ?? "?",
      (name: FeatureName) => c.features[FEATURES.indexOf(name)],
    ]),
  );
}

/** A model scoring only `feature` (and a bias), for the decision rule's tests. */
function model(feature: FeatureName, weight: number, threshold: number, margin: number) {
  const weights = FEATURES.map((f) => (f === "bias" ? -2 : f === feature ? weight : 0));
  return { features: [...FEATURES], weights, threshold, margin } satisfies RankerModel;
}

describe("speaker ranker: candidates for a quote the rule sieves leave unknown", () => {
  it("people of the quote's paragraph and the two before, with where they stand", () => {
    const f = candidatesOf(
      "best newcomer",
      "Ivo Vint runs the harbour board.",
      "The board met on Monday.",
      "Ada Lund took home the “best newcomer” prize on Friday.",
    );
    expect(f).not.toBeNull();
    expect([...f!.keys()].sort()).toEqual(["Ada Lund", "Ivo Vint"]);
    const lund = f!.get("Ada Lund")!;
    const vint = f!.get("Ivo Vint")!;
    expect([lund("sentenceBefore"), lund("firstInSentence"), lund("opensSentence")]).toEqual([
      1, 1, 1,
    ]);
    expect(lund("sameParagraph")).toBe(1);
    expect(vint("sameParagraph")).toBe(0);
    expect(vint("nearness")).toBeCloseTo(1 / 3);
    expect(lund("alone")).toBe(0.5);
  });

  it("nobody from three paragraphs back", () => {
    const f = candidatesOf(
      "best newcomer",
      "Ivo Vint runs the harbour board.",
      "The board met on Monday.",
      "The vote was close.",
      "The “best newcomer” prize went unclaimed on Friday.",
    );
    expect(f === null || !f.has("Ivo Vint")).toBe(true);
  });

  it("a quotation whose every word is capitalised (a title) has no candidates", () => {
    expect(candidatesOf("Harbour Nights", "Ada Lund starred in “Harbour Nights” last year.")).toBe(
      null,
    );
  });

  it("a he/she outside the quotation marks who fits and who clashes", () => {
    const f = candidatesOf(
      "quiet winter",
      "Ms. Ada Lund and Mr. Ivo Vint met the crews.",
      "Later, she spoke of the port’s “quiet winter” ahead.",
    );
    expect(f?.get("Ada Lund")?.("genderAgrees")).toBe(1);
    expect(f?.get("Ivo Vint")?.("genderClashes")).toBe(1);
  });
});

describe("speaker ranker: the committed model", () => {
  it("gives the sentence's subject, the last speaker, a quotation two reporting verbs left open", () => {
    const x = extractParagraphs(
      "The council sat late on Friday.",
      "Nobody raised the port - so Ada Lund, in need of a new subject, brought it up herself. Lund told the council the plan was “reckless” and urged members “to keep every crew at work through the winter.”",
    );
    expect(speakerOf(x, "every crew at work")).toBe("Ada Lund");
  });

  it("abstains when nothing marks one candidate out", () => {
    const x = extractParagraphs(
      "Ada Lund and Ivo Vint met the crews on Monday.",
      "The “best newcomer” prize went unclaimed on Friday.",
    );
    expect(speakerOf(x, "best newcomer")).toBeNull();
  });
});

describe("speaker ranker: the decision", () => {
  const lund = {
    entity: 1,
    features: FEATURES.map((f) => (f === "sentenceBefore" ? 1 : f === "bias" ? 1 : 0)),
  };
  const vint = { entity: 2, features: FEATURES.map((f) => (f === "bias" ? 1 : 0)) };

  it("takes the top candidate when it passes the threshold and beats the runner-up", () => {
    expect(pickSpeaker([lund, vint], model("sentenceBefore", 6, 0.9, 0.3))).toBe(1);
  });

  it("abstains below the threshold", () => {
    expect(pickSpeaker([lund, vint], model("sentenceBefore", 3, 0.9, 0))).toBeNull();
  });

  it("abstains when the runner-up is too close", () => {
    expect(
      pickSpeaker([lund, { ...lund, entity: 3 }], model("sentenceBefore", 6, 0.9, 0.1)),
    ).toBeNull();
  });

  it("the committed model weighs the features candidate-features.ts reads, in order", () => {
    expect(SPEAKER_RANKER.features).toEqual([...FEATURES]);
    expect(SPEAKER_RANKER.weights).toHaveLength(FEATURES.length);
    expect(SPEAKER_RANKER.threshold).toBeGreaterThan(0.5);
  });
});
