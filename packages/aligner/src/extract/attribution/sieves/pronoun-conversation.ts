// Attribution layer, sieve 4: "he said" in a conversation is the previous quotation's speaker.

import { CLAUSE_STARTERS } from "../../../../lexicons/clause-starters.ts";
import { PRONOUNS } from "../../../../lexicons/pronouns.ts";
import { REPORTING_VERB_FORMS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { quotationAt } from "../../quotation-marks.ts";
import type { QuoteDraft } from "../quote-drafts.ts";

const VERBS: ReadonlySet<string> = new Set(REPORTING_VERB_FORMS.trim().split(/\s+/));
/** Characters between two quotations the conversation may span: about a short paragraph. */
const CONVERSATION_GAP = 300;
/** `,” he said` / `” she added` right after the closing mark. */
const TRAILING = /^[,.]?\s*([Hh]e|[Ss]he)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u;
/** `He said: “` / `She added, “` right before the opening mark, opening its sentence. */
const LEADING = /(?:^|[.!?”"]\s+|\n)(He|She)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)[,:]?\s*$/u;

/**
 * A direct quote whose cue is "he"/"she" + a reporting verb that no sieve could resolve (the
 * registry found no single person) takes the speaker of the direct quote just before, as in
 * quoted conversation (Muzny et al. 2017: the previous quote's speaker before a nearer mention):
 * `“…,” Pell said. “…,” she added.` Only when that speaker is a person of a compatible gender
 * and nothing between the two quotations names anyone else: every capitalised word there belongs
 * to that speaker's name, or opens a sentence as a pronoun or clause starter; no other quotation.
 */
export function pronounConversation(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  let previous: QuoteDraft | null = null;
  for (const draft of drafts) {
    if (!draft.direct) continue;
    const earlier = previous;
    previous = draft;
    if (earlier === null || typeof earlier.speaker !== "number") continue;
    if (draft.speaker === earlier.speaker) continue;
    const here = text.quotations[quotationAt(text.quotations, draft.start)];
    const before = text.quotations[quotationAt(text.quotations, earlier.start)];
    if (here === undefined || before === undefined || before.close >= here.open) continue;
    const cue = pronounCue(body, here.open, here.close);
    if (cue === null) continue;
    // A he/she the registry resolved is read again only when this cue gave the speaker: the
    // previous quotation's speaker, with nobody else named between, is the likelier referent.
    if (draft.speaker !== null && (draft.cue === null || draft.cue.start !== cue.start)) continue;
    const speaker = earlier.speaker;
    if (!registry.compatibleSpeaker(speaker, cue.gender)) continue;
    const gap = body.slice(before.close + 1, here.open);
    if (gap.length > CONVERSATION_GAP || /[“”"‘’«»]|''/.test(gap)) continue;
    if (!namesNobodyElse(gap, registry.nameOf(speaker))) continue;
    draft.speaker = speaker;
    draft.cue = { start: cue.start, end: cue.end };
    previous = draft;
  }
}

/**
 * Sentences back a he/she cue may look for the attribution just before it: three lets two plain
 * sentences that name no person stand between (`“…,” Ms. Pell said. / Towns spread their money.
 * But the Harbour Fund runs it all. / Its job is “…,” she said.`); PolNeAR train direct speaker
 * 4347 → 4348 right, wrong 124 → 124 (five sentences gave the same).
 */
const PREVIOUS_REACH = 3;

/**
 * A direct quote whose speaker comes from a he/she cue takes the speaker of the attribution just
 * before it — direct or reported, at most PREVIOUS_REACH sentences back — when that person's
 * gender is known to be the pronoun's and the text between names no other person the registry
 * knows:
 * `…, Ivo Lund said. / “It will pass,” he said.` / `“…,” said Ivo Lund, a professor at the Orrin
 * Institute. “It will pass,” he said.` The attribution is the nearer and likelier referent than a
 * person the pronoun's sentence-based resolution reached further back or inside a quotation.
 */
export function previousAttribution(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  let latest: QuoteDraft | null = null;
  for (const draft of drafts) {
    const earlier = latest;
    if (typeof draft.speaker === "number") latest = draft;
    if (!draft.direct || earlier === null || typeof earlier.speaker !== "number") continue;
    if (draft.speaker === earlier.speaker || earlier.end > draft.start) continue;
    if (draft.sentence - earlier.sentence > PREVIOUS_REACH) continue;
    const here = text.quotations[quotationAt(text.quotations, draft.start)];
    if (here === undefined) continue;
    const cue = pronounCue(body, here.open, here.close);
    if (cue === null) continue;
    if (draft.speaker !== null && (draft.cue === null || draft.cue.start !== cue.start)) continue;
    const speaker = earlier.speaker;
    // Only a person whose gender is known to be the pronoun's (a given name, an honorific): a
    // description or a plural source ("others", "the campaign manager") is no sure referent.
    const other = cue.gender === "he" ? "she" : "he";
    if (!registry.compatibleSpeaker(speaker, cue.gender)) continue;
    if (registry.compatibleSpeaker(speaker, other)) continue;
    const from = Math.max(earlier.end, earlier.cue?.end ?? 0);
    const others = registry
      .entitiesIn(from, here.open)
      .filter((e) => e !== speaker && registry.kindOf(e) === "person");
    if (others.length > 0) continue;
    // The pronoun's own reading stands when it names someone the text names in between, as the
    // subject of a sentence the registry read before quotes gave them a mention ("And Vint, …").
    if (
      typeof draft.speaker === "number" &&
      namedOutsideQuotes(text, registry, draft.speaker, from, here.open)
    ) {
      continue;
    }
    draft.speaker = speaker;
    draft.cue = { start: cue.start, end: cue.end };
    latest = draft;
  }
}

function pronounCue(
  body: string,
  open: number,
  close: number,
): { gender: "he" | "she"; start: number; end: number } | null {
  const after = TRAILING.exec(body.slice(close + 1, close + 40));
  if (after !== null && VERBS.has(after[2]!)) {
    const start = close + 1 + after.index + after[0].indexOf(after[1]!);
    return {
      gender: after[1]!.toLowerCase() as "he" | "she",
      start,
      end: close + 1 + after[0].length,
    };
  }
  const from = Math.max(0, open - 40);
  const lead = LEADING.exec(body.slice(from, open));
  if (lead !== null && VERBS.has(lead[2]!)) {
    const start = from + lead.index + lead[0].indexOf(lead[1]!);
    let end = open;
    while (end > start && /[\s,:]/.test(body[end - 1]!)) end -= 1;
    return { gender: lead[1]!.toLowerCase() as "he" | "she", start, end };
  }
  return null;
}

function namesNobodyElse(gap: string, name: string): boolean {
  const own = new Set(name.split(/[\s-]+/));
  for (const m of gap.matchAll(/\p{Lu}[\p{L}’'.-]*/gu)) {
    const word = m[0].replace(/[’'.]+$/, "");
    if (own.has(word)) continue;
    const opening = /(?:^|[.!?:]\s+|\n\s*)$/.test(gap.slice(0, m.index));
    if (opening && (PRONOUNS.has(word.toLowerCase()) || CLAUSE_STARTERS.has(word))) continue;
    return false;
  }
  return true;
}

/** Whether the person's name is written in [from, to) outside quotation marks. */
function namedOutsideQuotes(
  text: ArticleText,
  registry: EntityRegistry,
  entity: number,
  from: number,
  to: number,
): boolean {
  const name = registry.nameOf(entity);
  let at = text.body.indexOf(name, from);
  while (at >= 0 && at + name.length <= to) {
    if (text.quotationIndexAt(at) < 0) return true;
    at = text.body.indexOf(name, at + name.length);
  }
  return false;
}
