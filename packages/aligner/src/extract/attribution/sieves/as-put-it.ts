import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { QUOTATION_MARK } from "../../quotation-marks.ts";
import { leadStart, quotationLead } from "../quotation-lead.ts";
import { VERBS } from "../sieve-words.ts";
import { endsOnCoordinator } from "./coordinated-predicate.ts";

/**
 * `As Tom Ridge, a former secretary, put it: “…”` / `As The Post's Ruth Marcus puts it, “…”`: the
 * person of an "as X put it" clause right before the opening mark speaks the quotation. X is read
 * as the name before an appositive (`Tom Ridge, a former secretary,`), or the name set off by
 * commas after a description (`the chief executive, Jeff Weiner,`); only a person counts.
 */
export function asPutIt(
  text: ArticleText,
  open: number,
  registry: EntityRegistry,
): { speaker: number; start: number; end: number } | null {
  const { body } = text;
  const from = leadStart(text, open, 300);
  const before = withoutTitles(body.slice(from, open));
  const putIt = AS_PUT_IT.exec(before);
  // "As Roe noted in May, “…”" / "As the Gazette reported, “…”": an "as" clause with another
  // verb of saying, opening its clause; a person or an organisation may speak.
  const other = putIt === null ? asVerbClause(before) : null;
  const clause = putIt ?? other;
  if (clause === null || endsOnCoordinator(clause[1]!)) return null;
  const subject = clause[1]!;
  const subjectStart = from + clause.index + clause[0].indexOf(subject);
  for (const part of namedParts(subject)) {
    const start = subjectStart + part.start;
    const speaker = registry.speakerFromPhrase(start, start + part.text.length);
    if (typeof speaker !== "number") continue;
    const kind = registry.kindOf(speaker);
    if (kind === "person" || (other !== null && kind === "organization")) {
      return { speaker, start: from + clause.index, end: open };
    }
  }
  return null;
}

/**
 * `As Ada Lund has pointed out, the plan is a “dead letter.”` / `Of course, as Lund observed, the
 * port was the winner:` ending the paragraph before one that opens with the quotation: an "as"
 * clause opening the sentence credits the whole main clause after its comma to X, so a quoted
 * fragment of that clause is X's — when nothing after the comma (no quotation mark, no finite
 * reporting verb) could bring a speaker of its own. `at` is the opening mark, or the end of the
 * paragraph before when that paragraph ends on a colon.
 */
export function asClauseOpensSentence(
  text: ArticleText,
  quotation: { open: number; paragraphIndex: number },
  registry: EntityRegistry,
): { speaker: number; start: number; end: number } | null {
  const { body } = text;
  let at = quotation.open;
  const paragraph = text.paragraphs[quotation.paragraphIndex];
  const previous = text.paragraphs[quotation.paragraphIndex - 1];
  if (paragraph !== undefined && /^\s*$/.test(body.slice(paragraph.start, at))) {
    if (previous === undefined) return null;
    const before = body.slice(previous.start, previous.end).trimEnd();
    if (!before.endsWith(":")) return null;
    at = previous.start + before.length - 1;
  }
  const sentence = quotationLead(text, at, 400, QUOTATION_MARK);
  if (sentence === null) return null;
  const before = sentence.lead;
  // `As Ada Lund reported after the vote:` ¶ `“…”`: a sentence that is only the "as" clause,
  // ending its paragraph on the colon, has no main clause: it presents the quotation paragraph.
  const clause =
    AS_OPENING.exec(before) ?? (at !== quotation.open ? AS_WHOLE_SENTENCE.exec(before) : null);
  if (clause === null) return null;
  const rest = before.slice(clause[0].length);
  if (finiteReportingVerb(rest)) return null;
  const subject = clause[1]!;
  const subjectStart = sentence.start + clause.index + clause[0].indexOf(subject);
  for (const part of namedParts(subject)) {
    const start = subjectStart + part.start;
    const speaker = registry.speakerFromPhrase(start, start + part.text.length);
    if (typeof speaker === "number" && registry.canSpeak(speaker)) {
      return { speaker, start: sentence.start + clause.index, end: at };
    }
  }
  return null;
}

/**
 * Whether a main clause brings a reporting verb of its own: a finite form, never an -ing form nor
 * an infinitive after "to" (`the council was refusing to call it a strike` reports nothing).
 */
