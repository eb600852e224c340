// Attribution layer, a pass after the quotation-paragraph-after-report one: a paragraph made only
// of a quotation, no cue of its own, right after a paragraph that ends on its speaker doing
// something rather than saying it — going on from that paragraph's own quotation (`“We will build
// the quay,” Vint added. He then had a question for the crowd.` ¶ `“Who will pay for it?”`) or
// giving out a message (`The Harbour Board issued a statement on Tuesday.` ¶ `“We apologise.”`).

import { FORMS_OF_BE } from "../../../../lexicons/function-words.ts";
import { GIVING_VERB_FORMS, MESSAGE_NOUNS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { VERBS } from "../sieve-words.ts";
import { mainClauseOpener } from "./main-clause-opener.ts";
import { isPassiveVerb } from "./passive-verb.ts";
import { namesSpeaker, speakerlessQuotationParagraphs } from "./quote-paragraph-after-report.ts";
import { reportingFormIsNoVerb } from "./reporting-form-no-verb.ts";
import { clauseSubjectBeforeVerb } from "./sentence-cue.ts";

const GIVING = new Set(GIVING_VERB_FORMS.trim().split(/\s+/));
const MESSAGES = new Set(MESSAGE_NOUNS.trim().split(/\s+/));
/** What may stand between a verb of giving and its message noun: "issued a brief statement". */
const MESSAGE_OBJECT = /^(?:out\s+)?(?:a|an|the|this|its|his|her|their)\s+(?:[\p{Ll}-]+\s+)?$/u;
const WORD = /[\p{L}’'-]+/gu;

/**
 * A direct quote still without a speaker whose paragraph holds nothing but quotations takes the
 * speaker X of the paragraph before when that paragraph's last sentence holds no quotation mark,
 * and either
 * - it holds no finite reporting verb (the report passes read those), its subject is X, or a
 *   he/she the registry resolves to X, and every direct quote of that
 *   paragraph is X's (at least one) and no one else is named after the last of them: the speaker
 *   goes on, as across a paragraph break in a conversation; or
 * - it says X gives out a message (a verb of giving, `GIVING_VERB_FORMS`, with a message noun as its
 *   object, `MESSAGE_NOUNS`, before any finite reporting verb: `Ada Lund released a statement
 *   Tuesday.`), X a person or
 *   organisation the registry knows as the clause's named subject.
 * Abstains on a passive (`Lund was sent a letter.` — the letter is someone else's), on a label or
 * heading, and when the quotation names a person speaker (`“Lund will carry the day.”`); an
 * organisation's statement may name it.
 */
export function continuedParagraph(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  for (const { draft, paragraph, before, last } of speakerlessQuotationParagraphs(text, drafts)) {
    const { start, end } = last.span;
    const words = [...body.slice(start, end).matchAll(WORD)];
    // A finite reporting verb: the report passes read it (a form used as a noun, "He then had a
    // question for the crowd", and an -ing form are none). Before a verb of giving only: what
    // follows its message may be anyone's ("issued a statement after Vint said …").
    const texts = words.map((m) => m[0]);
    const reporting = texts.findIndex(
      (w, i) => VERBS.has(w) && !w.endsWith("ing") && !reportingFormIsNoVerb(texts, i),
    );
    const found =
      (reporting < 0 ? goesOn(text, registry, drafts, before, start, end) : null) ??
      givesMessage(text, registry, start, end, reporting < 0 ? words : words.slice(0, reporting));
    if (found === null) continue;
    if (
      registry.kindOf(found.speaker) === "person" &&
      namesSpeaker(registry, found.speaker, body.slice(paragraph.start, paragraph.end))
    )
      continue;
    draft.speaker = found.speaker;
    draft.cue = found.cue;
  }
}

type Found = { speaker: number; cue: { start: number; end: number } };

/** The paragraph's one quoted speaker, when its closing sentence's subject is that speaker. */
function goesOn(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: readonly QuoteDraft[],
  paragraph: { start: number; end: number },
  start: number,
  end: number,
): Found | null {
  const quoted = drafts.filter(
    (d) => d.direct && d.start >= paragraph.start && d.start < paragraph.end,
  );
  const speaker = quoted[0]?.speaker;
  if (typeof speaker !== "number" || quoted.some((d) => d.speaker !== speaker)) return null;
  const lastEnd = Math.max(...quoted.map((d) => d.end));
  const named = registry
    .entitiesIn(lastEnd, paragraph.end)
    .filter((e) => registry.kindOf(e) !== "place");
  if (named.some((e) => e !== speaker)) return null;
  const pronoun = /^\s*(?:(?:And|But|Then|So)\s+)?(he|she|He|She)\s/u.exec(
    text.body.slice(start, end),
  );
  const subject =
    pronoun !== null
      ? registry.speakerPronounAt(start + pronoun[0].length - pronoun[1]!.length - 1)
      : mainClauseOpener(text, registry, start, end);
  return subject === speaker ? { speaker, cue: { start, end } } : null;
}

/** The named subject of a verb of giving whose object is a message noun. */
function givesMessage(
  text: ArticleText,
  registry: EntityRegistry,
  start: number,
  end: number,
  words: RegExpMatchArray[],
): Found | null {
  const { body } = text;
  for (const [i, m] of words.entries()) {
    if (!GIVING.has(m[0])) continue;
    const verbStart = start + m.index!;
    const verbEnd = verbStart + m[0].length;
    const noun = words.slice(i + 1, i + 5).find((w) => MESSAGES.has(w[0]));
    if (noun === undefined) continue;
    const nounStart = start + noun.index!;
    if (!MESSAGE_OBJECT.test(body.slice(verbEnd, nounStart).trimStart())) continue;
    // A he/she subject goes on only as the paragraph's quoted speaker (goesOn).
    if (/^\s*(?:(?:And|But|Then|So)\s+)?(?:he|she)\s/iu.test(body.slice(start, verbStart)))
      return null;
    const previous = words[i - 1]?.[0].toLowerCase() ?? "";
    if (FORMS_OF_BE.has(previous) || isPassiveVerb(body, start, verbStart, verbEnd, end))
      return null;
    const speaker = clauseSubjectBeforeVerb(text, registry, verbStart, verbEnd);
    if (typeof speaker !== "number" || !registry.canSpeak(speaker)) return null;
    return { speaker, cue: { start: verbStart, end: verbEnd } };
  }
  return null;
}
