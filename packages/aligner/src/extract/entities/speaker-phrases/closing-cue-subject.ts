// Entity layer: the speaker a sentence's closing speech cue names ("Weller's plan will fail, Vint
// said.") — the main clause's subject, whoever the reported words before it name first.
import { AUXILIARY_VERBS, DETERMINERS, PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import { PRONOUNS } from "../../../../lexicons/pronouns.ts";
import { ADVERBS, VERBS } from "../../attribution/sieve-words.ts";
import type { MentionRecord } from "../entity-records.ts";

/** At most four words before the name: a title or description ("Republican strategist"). */
const TITLE_WORDS = /^(?:[\p{L}.'’-]+\s+){0,4}$/u;

/** Title words, not a clause: no verb, pronoun or preposition ("pledged her vote to Roe"). */
function titleWords(words: string): boolean {
  if (!TITLE_WORDS.test(words)) return false;
  for (const w of words.split(/\s+/)) {
    if (w === "") continue;
    const lower = w.toLowerCase();
    if (VERBS.has(w) || PRONOUNS.has(lower) || PREPOSITIONS.has(lower)) return false;
    if (AUXILIARY_VERBS.has(lower) || (DETERMINERS.has(lower) && lower !== "the")) return false;
  }
  return true;
}

/**
 * The person of `mentions` (one earlier sentence's people, in text order) who speaks in the
 * sentence's closing cue, when that is not its first person: `Weller’s claim hurt the troops, Vint
 * said.` / `…, said Vint.` / `…, Vint, a retired colonel, said Thursday.` The words before the
 * comma are what Vint said, so a later "he" is Vint, not Weller. Null when the sentence ends in no
 * such cue.
 */
export function closingCueSubject(
  body: string,
  mentions: readonly MentionRecord[],
  sentenceEnd: number,
): number | null {
  for (let k = mentions.length - 1; k >= 1; k -= 1) {
    const o = mentions[k]!;
    if (o.entity === null || o.ambiguous || o.form === "pronoun") continue;
    if (closesWithCue(body, o, sentenceEnd)) return o.entity;
  }
  return null;
}

function closesWithCue(body: string, o: MentionRecord, sentenceEnd: number): boolean {
  // The clause the mention opens or ends: back to the comma or closing mark before it.
  let from = o.start;
  while (from > 0 && from > o.start - 60 && !/[,”"\n.;:!?]/.test(body[from - 1]!)) from -= 1;
  const mark = body[from - 1];
  if (mark !== "," && mark !== "”" && mark !== '"') return false;
  const before = body.slice(from, o.start).trimStart();
  const lead = /^(\S+)\s+/.exec(before);
  // `, said Vint.` / `,” said former governor Vint.`: the verb opens the clause.
  if (lead && VERBS.has(lead[1]!)) {
    if (!titleWords(before.slice(lead[0].length))) return false;
    return restIsPlain(body, o.end, sentenceEnd);
  }
  if (!titleWords(before)) return false;
  // `, Vint said.` / `, Vint, a retired colonel, said.`: the verb follows the name.
  let at = o.end;
  if (body[at] === ",") {
    const next = body.indexOf(",", at + 1);
    if (next < 0 || next - at > 100 || next >= sentenceEnd) return false;
    if (/[“”"]/.test(body.slice(at, next))) return false;
    at = next + 1;
  }
  const words = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?(?:\s+(\p{Ll}+))?/u.exec(body.slice(at, at + 60));
  if (!words) return false;
  let v = 1;
  while (v < 3 && words[v] !== undefined && ADVERBS.has(words[v]!)) v += 1;
  if (words[v] === undefined || !VERBS.has(words[v]!)) return false;
  return restIsPlain(body, at, sentenceEnd);
}

/** After the cue, to the sentence's end: no quotation opens (`Vint said, “…”` opens a quote). */
function restIsPlain(body: string, from: number, sentenceEnd: number): boolean {
  return !/[“"]/.test(body.slice(from, sentenceEnd));
}

/** Whether a speech verb follows a he/she ("he said", "she later added"): it speaks. */
export function speaksNext(body: string, end: number): boolean {
  const next = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(body.slice(end, end + 40));
  if (next === null) return false;
  if (VERBS.has(next[1]!)) return true;
  return ADVERBS.has(next[1]!) && next[2] !== undefined && VERBS.has(next[2]);
}
