import { ratio } from "../metrics/ratio.ts";
import type { GoldOutcome, SystemOutcome } from "./judge-article.ts";
import type { StrictMismatch } from "./strict-speaker.ts";

/** Recall-side figures over a set of gold attributions (only those scored: content in the body). */
export type GoldFigures = {
  attributions: number;
  found: number;
  foundRate: number | null;
  /** Found attributions whose gold speaker resolves to a name: their speakers judged. */
  speakerJudged: number;
  speakerCorrect: number;
  speakerWrong: number;
  speakerUnknown: number;
  speakerAccuracy: number | null;
  /** Found attributions left out of speaker accuracy: their gold speaker does not resolve. */
  speakerUnresolved: number;
};

/** The strict speaker measure over the same judged attributions (strict-speaker.ts). */
export type StrictFigures = {
  judged: number;
  correct: number;
  wrong: number;
  unknown: number;
  accuracy: number | null;
  /** Right by the lenient measure, wrong by the strict one, by how the names stand. */
  lenientOnly: number;
  lenientOnlyBy: Record<StrictMismatch, number>;
};

/** Precision-side figures over a set of system quotes. */
export type SystemFigures = {
  quotes: number;
  matched: number;
  quotePrecision: number | null;
  attributed: number;
  attributedCorrect: number;
  attributedPrecision: number | null;
};

export type PolnearFigures = {
  articles: number;
  gold: {
    total: number;
    noContent: number;
    outsideBody: number;
    all: GoldFigures;
    direct: GoldFigures;
    indirect: GoldFigures;
    /** Attributions whose source span itself is a name (not a pronoun read back to one). */
    namedSource: GoldFigures;
    /** Why gold speakers did not resolve, over all scored attributions. */
    unresolved: Record<string, number>;
    strict: {
      all: StrictFigures;
      direct: StrictFigures;
      indirect: StrictFigures;
      namedSource: StrictFigures;
    };
  };
  system: { all: SystemFigures; direct: SystemFigures; indirect: SystemFigures };
};

export function goldFigures(outcomes: readonly GoldOutcome[]): GoldFigures {
  const scored = outcomes.filter((o) => o.status === "scored");
  const found = scored.filter((o) => o.found);
  const judged = found.filter((o) => o.verdict !== null);
  const count = (v: string) => judged.filter((o) => o.verdict === v).length;
  const correct = count("correct");
  return {
    attributions: scored.length,
    found: found.length,
    foundRate: ratio(found.length, scored.length),
    speakerJudged: judged.length,
    speakerCorrect: correct,
    speakerWrong: count("wrong"),
    speakerUnknown: count("unknown"),
    speakerAccuracy: ratio(correct, judged.length),
    speakerUnresolved: found.length - judged.length,
  };
}

export function strictFigures(outcomes: readonly GoldOutcome[]): StrictFigures {
  const judged = outcomes.filter(
    (o) => o.status === "scored" && o.found && o.strictVerdict !== null,
  );
  const count = (v: string) => judged.filter((o) => o.strictVerdict === v).length;
  const by: Record<StrictMismatch, number> = {
    "part of the gold name": 0,
    "longer name": 0,
    "other name": 0,
  };
  for (const o of judged) if (o.strictMismatch !== null) by[o.strictMismatch]++;
  const correct = count("correct");
  return {
    judged: judged.length,
    correct,
    wrong: count("wrong"),
    unknown: count("unknown"),
    accuracy: ratio(correct, judged.length),
    lenientOnly: judged.filter((o) => o.strictMismatch !== null).length,
    lenientOnlyBy: by,
  };
}

export function systemFigures(outcomes: readonly SystemOutcome[]): SystemFigures {
  const matched = outcomes.filter((o) => o.matched).length;
  const attributed = outcomes.filter((o) => o.attributed);
  const correct = attributed.filter((o) => o.speakerCorrect).length;
  return {
    quotes: outcomes.length,
    matched,
    quotePrecision: ratio(matched, outcomes.length),
    attributed: attributed.length,
    attributedCorrect: correct,
    attributedPrecision: ratio(correct, attributed.length),
  };
}

export function summarizePolnear(
  articles: number,
  gold: readonly GoldOutcome[],
  system: readonly SystemOutcome[],
): PolnearFigures {
  const scored = gold.filter((o) => o.status === "scored");
  const unresolved: Record<string, number> = {};
  for (const o of scored) {
    if (o.speaker.kind === "unresolved")
      unresolved[o.speaker.reason] = (unresolved[o.speaker.reason] ?? 0) + 1;
  }
  return {
    articles,
    gold: {
      total: gold.length,
      noContent: gold.filter((o) => o.status === "no content").length,
      outsideBody: gold.filter((o) => o.status === "outside body").length,
      all: goldFigures(gold),
      direct: goldFigures(gold.filter((o) => o.direct)),
      indirect: goldFigures(gold.filter((o) => !o.direct)),
      namedSource: goldFigures(gold.filter((o) => o.speaker.kind === "named")),
      unresolved,
      strict: {
        all: strictFigures(gold),
        direct: strictFigures(gold.filter((o) => o.direct)),
        indirect: strictFigures(gold.filter((o) => !o.direct)),
        namedSource: strictFigures(gold.filter((o) => o.speaker.kind === "named")),
      },
    },
    system: {
      all: systemFigures(system),
      direct: systemFigures(system.filter((o) => o.direct)),
      indirect: systemFigures(system.filter((o) => !o.direct)),
    },
  };
}
