import {
  AUXILIARY_VERBS,
  DETERMINERS,
  FINITE_AUXILIARY_VERBS,
  FORMS_OF_BE,
  SUBORDINATORS,
} from "../../../../lexicons/function-words.ts";
import { PRONOUNS } from "../../../../lexicons/pronouns.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { registeredSpeaksAsSubject } from "../../entities/not-people/group-or-body-name.ts";
import { otherPersonMentions } from "../../entities/speaker-phrases/other-person-mentions.ts";
import { QUOTATION_MARK, quotationAt } from "../../quotation-marks.ts";
import { plausibleSubject, resolve } from "../cues/cue-phrase.ts";
import { possessorNotSpeaker } from "../possessor-subject.ts";
import { quotationLead } from "../quotation-lead.ts";
import { laterVerbHasOwnSubject, opensSecondClause } from "../second-clause.ts";
import { ADVERBS, SPEECH_VERBS, VERBS, wordsFrom } from "../sieve-words.ts";
import { closingStopCue } from "./closing-stop-cue.ts";
import { speechAboutSubject } from "./scare-quote.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/**
 * A quotation inside a clause whose subject opens the sentence: `Roe blasted the plan as “a
 * disaster”`, `She called it “a crucial step.”` The subject is a person's name or he/she followed
 * straight by a finite verb (an auxiliary allowed: "Roe has called"); no quotation mark comes
 * before this one in the sentence, and no other reporting verb could bring another speaker.
 */
export function sentenceSubject(
  text: ArticleText,
  open: number,
  registry: EntityRegistry,
): SieveFinding | null {
  const { body } = text;
  const sentence = quotationLead(text, open, 300, QUOTATION_MARK);
  if (sentence === null) return null;
  const { start } = sentence;
  const words = wordsFrom(body, start, open, 60);
  if (words.length < 3) return null;
  // The subject: "He", "She", or capitalised words (a name, with a title) before the verb.
  let v = 0;
  while (v < words.length && v < 5 && /^\p{Lu}/u.test(words[v]!.text)) v += 1;
  if (v === 0 || v >= words.length) return null;
  if (!finishesAtWord(body, words[v - 1]!.end, words[v]!.start)) return null;
  let verb = v;
  while (
    verb < words.length &&
    (AUXILIARY_VERBS.has(words[verb]!.text) || ADVERBS.has(words[verb]!.text))
  )
    verb += 1;
  const head = words[verb]?.text ?? "";
  if (!/^\p{Ll}+(?:ed|s)$/u.test(head) && !VERBS.has(head)) return null;
  // "HPU elders did produce an “…”": a finite auxiliary after the word makes it a noun of the
  // subject, not its verb.
  if (FINITE_AUXILIARY_VERBS.has(words[verb + 1]?.text ?? "")) return null;
  // "Roe was asked by the host, “…”": the subject of a passive reporting verb is spoken to, not
  // the speaker ("was quoted as saying" excepted).
  const participle = (head.endsWith("ed") || head === "told") && VERBS.has(head);
  if (participle && head !== "quoted" && words.slice(v, verb).some((w) => FORMS_OF_BE.has(w.text)))
    return null;
  if (laterVerbHasOwnSubject(words, verb)) return null;
  // "He has directed ''a long reshuffle. And I think staff are tired.''": a verb that reports no
  // speech, then quoted words going on past a sentence's end, is someone's speech about the
  // subject (the earlier speaker's, most often), not the subject's own phrase.
  const quoted = text.quotations[quotationAt(text.quotations, open)];
  if (!SPEECH_VERBS.has(head) && quoted !== undefined && quoted.open === open) {
    if (speechAboutSubject(body, words[verb]!.start, open, body.slice(open + 1, quoted.close)))
      return null;
  }
  // "Vint tells crews he can lead after a fisherman in Dunmore, Elmshire, warned him he is “too gentle”": a
  // subordinate clause with a subject and a reporting verb of its own holds the quotation.
  if (subordinateReport(body, words[verb]!.end, open)) return null;
  // "Roe proposed a debate - but the Vint campaign rejected it as “…”": another clause's subject.
  if (opensSecondClause(body.slice(words[verb]!.end, open))) return null;
  const subject = body.slice(words[0]!.start, words[v - 1]!.end);
  if (!plausibleSubject(subject)) return null;
  const speaker = resolve(body, words[0]!.start, words[v - 1]!.end, registry);
  if (speaker === null || speaker === "ambiguous") return null;
  // A person, a group of people ("Harbourlanders learned") or an acronym's organisation ("The OVTA
  // called it") speaks as a person does (group-or-body-name.ts).
  if (!registeredSpeaksAsSubject(registry, speaker)) return null;
  // "Vint's biographers wrote": the possessor owns the subject and does not speak.
  if (possessorNotSpeaker(registry, speaker, words[0]!.start, words[verb]!.end)) return null;
  // "Lund compared that with Vint who hopes to unite “…”": the quotation sits in a
  // relative clause about another person, whose words it may be: not the subject's.
  if (otherPersonRelativeBefore(registry, speaker, words[verb]!.end, open)) return null;
  // "Lund rejected the “quay toll” on Monday, the porters argued.": another speaker's cue after.
  const quotation = text.quotations[quotationAt(text.quotations, open)];
  if (quotation !== undefined && closingStopCue(text, quotation.close, sentence.end)) return null;
  return { speaker, start: words[0]!.start, end: words[verb]!.end };
}

/** Only spaces between two words: no comma, so the capitalised words run straight into the verb. */
function finishesAtWord(body: string, end: number, next: number): boolean {
  return /^ +$/.test(body.slice(end, next));
}

/** Whether a person other than `speaker`, named in [from, open), is followed by "who"/"whom". */
function otherPersonRelativeBefore(
  registry: EntityRegistry,
  speaker: number,
  from: number,
  open: number,
): boolean {
  const { body } = registry.text;
  return otherPersonMentions(registry, speaker, from, open).some((m) =>
    /^,?\s+who(?:m|se)?\s/.test(body.slice(m.end, m.end + 8)),
  );
}

const SUBORDINATOR_WORDS: ReadonlySet<string> = new Set(SUBORDINATORS);

/**
 * Whether body[from, open) holds a subordinator, then a subject that is no pronoun (a pronoun may
 * be the main subject again: "when he suggested"), then a finite reporting verb not after a
 * determiner: "after a fisherman in Dunmore warned him".
 */
function subordinateReport(body: string, from: number, open: number): boolean {
  let opened = false;
  let first = "";
  let before = "";
  for (const m of body.slice(from, open).matchAll(/[\p{L}’']+/gu)) {
    const word = m[0];
    const lower = word.toLowerCase();
    if (SUBORDINATOR_WORDS.has(lower)) {
      opened = true;
      first = "";
    } else if (opened && first === "") first = lower;
    else if (
      opened &&
      !PRONOUNS.has(first) &&
      VERBS.has(word) &&
      !word.endsWith("ing") &&
      !DETERMINERS.has(before)
    )
      return true;
    before = lower;
  }
  return false;
}
