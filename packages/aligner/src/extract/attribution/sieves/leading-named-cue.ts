// Attribution layer, a sieve after the trailing named cue: a cue ending right before a quotation's
// opening mark that the leading cue does not read — an inverted verb opening the sentence ("Said
// Dana Brook, who grew up near the docks, “…”"), the agent of a passive question ("Vint was
// asked by host Nora Quill, “…?”"), or a verb group between the person and the mark ("Lund was
// prompted to say, “…”", "Vint shot back, “…”").

import {
  AUXILIARY_VERBS,
  CLAUSE_BOUNDARY_WORDS,
  PREPOSITIONS,
  VERB_GROUP_ADVERBS,
} from "../../../../lexicons/function-words.ts";
import { RETORT_VERB_FORMS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { MentionRecord } from "../../entities/entity-records.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { QUOTATION_MARK_OR_APOSTROPHES, type Quotation } from "../../quotation-marks.ts";
import { quotationLead } from "../quotation-lead.ts";
import { wordPattern } from "../sentence-words.ts";
import { VERBS } from "../sieve-words.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/** A sentence opening with a verb of saying, then the speaker: "Said Dana Brook, …". */
const INVERTED_OPENING = /^\s*(\p{Lu}\p{Ll}+)\s+(?=\p{Lu})/u;

/** "was asked by host Nora Quill": the asker after "by", through lowercase title words. */
const ASKED_BY = /\b(?:was|were|is|are|been|being)\s+asked\s+by\s+(?:\p{Ll}+\s+){0,3}$/u;

/** Words of a verb group between a subject and its verb of saying: "was prompted to", "could only". */
const VERB_GROUP = new Set([...AUXILIARY_VERBS, ...VERB_GROUP_ADVERBS]);

/**
 * The speaker of a quotation whose sentence, up to its opening mark, is a cue ending on a comma or
 * a colon, when the leading cue left it (`attribution-sieves.ts`):
 * - `Said Dana Brook, who grew up near the docks, “…”`: a reporting verb opens the sentence and a
 *   person the registry knows follows it straight away;
 * - `Vint was asked by host Nora Quill, who backs him, “…?”`: the person after "asked by" asks;
 * - `Lund was prompted to say, “…”` / `Vint shot back, “…”` / `Vint could only quip: “…”`: the
 *   cue's last word is a reporting verb (or "back" after a retort verb), and only a verb group
 *   ("was prompted to", "could only") stands between it and the last person named before it,
 *   who opens the clause or follows a comma, a title word or a conjunction.
 * The sentence holds no other quotation mark before this one.
 */
export function leadingNamedCue(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const open = quotation.open;
  const sentence = quotationLead(text, open, 300, QUOTATION_MARK_OR_APOSTROPHES);
  if (sentence === null || !/[,:]\s*$/.test(sentence.lead)) return null;
  const { start, lead } = sentence;
  // Possessives and possessors ("Vint's", "Vint' ") name no speaker.
  const mentions = registry
    .mentionsWithin(start, open)
    .filter((m) => !m.possessive && !/^['’]/u.test(body.slice(m.end, m.end + 1)));
  // "Said Dana Brook, …, “…”".
  const inverted = INVERTED_OPENING.exec(lead);
  if (inverted !== null && VERBS.has(inverted[1]!.toLowerCase())) {
    const first = mentions[0];
    if (first === undefined || first.start !== start + inverted[0].length) return null;
    const speaker = personOf(registry, first);
    return speaker === null ? null : { speaker, start, end: first.end };
  }
  // "Vint was asked by host Nora Quill, …, “…?”".
  for (const m of mentions) {
    if (!ASKED_BY.test(body.slice(start, m.start))) continue;
    const speaker = personOf(registry, m);
    return speaker === null ? null : { speaker, start: m.start, end: m.end };
  }
  return verbGroupCue(body, registry, mentions, start, open);
}

/** `Lund was prompted to say, “…”` / `Vint shot back, “…”`: see `leadingNamedCue`. */
function verbGroupCue(
  body: string,
  registry: EntityRegistry,
  mentions: readonly MentionRecord[],
  start: number,
  open: number,
): SieveFinding | null {
  const words = [...body.slice(start, open).matchAll(wordPattern())];
  const last = words[words.length - 1];
  const before = words[words.length - 2]?.[0] ?? "";
  if (last === undefined) return null;
  const verbWord = last[0];
  const verbAt = start + last.index!;
  const retort = verbWord === "back" && RETORT_VERB_FORMS.has(before);
  if (!retort && (!VERBS.has(verbWord) || verbWord.endsWith("ing"))) return null;
  const verbStart = retort ? start + words[words.length - 2]!.index! : verbAt;
  const subject = mentions.filter((m) => m.end <= verbStart).pop();
  // "…, Marta shot back", "Marta could only quip:": a name no mention holds opens the clause.
  const named = namedClauseSubject(body, registry, subject?.end ?? start, verbStart, retort);
  if (named !== null) return named;
  if (subject === undefined) return null;
  // Only a verb group between the person and the verb, or an aside set off by commas
  // ("Lund, exasperated, famously responded:").
  const between = body.slice(subject.end, verbStart);
  const group = between.replace(/^\s*,[^,]{1,40},/, "").trim();
  if (group !== "" && !group.split(/\s+/).every(inVerbGroup)) return null;
  // A plain "Lund said," the leading cue reads already; this sieve wants a group or a retort.
  if (!retort && group === "" && !/,/.test(between)) return null;
  // The person opens the clause: no preposition or verb right before.
  const lead = body.slice(start, subject.start);
  const previous = /(\p{L}+)\s*$/u.exec(lead)?.[1] ?? "";
  const opens = /,\s*$/.test(lead) || CLAUSE_BOUNDARY_WORDS.has(previous.toLowerCase());
  if (!opens && (PREPOSITIONS.has(previous.toLowerCase()) || VERBS.has(previous))) return null;
  if (!opens && /\p{Ll}+(?:ed|s)$/u.test(previous)) return null;
  const speaker = personOf(registry, subject);
  return speaker === null ? null : { speaker, start: subject.start, end: open };
}

/** One to three capitalised words opening a clause, then up to four lowercase words before the verb. */
const CLAUSE_NAME =
  /(?:^|[,;]\s+)((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'-]*)((?:\s+\p{Ll}+){0,4})\s+$/u;

/**
 * `After Kara Moss spoke, Marta shot back, “…”` / `Marta could only quip: “…”`: no mention stands
 * before the verb, yet a capitalised name opens its clause as the verb's subject, only a verb group
 * between them (none needed before a retort; a plain `Marta said,` is the leading cue's). The name
 * is read as a cue's subject is (`speakerFromPhrase`: a person, an organisation, never a pronoun or
 * a weekday), so a given name nobody wrote in full becomes a person of its own, as `Marta said` does.
 */
function namedClauseSubject(
  body: string,
  registry: EntityRegistry,
  start: number,
  verbStart: number,
  retort: boolean,
): SieveFinding | null {
  const lead = body.slice(start, verbStart);
  const m = CLAUSE_NAME.exec(lead);
  if (m === null) return null;
  const group = m[2]!.trim();
  if (group === "" ? !retort : !group.split(/\s+/).every(inVerbGroup)) return null;
  const nameStart = start + m.index + m[0].indexOf(m[1]!);
  const nameEnd = nameStart + m[1]!.length;
  const speaker = registry.speakerFromPhrase(nameStart, nameEnd);
  if (speaker === null || speaker === "ambiguous" || !registry.canSpeak(speaker)) return null;
  return { speaker, start: nameStart, end: verbStart };
}

/** A word of a verb group: an auxiliary, "to", an adverb, a participle ("was prompted to"). */
function inVerbGroup(word: string): boolean {
  return VERB_GROUP.has(word) || /^\p{Ll}+(?:ly|ed)$/u.test(word) || word === "went";
}

/** The mention's person, if the registry resolved it to one (no pronoun, no ambiguity). */
function personOf(registry: EntityRegistry, m: MentionRecord): number | null {
  if (m.form === "pronoun" || m.ambiguous || m.entity === null) return null;
  return registry.kindOf(m.entity) === "person" ? m.entity : null;
}
