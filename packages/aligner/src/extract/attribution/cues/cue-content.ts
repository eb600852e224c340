// Attribution layer: what one reporting-verb cue introduces or closes — the quotation before or
// after it, and the reported content ("said that …", "said the talks had stalled", a trailing
// "…, officials said."). findCues (cue-reader.ts) reads the cue's speaker first, then this.
import { firstIndexWhere } from "../../../sorted-search.ts";
import type { ArticleText } from "../../article-text.ts";
import { markBeforeClose } from "../sieves/mark-before-close.ts";
import { verbInObjectRelative } from "../subject-asides.ts";
import { countWords } from "../text-scan.ts";
import { ANY_CLAUSE_VERB } from "./clause-verbs.ts";
import { opensColonQuotation } from "./colon-introduced.ts";
import { PARTICIPLE_CLAUSE, TOLD_OBJECT, TRAILING_VERBS } from "./cue-patterns.ts";
import type { Cue } from "./cue-reader.ts";
import { clauseGoesOnAfter, closesOpeningClause } from "./opening-clause-quotation.ts";
import { relativeThat } from "./relative-that.ts";
import { contentEnd, REPORTS_A_CLAUSE, reportedClauseAt, trimContent } from "./reported-clause.ts";
import { trailingContent } from "./trailing-attribution.ts";

/** Where findCues stands when the cue's speaker is read: the verb, the sentence, how the cue reads. */
export type CueReading = {
  verb: string;
  verbStart: number;
  verbEnd: number;
  sStart: number;
  /** The sentence's end, or the verb's reach when that comes first (REPORT_REACH). */
  sEnd: number;
  sentenceEnd: number;
  /** Quotation indexes of the sentence. */
  inSentence: readonly number[];
  /** The verb right after a closing quotation mark. */
  afterQuote: boolean;
  /** "said X" after the words it reports. */
  inverted: boolean;
};

/**
 * Fills a cue's target quotation and reported content (and widens its cue span past a "told"
 * object); `cues` are the sentence's earlier cues, one of which may give up a quotation this cue
 * closes.
 */
