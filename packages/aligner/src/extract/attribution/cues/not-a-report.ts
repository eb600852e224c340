// Attribution layer: a reporting-verb form the cue reader meets that reports nothing — a passive,
// a noun, an infinitive — read from the words around it.
import { PAST_ADJECTIVE_OPENERS } from "../../../../lexicons/function-words.ts";
import { NOT_A_REPORT_BEFORE, PASSIVE_AUXILIARIES } from "./cue-subject.ts";
import { continuesSpeech } from "./went-on-to.ts";

/** What follows "declined" when a figure falls: an amount, "by …", "to" an amount, "sharply". */
const FALLING_BY =
  /^,?\s+(?:by\s|to\s+(?:[$€£]|\d)|[$€£]|\d|(?:sharply|slightly|steadily|steeply|modestly)\b)/u;

/**
 * Whether the verb form at [verbStart, verbEnd) is no report: a passive ("is said to"), a noun or
 * an infinitive ("a recent claim", "to note", "will tell", "Weller’s claim that …"), "called"
 * without an object ("the meeting he called"), "calling"/"described" with no quotation after.
 * `lastWord` is the word before the verb; `lo` bounds the look-back, `sEnd` the look-ahead.
 */
export function notAReport(
  body: string,
  lo: number,
  verbStart: number,
  verbEnd: number,
  sEnd: number,
  lastWord: string,
): boolean {
  const verb = body.slice(verbStart, verbEnd);
  if (PASSIVE_AUXILIARIES.has(lastWord)) return true;
  // "As reported by the Ledger, …": an aside naming the source, read as "According to".
  if (lastWord === "As" && verb === "reported" && /^\s+by\s/.test(body.slice(verbEnd, verbEnd + 4)))
    return true;
  const inflected = /(?:ed|ing)$/.test(verb);
  if (
    !inflected &&
    NOT_A_REPORT_BEFORE.has(lastWord.toLowerCase()) &&
    !(lastWord === "to" && continuesSpeech(body, lo, verbStart))
  )
    return true;
  // "in pledged delegates", "his declared goal", "the reported details": a past form after a
  // determiner or a preposition modifies the noun after it.
  if (verb.endsWith("ed") && PAST_ADJECTIVE_OPENERS.has(lastWord.toLowerCase())) return true;
  // "Weller’s claim that …", "the senators’ call": a form after a possessive is a noun ("Roe’s
  // said" is "Roe has said").
  if (
    !inflected &&
    !/^(?:said|told|wrote)$/.test(verb) &&
    /\p{L}(?:['’]s|s['’])\s+$/u.test(body.slice(lo, verbStart))
  )
    return true;
  if (verb === "called" && !/^\s+(?:it|the|this|that|[A-Z])/.test(body.slice(verbEnd, verbEnd + 6)))
    return true;
  // "Trade declined 40 percent", "fees declined to $281 million", "views have declined, by nine
  // points": a figure that falls, not someone declining to speak.
  if (/^declin/.test(verb) && FALLING_BY.test(body.slice(verbEnd, Math.min(sEnd, verbEnd + 24))))
    return true;
  // "The hall echoed with the strains of “…”": a place resounding, not someone repeating words.
  if (/^echo/.test(verb) && /^\s+with\s/.test(body.slice(verbEnd, verbEnd + 6))) return true;
  return (verb === "calling" || verb === "described") && !/[“"]/.test(body.slice(verbEnd, sEnd));
}