function finiteReportingVerb(clause: string): boolean {
  const words = clause.match(/\p{L}+/gu) ?? [];
  return words.some(
    (w, i) => VERBS.has(w) && !w.endsWith("ing") && words[i - 1]?.toLowerCase() !== "to",
  );
}

/**
 * "As X pointed out in December, “" / "But as X has written, “" / "As reported by X, “": an "as"
 * clause opening its sentence or clause (after a comma or a conjunction), whose verb is a
 * reporting verb (not an -ing form), "pointed out" or "written"; X is group 1.
 */
function asVerbClause(before: string): RegExpExecArray | null {
  return AS_REPORTED_BY.exec(before) ?? AS_VERB.exec(before);
}

/** Finite reporting verbs (no -ing form), "pointed out" and "written". */
const AS_VERBS = [
  ...[...VERBS].filter((v) => !v.endsWith("ing")),
  "pointed out",
  "points out",
  "written",
].join("|");

const AS_VERB = new RegExp(
  `(?:^|[,;:—–]\\s*|\\b(?:[Bb]ut|[Aa]nd|[Oo]r|[Ss]o|[Yy]et|[Jj]ust)\\s+)[Aa]s ([^“”"]{2,160}?),? (?:(?:has|had|have) )?(?:${AS_VERBS})(?: [^,:;“”"]{1,60})?[,:]\\s*$`,
  "u",
);

/** "(But|Of course,) As X (has) observed (in May), ": an "as" clause that opens its sentence. */
const AS_OPENING = new RegExp(
  `^\\s*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Oo]f course|[Ii]ndeed),?\\s+)?[Aa]s ([^“”",]{2,80}?(?:, [^“”",]{2,80},)?) (?:(?:has|had|have) )?(?:${AS_VERBS}|observed|puts? it)(?: [^,:;“”"]{1,60})?,\\s`,
  "u",
);

/** "(But) As X (has) reported (after the vote)" as a whole sentence, up to its colon. */
const AS_WHOLE_SENTENCE = new RegExp(
  `^\\s*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Oo]f course|[Ii]ndeed),?\\s+)?[Aa]s ([^“”",]{2,80}?) (?:(?:has|had|have) )?(?:${AS_VERBS}|observed)(?: [^,:;“”"]{1,120})?:?\\s*$`,
  "u",
);

const AS_REPORTED_BY =
  /(?:^|[,;:—–]\s*|\b(?:[Bb]ut|[Aa]nd)\s+)[Aa]s (?:reported|noted|written) by ([^,:;“”"]{2,80})[,:]\s*$/u;

/** "As X put it," up to the mark: X has no quotation mark, the rest of the clause is short. */
/**
 * `As Lund, author of “The Open Port,” put it, “…”`: a short quotation inside the subject (a
 * title, commas allowed, no other punctuation) blanked, offsets kept, so the subject reads whole.
 */
function withoutTitles(words: string): string {
  return words.replace(/[“"][^“”"\n;:!?.]{1,60}[”"]/gu, (q) => " ".repeat(q.length));
}

const AS_PUT_IT = /\b[Aa]s ([^“”"]{2,160}?),? puts? it(?: [^,:;“”"]{1,80})?[,:]\s*$/u;

/** The head before the first comma (unless a lowercase description), then the segment between
 * the first two commas. */
function namedParts(subject: string): { text: string; start: number }[] {
  const first = subject.indexOf(",");
  if (first < 0) {
    // "the Ledger's Ivo Vint": a possessor leads, the name after it speaks.
    const possessed = /^\p{Ll}[^’']*['’]s (?=\p{Lu})/u.exec(subject);
    if (possessed !== null)
      return [{ text: subject.slice(possessed[0].length).trim(), start: possessed[0].length }];
    return /^\p{Ll}/u.test(subject) ? [] : [{ text: subject.trim(), start: 0 }];
  }
  // "the chief executive, Jeff Weimar,": a description leads, the name between commas speaks.
  const head = subject.slice(0, first).trim();
  const parts = /^\p{Ll}/u.test(head) ? [] : [{ text: head, start: 0 }];
  const second = subject.indexOf(",", first + 1);
  const segment = subject.slice(first + 1, second < 0 ? subject.length : second);
  const lead = segment.length - segment.trimStart().length;
  parts.push({ text: segment.trim(), start: first + 1 + lead });
  return parts;
}