export function readCueContent(text: ArticleText, cue: Cue, cues: Cue[], read: CueReading): void {
  const { body, quotations } = text;
  const { verb, verbStart, verbEnd, sStart, sEnd, sentenceEnd, inSentence, afterQuote, inverted } =
    read;
  if (verb === "told" || verb === "tells" || verb === "telling") {
    const object = TOLD_OBJECT.exec(body.slice(verbEnd, sEnd));
    if (object) cue.cueEnd = Math.max(cue.cueEnd, verbEnd + object[0].length);
  }
  // What it introduces or closes.
  const after = body.slice(verbEnd, sEnd);
  const closesQuote =
    (afterQuote ||
      /[”"],?\s*$/.test(body.slice(Math.max(sStart, cue.cueStart - 8), cue.cueStart))) &&
    !opensColonQuotation(body, cue.cueEnd);
  if (closesQuote) {
    // The last quotation closing before the verb, found in the sorted list, not by a scan.
    const last =
      inSentence[firstIndexWhere(inSentence, (qi) => quotations[qi]!.close >= verbStart) - 1];
    const earlier = last === undefined ? undefined : cueTargeting(cues, last);
    const gap = last === undefined ? "" : body.slice(quotations[last]!.close + 1, cue.cueStart);
    // `After Moss called the plan “a disgrace,” critics urged …`: the main clause's cue after the
    // comma never closes the opening clause's quotation.
    const opening =
      last !== undefined &&
      closesOpeningClause(text, quotations[last]!) &&
      clauseGoesOnAfter(body, cue.cueEnd);
    if (last !== undefined && !opening && /^[\s,.]*$/.test(gap)) {
      // "Vint cannot say that “…,” Lowden added": a quotation closed by a comma and a cue is
      // that cue's, not the earlier verb's whose clause it sits in.
      if (earlier !== undefined && !earlier.after && closesOnComma(body, quotations[last]!.close))
        earlier.target = -1;
      if (cueTargeting(cues, last) === undefined) {
        cue.target = last;
        cue.after = true;
      }
    }
  }
  let thatClause = inverted ? null : /^((?:[^“”";]*?))\bthat\b,?\s*/.exec(after);
  // "she said, referring to a 2013 arrangement that the EU scrapped": a relative "that" past a
  // participle clause is not the "that" of "said that" — unless a comma closes the participle
  // clause first ("said …, departing for the United States with Minister Kim, that …").
  if (
    thatClause &&
    PARTICIPLE_CLAUSE.test(thatClause[1] ?? "") &&
    !/,\s*$/.test(thatClause[1] ?? "")
  )
    thatClause = null;
  // "said he met crews in a port that has lost …": a relative "that", no reported clause of
  // its own; a verb that may report a clause without "that" reads it from the verb on.
  if (
    thatClause &&
    REPORTS_A_CLAUSE.has(verb) &&
    relativeThat(thatClause[1] ?? "", /^[\p{L}’'-]*/u.exec(after.slice(thatClause[0].length))![0])
  )
    thatClause = null;
  const next = inSentence[firstIndexWhere(inSentence, (qi) => quotations[qi]!.open >= verbEnd)];
  if (verb === "declined") {
    const end = contentEnd(body, verbEnd, sEnd);
    cue.content = trimContent(body, verbStart, end);
  } else if (
    thatClause &&
    countWords(thatClause[1] ?? "") <= 30 &&
    !ANY_CLAUSE_VERB.test(thatClause[1] ?? "")
  ) {
    const contentStart = verbEnd + thatClause[0].length;
    const end = contentEnd(body, contentStart, sEnd);
    cue.content = trimContent(body, contentStart, end);
    cue.cueEnd = verbEnd + thatClause[0].replace(/\s+$/, "").length;
    if (next !== undefined && quotations[next]!.open === contentStart) cue.target = next;
  } else if (
    !inverted &&
    REPORTS_A_CLAUSE.has(verb) &&
    (cue.cueEnd > verbEnd || (verb !== "told" && verb !== "tells"))
  ) {
    // "said the talks had stalled", "told reporters in Seoul on Friday the plant would open";
    // "told" only past a known object ("told the delegation the story" is no clause).
    const contentStart = reportedClauseAt(body, Math.max(verbEnd, cue.cueEnd), sEnd);
    if (contentStart >= 0) {
      const end = contentEnd(body, contentStart, sEnd);
      cue.content = trimContent(body, contentStart, end);
    }
  }
  if (
    cue.content === null &&
    cue.target < 0 &&
    !cue.after &&
    !inverted &&
    next === undefined &&
    sEnd === sentenceEnd &&
    TRAILING_VERBS.has(verb)
  ) {
    // "…, officials on both sides said.", "…, Reuters reported on Wednesday.": the clause
    // before the subject's comma is what they said.
    cue.content = trailingContent(body, sStart, sEnd, cue.cueStart, verbEnd, cues);
  } else if (
    inverted &&
    cue.content === null &&
    next === undefined &&
    !afterQuote &&
    sEnd === sentenceEnd
  ) {
    cue.content = trailingContent(body, sStart, sEnd, verbStart, cue.cueEnd, cues, true);
  }
  if (cue.target < 0 && next !== undefined && !cue.after) {
    const gap = body.slice(verbEnd, quotations[next]!.open);
    if (
      countWords(gap) <= 14 &&
      !/[.;]/.test(gap.replace(/\b[A-Z][a-z]{0,3}\./g, "")) &&
      !ANY_CLAUSE_VERB.test(gap) &&
      // "Vint, who Ada Roe said was unfit, chided her for “…”": Roe's words end with the aside.
      !(verbInObjectRelative(body, verbStart) && /,\s+\p{Ll}/u.test(gap))
    ) {
      if (cueTargeting(cues, next) === undefined) cue.target = next;
    }
  }
}

/** The earlier cues of a sentence by the quotation they targeted when they were added to it. */
const cuesByTarget = new WeakMap<readonly Cue[], { read: number; byTarget: Map<number, Cue[]> }>();

/**
 * The first of `cues` that targets quotation `target`, as `cues.find` gives it, from an index
 * that grows with the list: a scan of every earlier cue for every verb was quadratic on a run-on
 * sentence of cues. A cue's target is set before it joins the list and may only be taken from it
 * then (set to -1), so the cues indexed under `target` that still hold it are all of them.
 */
function cueTargeting(cues: readonly Cue[], target: number): Cue | undefined {
  let index = cuesByTarget.get(cues);
  if (index === undefined) {
    index = { read: 0, byTarget: new Map() };
    cuesByTarget.set(cues, index);
  }
  for (; index.read < cues.length; index.read += 1) {
    const c = cues[index.read]!;
    const list = index.byTarget.get(c.target);
    if (list === undefined) index.byTarget.set(c.target, [c]);
    else list.push(c);
  }
  return index.byTarget.get(target)?.find((c) => c.target === target);
}

/** `,”` or `”,`: the quotation ends its clause on a comma, as one a trailing cue closes does. */
function closesOnComma(body: string, close: number): boolean {
  return markBeforeClose(body, close) === "," || body[close + 1] === ",";
}
