import type { Article, ConflictKind } from "@parallax/core";

/** The disagreements the suite injects, one per perturbed story. */
export const PERTURB_KINDS = ["figure", "date", "time", "speaker", "title", "negation"] as const;
export type PerturbKind = (typeof PERTURB_KINDS)[number];

/**
 * A real story to perturb: its articles as ingested, and the gold answer to "do these two places
 * in two articles tell one fact?" (ECB+: their sentences share a cross-document event chain; the
 * corpus: they are sure members of one hand-written gold group).
 */
export type PerturbStory = {
  name: string;
  source: "ecbplus" | "corpus" | "polnear";
  articles: readonly Article[];
  /**
   * `shared`: words both places hold by construction (the value a date case changes is the same in
   * both), no evidence that they tell one fact; a story told by word overlap leaves them out.
   */
  sameFact(
    article: number,
    at: number,
    other: number,
    atOther: number,
    shared?: ReadonlySet<string>,
  ): boolean;
};

/** One counterfactual: `before` at `start` in one article's body becomes `after`. */
export type PerturbCase = {
  story: string;
  source: PerturbStory["source"];
  kind: PerturbKind;
  /** figure: digits / number word / currency / percent; date: weekday / calendar; … */
  form: string;
  articleIndex: number;
  start: number;
  before: string;
  after: string;
  /** The other articles that state the original value of the same fact. */
  witnesses: readonly number[];
  /** The conflict kinds that report this disagreement. */
  expect: readonly ConflictKind[];
};

/** The article with the case's edit made; paragraph offsets after it shift with it. */
export function editedArticle(article: Article, c: PerturbCase): Article {
  const end = c.start + c.before.length;
  if (article.body.slice(c.start, end) !== c.before)
    throw new Error(`perturbation of ${c.story}: "${c.before}" is not at ${c.start}`);
  const delta = c.after.length - c.before.length;
  return {
    ...article,
    body: article.body.slice(0, c.start) + c.after + article.body.slice(end),
    paragraphs: article.paragraphs.map((p) => ({
      ...p,
      start: p.start > c.start ? p.start + delta : p.start,
      end: p.end >= end ? p.end + delta : p.end,
    })),
  };
}

/** Content words of a text (three letters or more), for "another outlet says nearly the same". */
export function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
}

/**
 * A speaker as the comparison names it is the person the perturbation named when it holds every
 * word of that name: the story may name the person in full ("Ivo K. Vint" for "Ivo Vint").
 */
export function namesPerson(shown: string, name: string): boolean {
  const expected = words(name);
  if (expected.size === 0) return false;
  const got = words(shown);
  for (const w of expected) if (!got.has(w)) return false;
  return true;
}

/** Share of the smaller set's words that the other has too. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

/**
 * At most this many cases of each kind and form per story, from different articles first (the
 * default; `--cases-per-form N` raises it on train only, so the dev figure stays comparable).
 */
export const MAX_CASES_PER_FORM = 3;

export function spread(cases: readonly PerturbCase[], max = MAX_CASES_PER_FORM): PerturbCase[] {
  const byForm = new Map<string, PerturbCase[]>();
  for (const c of cases) byForm.set(c.form, [...(byForm.get(c.form) ?? []), c]);
  const kept: PerturbCase[] = [];
  for (const list of byForm.values()) {
    const firstPerArticle = list.filter(
      (c, i) => list.findIndex((o) => o.articleIndex === c.articleIndex) === i,
    );
    const rest = list.filter((c) => !firstPerArticle.includes(c));
    kept.push(...[...firstPerArticle, ...rest].slice(0, max));
  }
  return kept;
}
