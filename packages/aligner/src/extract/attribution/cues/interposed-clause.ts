// Attribution layer: the subject of a reporting verb that an interposed clause separates from it —
// a relative or participle clause set off by commas ("Roe, who has backed Vint, said"; "Roe,
// noting Vint's lead, said") or a remark between dashes ("Roe — named by Vint's aides as a
// pick — told"). The names inside that clause are what the speaker talks about, never who speaks,
// so the nearest name before the verb is no guess to make there.
import { QUESTIONED_PARTICIPLES } from "../../../../lexicons/clause-starters.ts";
import { AUXILIARY_VERBS } from "../../../../lexicons/function-words.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { labelStart } from "../../parenthesised-label.ts";
import { skipTimeBeforeVerb } from "../sieves/time-before-verb.ts";
import { clauseSubject } from "./clause-subject.ts";

/** How far before the verb an interposed clause may open. */
const INTERPOSED_REACH = 240;

/** ", who", ",” which", ", noting", ", asked": a comma (inside a closing mark or not), then a clause opener. */
const CLAUSE_OPENER = new RegExp(
  String.raw`,[”"]?\s+(who|whose|whom|which|[a-z]+ing|${[...QUESTIONED_PARTICIPLES].join("|")})\b`,
  "g",
);

/** Words in -ing after a comma that open no participle clause: "…, including Vint, said". */
const NOT_PARTICIPLES = new Set(
  "including during according regarding concerning following morning evening nothing something".split(
    " ",
  ),
);

const DASHES = "—–";

/**
 * The speaker of the verb at `verbStart` when an interposed clause ends right before it: the
 * person named just before the clause opens (a parenthesised party label skipped), else the
 * person opening the sentence, else null — unknown, never a name from inside the clause.
 * Undefined when no interposed clause ends at the verb (other readings then apply).
 */
export function interposedClauseSubject(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  verbStart: number,
): number | "ambiguous" | null | undefined {
  let end = verbStart;
  while (end > sStart && body.charCodeAt(end - 1) === 32) end -= 1;
  // "Roe, asked about Vint, had said": the auxiliaries belong to the verb, not to the clause;
  // so do an adverb or a time phrase ("Roe, who lost to Vint, on Monday told", "…, reportedly told").
  end = beforeVerbGroup(body, sStart, end);
  const mark = body[end - 1] ?? "";
  const from = Math.max(sStart, verbStart - INTERPOSED_REACH);
  let opening = -1;
  if (DASHES.includes(mark) && mark !== "") {
    opening = body.lastIndexOf(mark, end - 2);
    if (opening < from || /[“”"]/.test(body.slice(opening, end))) return undefined;
  } else if (mark === ",") {
    opening = lastOpener(body, from, end - 1);
    if (opening < 0) return undefined;
  } else return undefined;
  let nameEnd = opening;
  while (nameEnd > sStart && body.charCodeAt(nameEnd - 1) === 32) nameEnd -= 1;
  nameEnd = labelStart(body, sStart, nameEnd);
  while (nameEnd > sStart && body.charCodeAt(nameEnd - 1) === 32) nameEnd -= 1;
  const named = registry.personEndingAt(nameEnd) ?? speakerEndingAt(registry, nameEnd);
  if (named !== null) return named;
  const subject = clauseSubject(registry, body, sStart, opening);
  return subject !== null && subject !== "ambiguous" && registry.kindOf(subject) === "person"
    ? subject
    : null;
}

/**
 * The comma opening the last relative clause in [from, to), else the last participle clause, or
 * -1: in "Roe, who backed Vint, noting the polls, said" the relative clause is Roe's.
 */
function lastOpener(body: string, from: number, to: number): number {
  const stretch = body.slice(from, to);
  let relative = -1;
  let participle = -1;
  CLAUSE_OPENER.lastIndex = 0;
  for (let m = CLAUSE_OPENER.exec(stretch); m !== null; m = CLAUSE_OPENER.exec(stretch)) {
    const word = m[1]!;
    if (word.startsWith("wh")) relative = from + m.index;
    else if (!NOT_PARTICIPLES.has(word)) participle = from + m.index;
  }
  const found = relative >= 0 ? relative : participle;
  // The clause runs to the verb's comma: a quotation or a sentence mark inside ends it earlier.
  if (found < 0 || /[;:()]/.test(body.slice(found + 1, to))) return -1;
  return found;
}

/**
 * A person or organisation a name mention ending at `end` resolves to ("Bloomberg, who …" may be
 * read as the company), never a place: the clause's antecedent speaks as the nearest name did.
 */
function speakerEndingAt(registry: EntityRegistry, end: number): number | null {
  for (let i = registry.firstFrom(Math.max(0, end - 80)); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= end) break;
    if (m.end !== end || m.possessive || m.ambiguous || m.entity === null) continue;
    if (registry.kindOf(m.entity) !== "place") return m.entity;
  }
  return null;
}

/**
 * Where the verb group ending at `end` starts: past up to two auxiliaries, adverbs in -ly and time
 * phrases ("had", "has not", "reportedly", "on Monday", "late Thursday"), spaces before it skipped.
 */
function beforeVerbGroup(body: string, sStart: number, end: number): number {
  let at = end;
  for (let k = 0; k < 3; k += 1) {
    const from = at;
    at = beforeAuxiliaries(body, sStart, at);
    const adverb = /\s(\p{Ll}{3,}ly)$/u.exec(body.slice(Math.max(sStart, at - 24), at));
    if (adverb !== null) at -= adverb[1]!.length;
    at = skipTimeBeforeVerb(body, sStart, at);
    while (at > sStart && body.charCodeAt(at - 1) === 32) at -= 1;
    if (at === from) break;
  }
  return at;
}

/** Where the verb group ending at `end` starts when up to two auxiliaries open it ("had", "has not"). */
function beforeAuxiliaries(body: string, sStart: number, end: number): number {
  let at = end;
  for (let k = 0; k < 2; k += 1) {
    const word = /(?:^|\s)(\p{Ll}+)$/u.exec(body.slice(Math.max(sStart, at - 12), at));
    if (word === null || !AUXILIARY_VERBS.has(word[1]!)) break;
    at -= word[1]!.length;
    while (at > sStart && body.charCodeAt(at - 1) === 32) at -= 1;
  }
  return at;
}
