// Attribution layer: a name inside a modifier of the cue's subject does not speak. In "People
// with knowledge of Lund's plans said the port would close", "Organizers of the march against
// Vint's harbour plan said …" or "A docker who has sued Ada Lund over the layoffs said …" the
// people, organizers and docker speak; Lund and Vint only sit in a phrase or clause that tells
// which people. The quote is left unknown (a wrong speaker is worse than none).
import { REPORTING_VERB_FORMS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { NUMBER_WORDS } from "../../number-words.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { entityMentionsWithin, mentionsByStart } from "./cue-mentions.ts";

const REPORTING = new Set(REPORTING_VERB_FORMS.trim().split(/\s+/));

/**
 * A head noun (lowercase unless it opens the clause), then a preposition or relative word that
 * opens its modifier, then anything but a clause break up to the name: "people with direct
 * knowledge of", "organizers of the march against", "a docker who has sued".
 */
const HEAD_THEN_MODIFIER =
  /(?:^|[\s(])((?:^\p{L}|\p{Ll})[\p{L}-]*)\s+(of|with|about|from|against|over|who|whose|whom)\s([^,;:—–()“”"]*)$/u;

/**
 * A capitalised head right before a restrictive "who" (no comma between): "The Norland Democrat
 * who ran against Ada Roe said", "The lifelong Republican who wrote the speech delivered by the
 * widow …". A name takes its relative clause after a comma, so the word is a noun heading the
 * subject, and the name inside the clause does not speak.
 */
const CAPITAL_HEAD_THEN_RELATIVE =
  /(?:^|[\s(])(\p{Lu}\p{Ll}+)\s+(who|whose|whom)\s([^,;:—–()“”"]*)$/u;

/**
 * "Most of the Harbour Democrats", "half of Norland voters": a part of the group the name stands
 * in is the group speaking, and the name may be how the article credits it.
 */
const PARTITIVE_HEADS = new Set([
  ...NUMBER_WORDS,
  ..."most many some all none few several each both half percent majority minority rest share third quarter".split(
    " ",
  ),
]);

/** Words that end a noun phrase's modifier: a new clause or a finite verb of the main clause. */
const ENDS_MODIFIER = new Set(
  "that which when while because if as but and or was were is are has have had will would".split(
    " ",
  ),
);

/** At most this many words between the modifier's first word and the name. */
const MODIFIER_WORDS = 6;

/** How far back a subject's head is looked for: a head and its modifier are a few words long. */
const CLAUSE_REACH = 160;

/** Where the clause holding `at` starts: past the sentence start and the last clause break. */
function clauseStart(body: string, sentenceStart: number, at: number): number {
  const from = Math.max(sentenceStart, at - CLAUSE_REACH);
  for (let i = at - 1; i >= from; i -= 1) {
    if (/[,;:—–()“”"]/.test(body[i]!)) return i + 1;
  }
  // Cut short inside a long clause: start at a word boundary, never inside a word.
  if (from === sentenceStart) return from;
  const space = body.indexOf(" ", from);
  return space < 0 || space >= at ? at : space;
}

/**
 * Whether the name from `start` to `end` sits inside a modifier of the subject of the reporting
 * verb after it, with words of that modifier still to come before the verb ("of Lund's plans
 * said", "of Vint's harbour plan said"), or as an object ending a relative clause after its own
 * verb ("executives who have worked with Ivo Vint say": the executives speak). A relative word
 * right before the name ("dockers who Ada Roe says were unpaid") leaves the name its own verb, and a
 * name ending a phrase right before the verb ("a spokeswoman for Ada Lund said") may be how the
 * article credits the words: both are kept.
 */
export function embeddedInSubject(
  body: string,
  sentenceStart: number,
  start: number,
  end: number,
  limit: number,
): boolean {
  const before = body.slice(clauseStart(body, sentenceStart, start), start);
  // The nearest modifier ("ran against") may hide the relative clause holding it ("Democrat who
  // ran against"): either one holding the name is enough.
  return [HEAD_THEN_MODIFIER.exec(before), CAPITAL_HEAD_THEN_RELATIVE.exec(before)].some(
    (modifier) => modifier !== null && modifierHoldsName(body, modifier, end, limit),
  );
}

/** Whether the modifier read before the name holds it, the subject's verb still to come. */
function modifierHoldsName(
  body: string,
  modifier: RegExpExecArray,
  end: number,
  limit: number,
): boolean {
  if (/ - /.test(modifier[3]!)) return false;
  if (modifier[2] === "of" && PARTITIVE_HEADS.has(modifier[1]!.toLowerCase())) return false;
  // "who has sued": a relative clause has a verb of its own before the name.
  const relative = modifier[2]!.startsWith("wh");
  const inModifier = modifier[3]!.match(/[\p{L}’'-]+/gu) ?? [];
  if (inModifier.length > MODIFIER_WORDS) return false;
  if (inModifier.some((w, i) => ENDS_MODIFIER.has(w.toLowerCase()) && !(relative && i === 0)))
    return false;
  const after = body.slice(end, limit);
  const words = after.match(/[\p{L}’'-]+/gu) ?? [];
  const verb = words.findIndex((w) => REPORTING.has(w.toLowerCase()));
  // "… of Lund privately saying": a participle has no subject of its own to take.
  if (verb < 0 || words[verb]!.endsWith("ing")) return false;
  if (/[,;:—–()“”"]/.test(after.slice(0, after.indexOf(words[verb]!)))) return false;
  // "Lund's plans": a possessive ending is no word of its own.
  const between = words.slice(0, verb).filter((w) => !/^['’]s?$/.test(w));
  return between.length > 0 || (relative && inModifier.length > 0);
}

/** Clears the speaker of every quote whose cue names the speaker only inside its subject's modifier. */
export function dropSpeakersEmbeddedInSubject(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const sorted = mentionsByStart(registry);
  for (const draft of drafts) {
    if (draft.cue === null || typeof draft.speaker !== "number") continue;
    const { start, end } = draft.cue;
    const sentence = text.sentenceAt(start);
    if (sentence === undefined) continue;
    const own = entityMentionsWithin(sorted, draft.speaker, start, end);
    if (own.length === 0) continue;
    const embedded = own.every(
      (m) =>
        m.form !== "pronoun" &&
        embeddedInSubject(text.body, sentence.span.start, m.start, m.end, end),
    );
    if (!embedded) continue;
    draft.speaker = null;
    draft.cue = null;
  }
}
