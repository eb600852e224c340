import type { ArticleKind, Embed } from "../schemas/article.ts";
import { looksLikeNewsOutlet, sameOutlet } from "./news-outlets.ts";

/** How many relays of other outlets make an article an aggregation. */
export const AGGREGATION_MIN_RELAYS = 2;

export type KindEvidence = {
  /** A kind the user stated in the outlet note ("(editorial)"). Outranks everything. */
  noted: ArticleKind | null;
  outletName: string;
  headline: string | null;
  bylines: readonly string[];
  /** Lines the parser saw that label the piece ("The Editorial Board", "The views expressed ..."). */
  labels: readonly string[];
  paragraphs: readonly string[];
  embeds: readonly Embed[];
};

const HEADLINE_LABEL =
  /^\W{0,2}(editorial|editorials|opinion|column|op-ed|commentary|viewpoint|guest column|letters?)\b/i;
const EDITORIAL_LABEL = /^(?:by )?(?:the )?editorial board$|^editorial$/i;
const OPINION_LABEL = /\bviews expressed\b.{0,80}\b(?:author|writer|columnist)/i;

/**
 * Decides an article's kind. In order: the user's note; a label in the headline ("[Editorial]",
 * "Opinion:") or the page ("The Editorial Board", "The views expressed are the author's own");
 * then "aggregation" when the article relays other outlets in at least
 * AGGREGATION_MIN_RELAYS places (an "according to <outlet>" or "<outlet> reported" attribution,
 * or an embedded post by another outlet), its own outlet not counted; else "news".
 */
export function decideArticleKind(evidence: KindEvidence): ArticleKind {
  if (evidence.noted) return evidence.noted;
  const headlineLabel = evidence.headline ? HEADLINE_LABEL.exec(evidence.headline) : null;
  if (headlineLabel?.[1]) {
    return /^editorial/i.test(headlineLabel[1]) ? "editorial" : "opinion";
  }
  if (
    [...evidence.labels, ...evidence.bylines].some((label) => EDITORIAL_LABEL.test(label.trim()))
  ) {
    return "editorial";
  }
  if (evidence.labels.some((label) => OPINION_LABEL.test(label))) return "opinion";
  if (countRelays(evidence, AGGREGATION_MIN_RELAYS) >= AGGREGATION_MIN_RELAYS) return "aggregation";
  return "news";
}

/**
 * Places where the article passes on another outlet's reporting. Counting stops once `enough`
 * are found: the kind only needs to know there are two, and a 2 MB article has thousands of
 * paragraphs to tokenise.
 */
export function countRelays(
  evidence: Pick<KindEvidence, "outletName" | "paragraphs" | "embeds">,
  enough = Number.POSITIVE_INFINITY,
): number {
  const isOther = (name: string) =>
    looksLikeNewsOutlet(name) && !sameOutlet(name, evidence.outletName);
  let relays = 0;
  for (const embed of evidence.embeds) {
    if (embed.author && isOther(embed.author)) relays++;
  }
  for (const paragraph of evidence.paragraphs) {
    if (relays >= enough) break;
    relays += outletAttributions(paragraph).filter(isOther).length;
  }
  return relays;
}

const REPORT_VERB = /^(?:reported|reports|reporting|reveals|revealed|wrote)[,.;:]?$/;

/**
 * Names of outlets credited in a paragraph: "according to (the) X", "X reported", "reported by X",
 * "citing X". Works on whitespace tokens so it stays linear on any input.
 */
export function outletAttributions(paragraph: string): string[] {
  const tokens = paragraph.split(/\s+/).filter(Boolean);
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    const lower = token.toLowerCase();
    if (lower === "according" && tokens[i + 1]?.toLowerCase() === "to") {
      const name = capitalisedRun(tokens, i + 2, 1);
      if (name) found.push(name);
    } else if (
      (lower === "by" && /^(?:reported|revealed|first)$/i.test(tokens[i - 1] ?? "")) ||
      lower === "citing"
    ) {
      const name = capitalisedRun(tokens, i + 1, 1);
      if (name) found.push(name);
    } else if (REPORT_VERB.test(lower) && i > 0) {
      const name = capitalisedRun(tokens, i - 1, -1);
      if (name) found.push(name);
    }
  }
  return found;
}

/**
 * The outlet-like name made of capitalised tokens starting at `from` and running in `step`
 * direction ("The Wall Street Journal"), trying the longest run first; null when none names an outlet.
 */
function capitalisedRun(tokens: readonly string[], from: number, step: 1 | -1): string | null {
  const run: string[] = [];
  for (let i = from; i >= 0 && i < tokens.length && run.length < 6; i += step) {
    const raw = tokens[i] ?? "";
    const word = raw.replace(/^[("“'‘]+|[)"”'’,.;:]+$/g, "");
    if (!/^(?:\p{Lu}|\d)/u.test(word)) break;
    if (step === 1) run.push(word);
    else run.unshift(word);
    // A comma or full stop closes the name.
    if (step === 1 && /[,.;:)]$/.test(raw) && run.length > 0) break;
    if (step === -1 && i !== from && /[,.;:]$/.test(raw)) {
      run.shift();
      break;
    }
  }
  for (let size = run.length; size > 0; size--) {
    const name = step === 1 ? run.slice(0, size).join(" ") : run.slice(run.length - size).join(" ");
    if (looksLikeNewsOutlet(name)) return name;
  }
  return null;
}
