import { parseArticle } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import {
  HELD_OUT_GOLD,
  HELD_OUT_TEXTS,
} from "../../test/fixtures/extraction-gold/held-out-gold.ts";
import {
  emptyScore,
  f1,
  type Score,
  scoreArticle,
} from "../../test/fixtures/extraction-gold/score-extraction.ts";
import { TARIFF_TALKS_GOLD } from "../../test/fixtures/extraction-gold/tariff-talks-gold.ts";
import { extractArticle } from "../extract-article.ts";

const KINDS = ["quotes", "quoteText", "people", "titles", "figures", "dates"] as const;
const THRESHOLDS: Record<(typeof KINDS)[number], number> = {
  quotes: 0.9,
  quoteText: 0.9,
  people: 0.9,
  titles: 0.9,
  figures: 0.95,
  dates: 0.85,
};

describe("extraction against the hand-written gold for the five corpus articles", () => {
  const totals = Object.fromEntries(KINDS.map((k) => [k, emptyScore()])) as Record<
    (typeof KINDS)[number],
    Score
  >;
  const corpus = loadCorpus();
  for (const gold of TARIFF_TALKS_GOLD) {
    const file = corpus.files.find((f) => f.file === gold.file);
    if (!file) throw new Error(`gold names a file the corpus lacks: ${gold.file}`);
    const extraction = extractArticle(parseArticle({ text: file.text, outlet: file.outlet }));
    const scores = scoreArticle(gold, extraction);
    for (const kind of KINDS) {
      totals[kind].tp += scores[kind].tp;
      totals[kind].predicted += scores[kind].predicted;
      totals[kind].gold += scores[kind].gold;
      for (const error of scores[kind].errors)
        totals[kind].errors.push(`${gold.file.slice(0, 3)} ${error}`);
    }
  }

  it("prints precision/recall/F1 per kind and meets the thresholds", () => {
    const lines: string[] = [];
    for (const kind of KINDS) {
      const { precision, recall, f1: score } = f1(totals[kind]);
      lines.push(
        `${kind.padEnd(10)} P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${score.toFixed(3)} (tp ${totals[kind].tp}, predicted ${totals[kind].predicted}, gold ${totals[kind].gold})`,
      );
    }
    const errors = KINDS.flatMap((k) => totals[k].errors.map((e) => `  [${k}] ${e}`));
    console.log(
      `extraction gold scores\n${lines.join("\n")}\nremaining differences:\n${errors.join("\n")}`,
    );
    for (const kind of KINDS) {
      expect(f1(totals[kind]).f1, `${kind} F1`).toBeGreaterThanOrEqual(THRESHOLDS[kind]);
    }
  });
});

describe("held-out texts written after the rules (generalisation check)", () => {
  it("prints precision/recall/F1 per kind and stays above a floor", () => {
    const totals = Object.fromEntries(KINDS.map((k) => [k, emptyScore()])) as Record<
      (typeof KINDS)[number],
      Score
    >;
    for (const gold of HELD_OUT_GOLD) {
      const source = HELD_OUT_TEXTS.find((t) => t.file === gold.file);
      if (!source) throw new Error(`no held-out text ${gold.file}`);
      const article = handBuiltArticle(source.text, "Held Out", { published: source.published });
      const scores = scoreArticle(gold, extractArticle(article));
      for (const kind of KINDS) {
        totals[kind].tp += scores[kind].tp;
        totals[kind].predicted += scores[kind].predicted;
        totals[kind].gold += scores[kind].gold;
        for (const error of scores[kind].errors) totals[kind].errors.push(`${gold.file} ${error}`);
      }
    }
    const lines = KINDS.map((kind) => {
      const { precision, recall, f1: score } = f1(totals[kind]);
      return `${kind.padEnd(10)} P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${score.toFixed(3)}`;
    });
    const errors = KINDS.flatMap((k) => totals[k].errors.map((e) => `  [${k}] ${e}`));
    console.log(
      `held-out scores\n${lines.join("\n")}\nremaining differences:\n${errors.join("\n")}`,
    );
    for (const kind of KINDS) expect(f1(totals[kind]).f1, `${kind} F1`).toBeGreaterThanOrEqual(0.5);
  });
});
