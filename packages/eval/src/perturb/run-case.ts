import { type ConflictRefusal, compareExtractions, extractArticle } from "@parallax/aligner";
import type { Article, Comparison, Conflict, Extraction } from "@parallax/core";
import { negationCases, speakerCases, titleCases } from "./attribution-cases.ts";
import { describeMiss, type PerturbMiss } from "./case-miss.ts";
import {
  editedArticle,
  MAX_CASES_PER_FORM,
  namesPerson,
  type PerturbCase,
  type PerturbStory,
} from "./perturb-case.ts";
import { valueCases } from "./value-cases.ts";

/** The story as the system reads it unperturbed: each article's extraction and the comparison. */
export type ReadStory = { story: PerturbStory; extractions: Extraction[]; base: Comparison };

/**
 * Reads the story; `extractions` may be given when the articles were extracted already (PolNeAR
 * pseudo-stories share articles, each extracted once).
 */
export function readStory(
  story: PerturbStory,
  extractions: Extraction[] = story.articles.map((a) => extractArticle(a)),
): ReadStory {
  return { story, extractions, base: compareExtractions(story.articles, extractions) };
}

/** Every counterfactual of a story, at most `max` per kind and form. */
export function makeCases(read: ReadStory, max = MAX_CASES_PER_FORM): PerturbCase[] {
  const { story, extractions } = read;
  return [
    ...valueCases(story, "figure", max),
    ...valueCases(story, "date", max),
    ...valueCases(story, "time", max),
    ...speakerCases(story, extractions, max),
    ...titleCases(story, extractions, max),
    ...negationCases(story, extractions, max),
  ];
}

export type CaseResult = PerturbCase & {
  /** A conflict of the expected kind names the new value and an article stating the old one. */
  found: boolean;
  /** …and every article that states the old value (the row is complete). */
  complete: boolean;
  /** Other conflicts the perturbed story shows and the original did not. */
  appeared: string[];
  /** Conflicts of the original that the perturbed story lost (other than at the edit). */
  vanished: string[];
  /** The injected conflict as shown, if found: "figure: 36-year-old | 72-year-old". */
  shown: string | null;
  /** With `describe` (train only): why the case was missed or left incomplete. */
  miss?: PerturbMiss;
};

function signature(conflict: Conflict): string {
  const values = conflict.values.map((v) => `${v.articleId.slice(0, 6)}:${v.text}`).sort();
  return `${conflict.kind} ${values.join(" | ")}`;
}

function conflictsOf(comparison: Comparison): Conflict[] {
  return comparison.groups.flatMap((g) => g.conflicts);
}

/**
 * Compares the story with one article perturbed (the others' extractions reused) and judges it:
 * the injected disagreement must be reported, naming both values and every article stating the
 * old one, and no other conflict should appear or vanish.
 */
export function runCase(read: ReadStory, c: PerturbCase, describe = false): CaseResult {
  const { story, extractions, base } = read;
  const articles = story.articles.map((a, i) => (i === c.articleIndex ? editedArticle(a, c) : a));
  const perturbed = extractions.map((x, i) =>
    i === c.articleIndex ? extractArticle(articles[i] as Article) : x,
  );
  const id = (story.articles[c.articleIndex] as Article).id;
  // With `describe`, the conflict checks say which guard refused each pair of the edited article's
  // statements (a diagnostic: the comparison is the same with or without it).
  const refusals: ConflictRefusal[] = [];
  const comparison = compareExtractions(
    articles,
    perturbed,
    describe
      ? {
          onRefusal: (r) => {
            if (r.a.articleId === id || r.b.articleId === id) refusals.push(r);
          },
        }
      : {},
  );
  const touches = (conflict: Conflict, from: number, to: number) =>
    conflict.values.some(
      (v) =>
        v.articleId === id &&
        v.span !== null &&
        v.span.start < Math.max(to, from + 1) &&
        from < v.span.end,
    );
  const editEnd = c.start + c.after.length;
  // A speaker conflict's value is the statement holding the quote, which may be another sentence
  // than the attribution edited: it counts when it names the new speaker in the perturbed article,
  // in the words given or in a fuller form of them.
  const namesNew = (k: Conflict) =>
    k.kind === "speaker" &&
    k.values.some((v) => v.articleId === id && namesPerson(v.text, c.after));
  const isInjected = (k: Conflict, from: number, to: number) =>
    c.expect.includes(k.kind) && (touches(k, from, to) || namesNew(k));
  const injected = conflictsOf(comparison).filter((k) => isInjected(k, c.start, editEnd));
  const witnessIds = c.witnesses.map((j) => (story.articles[j] as Article).id);
  const found = injected.some((k) => k.values.some((v) => witnessIds.includes(v.articleId)));
  const complete = injected.some((k) =>
    witnessIds.every((w) => k.values.some((v) => v.articleId === w)),
  );
  const before = new Set(
    conflictsOf(base)
      .filter((k) => !touches(k, c.start, c.start + c.before.length))
      .map(signature),
  );
  const after = new Set(
    conflictsOf(comparison)
      .filter((k) => !touches(k, c.start, editEnd) && !isInjected(k, c.start, editEnd))
      .map(signature),
  );
  const first = injected[0];
  return {
    ...c,
    found,
    complete,
    appeared: [...after].filter((s) => !before.has(s)),
    vanished: [...before].filter((s) => !after.has(s)),
    shown: first ? `${first.kind}: ${first.values.map((v) => v.text).join(" | ")}` : null,
    ...(describe && !complete
      ? { miss: describeMiss(c, found, articles, comparison, perturbed, refusals) }
      : {}),
  };
}
