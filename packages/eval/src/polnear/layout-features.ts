import { REPORTING_VERB_FORMS } from "@parallax/aligner/lexicons/reporting-verbs";
import type { Article, Extraction } from "@parallax/core";
import type { Range } from "../metrics/span-overlap.ts";
import type { GoldSpeaker } from "./gold-speaker.ts";

/**
 * Layout features of one gold direct quote, read from the article's text and our extraction only
 * (never the gold but for how its source is written), as `feature=value` rows for
 * scripts/polnear-layouts.ts: which layouts the rules leave without a speaker.
 */
const REPORTING = new Set(REPORTING_VERB_FORMS.split(/\s+/).filter((w) => w.length > 0));
const MARKS = "“”\"‘’'«»";

export function layoutFeatures(
  article: Article,
  extraction: Extraction,
  content: Range,
  goldKind: GoldSpeaker["kind"],
): string[] {
  const body = article.body;
  const index = article.paragraphs.findIndex(
    (p) => p.start <= content.start && content.start < p.end,
  );
  const paragraph = article.paragraphs[index];
  if (!paragraph) return ["paragraph=none"];
  const text = body.slice(paragraph.start, paragraph.end);
  const paragraphText = (i: number) => {
    const p = article.paragraphs[i];
    return p ? body.slice(p.start, p.end) : "";
  };
  const features = [
    `mark=${markStyle(body, paragraph.start, content.start, content.end)}`,
    `length=${lengthBand(body.slice(content.start, content.end))}`,
    `gold-source=${goldKind}`,
  ];
  const sentence = extraction.sentences.find(
    (x) => x.span.start <= content.start && content.start < x.span.end,
  );
  if (sentence) {
    const said = body.slice(sentence.span.start, sentence.span.end);
    const opens = content.start - sentence.span.start <= 2;
    features.push(
      `sentence=${opens ? "opens" : "inside"}-${hasCue(unquoted(said)) ? "cue" : "no-cue"}`,
    );
  }
  const outside = unquoted(text);
  const standing = !/[A-Za-z]/.test(outside) ? "alone" : hasCue(outside) ? "with-cue" : "no-cue";
  features.push(`paragraph=${standing}`);
  // Where a quotation opening its sentence with no cue of its own may find one.
  if (features.includes("sentence=opens-no-cue")) {
    const before = paragraphText(index - 1);
    const after = paragraphText(index + 1);
    features.push(
      `neighbour=${
        /:\s*$/.test(before)
          ? "prev-colon"
          : hasCue(unquoted(before))
            ? "prev-cue"
            : hasCue(unquoted(after))
              ? "next-cue"
              : "none"
      }`,
    );
  }
  if (/^\s*(?:[•·*▪■◦–—-]|\d{1,2}[.)])\s/.test(text)) features.push("list=bullet");
  else if (/^[^.!?]{0,80}:\s*$/m.test(paragraphText(index - 1)) && text.length < 200)
    features.push("list=after-colon-line");
  if (/^\s*["“]?(?:[A-Z][A-Z.'’ -]{1,30}|Q|A|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):\s/.test(text))
    features.push("layout=transcript");
  if (/@\w{2,}|pic\.twitter|https?:\/\/|\bt\.co\/|(?:^|\s)#[A-Za-z]\w+/.test(text))
    features.push("layout=post");
  if (index === 0) features.push("layout=first-line");
  else if (/\b(?:photo|image|credit|getty|caption)\b/i.test(text)) features.push("layout=caption");
  else if (!/[.?!"”’)…:]\s*$/.test(text) && text.split(/\s+/).length < 20)
    features.push("layout=unpunctuated-line");
  const quote = bestQuote(extraction, content);
  if (quote === null) features.push("system=not-found");
  else if (quote.cue === null) features.push("system=no-cue");
  else {
    const inParagraph = quote.cue.start >= paragraph.start && quote.cue.end <= paragraph.end;
    features.push(`system=cue-${inParagraph ? "same" : "other"}-paragraph`);
    const cue = body.slice(quote.cue.start, quote.cue.end);
    if (/^(?:he|she|they|we|I)\b/i.test(cue) || /\b(?:he|she)$/i.test(cue))
      features.push("cue-subject=pronoun");
    else if (!/(?:^|\s)[A-Z][a-z]/.test(cue)) features.push("cue-subject=description");
  }
  return features;
}

/** The opening mark nearest before the content in its paragraph ('' for doubled apostrophes). */
function markStyle(body: string, from: number, at: number, end: number): string {
  // The content may hold its opening mark or start inside a quotation: look at its first
  // characters, then back through the paragraph.
  for (let i = Math.min(at + 1, end - 1); i >= from; i--) {
    const c = body[i] ?? "";
    if (!MARKS.includes(c)) continue;
    if (c === "'" && body[i - 1] === "'") return "''";
    if (c === "'" || c === "’") {
      // An apostrophe inside a word is no mark.
      if (/\w/.test(body[i - 1] ?? "") && /\w/.test(body[i + 1] ?? "")) continue;
    }
    return c;
  }
  return "none";
}

function lengthBand(text: string): string {
  const words = text.split(/\s+/).filter((w) => /\w/.test(w)).length;
  return words <= 3 ? "1-3" : words <= 10 ? "04-10" : words <= 30 ? "11-30" : "31+";
}

/** The text outside double quotation marks (an unclosed mark runs to the end). */
function unquoted(text: string): string {
  return text.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)|''[\s\S]*?(?:''|$)/g, " ");
}

function hasCue(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => REPORTING.has(w) || w === "according");
}

function bestQuote(extraction: Extraction, content: Range) {
  let best: Extraction["quotes"][number] | null = null;
  let shared = 0;
  for (const q of extraction.quotes) {
    const overlap = Math.min(q.span.end, content.end) - Math.max(q.span.start, content.start);
    if (overlap > shared) {
      shared = overlap;
      best = q;
    }
  }
  return best;
}
