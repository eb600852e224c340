// Entity layer: he/she and his/her resolved to a compatible person (subject first), or ambiguous.

import { CLAUSE_CONNECTIVES } from "../../../../lexicons/function-words.ts";
import { PERSON_BODY_NOUNS } from "../../../../lexicons/organization-words.ts";
import { PERSON_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { TITLE_HEADS } from "../../../../lexicons/title-words.ts";
import { titleBefore } from "../../titles.ts";
import { ENDS_AN_OPENING, isAsciiLetter, opensAClause } from "../clause-openers.ts";
import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { FOCUS_REACH } from "../referents.ts";
import { closingCueSubject, speaksNext } from "../speaker-phrases/closing-cue-subject.ts";
import { isEarlyEcho } from "../surnames/late-surname-echoes.ts";
import { blindSubjectBefore } from "./blind-pronoun-subject.ts";
import { openingClauseSubject } from "./opening-clause-subject.ts";
import { withoutPossessors } from "./possessor-names.ts";

// The speaking he/she (speaker-phrases/pronoun.ts), read through the registry as the rest of this file.
export { compatibleSpeaker, speakerPronounAt } from "../speaker-phrases/pronoun.ts";

export function resolvePronounMention(r: EntityRegistry, m: MentionRecord, index: number): void {
  const gender = r.text.body.slice(m.start, m.end).toLowerCase() as "he" | "she";
  const speaking = speaksNext(r.text.body, m.end);
  const found = focus(
    r,
    m,
    index,
    (e) => {
      const record = r.entities[e];
      return (
        record !== undefined &&
        record.kind === "person" &&
        (record.gender === null || record.gender === gender)
      );
    },
    // Within its sentence, the subject (first person) before a nearer object, as coreference
    // sieves rank them: "Vint went after Weller when he called it …" is Vint's. Two people joined
    // by "and" stay ambiguous. (PolNeAR train: direct speakers wrong 603 → 596.)
    false,
    undefined,
    speaking,
    // A speaker passes over a possessor; on every he/she it added two false ECB+ train
    // conflicts (18 → 20).
    speaking,
  );
  if (typeof found === "number") {
    m.entity = found;
    m.candidates = [found];
    // A he/she inside a quotation often means someone the speaker talks about, not the person
    // found outside it: it leaves that person's gender open ("“… when she was found …,” Roe said"
    // never makes Roe a woman).
    if (!m.inQuote) r.entities[found]!.gender = gender;
  } else m.form = "pronoun";
}

/**
 * "his"/"her": the nearest earlier person of the sentence (he/she take its subject), else the subject of
 * the nearest earlier sentence naming one, of a compatible gender — or ambiguous between the
 * people who compete, never guessed. Before that, a possessive in a sentence-opening clause
 * refers forward to the main clause's subject ("Speaking after his return last week, Amos
 * Vint said"). Runs after every other mention is resolved and is no antecedent itself.
 */
export function resolvePossessives(r: EntityRegistry): void {
  for (let index = 0; index < r.mentions.length; index += 1) {
    const m = r.mentions[index]!;
    if (!m.possessive) continue;
    const gender = r.text.body.charCodeAt(m.start + 1) === 105 ? "he" : "she"; // h[i]s
    const accept = gender === "he" ? r.acceptHe : r.acceptShe;
    const competing: number[] = [];
    const forward = r.cataphoraTarget(m, index, accept, competing);
    const found = forward ?? r.focus(m, index, accept, true, competing);
    if (typeof found === "number") {
      m.entity = found;
      m.candidates = [found];
      const record = r.entities[found]!;
      if (record.gender === null) record.gender = gender;
    } else if (found === "ambiguous" && competing.length > 1) {
      m.ambiguous = true;
      m.candidates = competing;
    }
  }
}

export function personOfGender(r: EntityRegistry, e: number, gender: "he" | "she"): boolean {
  const record = r.entities[e];
  return (
    record !== undefined &&
    record.kind === "person" &&
    (record.gender === null || record.gender === gender)
  );
}

/**
 * The main clause's subject when a possessive sits in a sentence-opening participial or
 * adverbial clause ("Speaking after his return last week, Park Min-ho said", "In her
 * interview, Minister Choi said"): the clause runs from the sentence start to its first comma,
 * names nobody before the pronoun, and the main clause starts with a person, a title before the
 * name allowed. Null when the pattern does not hold (then the pronoun is read backwards).
 */
export function cataphoraTarget(
  r: EntityRegistry,
  m: MentionRecord,
  index: number,
  accept: (entity: number) => boolean,
  competing: number[],
): number | "ambiguous" | null {
  const sentence = r.text.sentences[m.sentence];
  if (sentence === undefined) return null;
  const { body } = r.text;
  const start = sentence.span.start;
  let wordEnd = start;
  while (wordEnd < m.start && isAsciiLetter(body.charCodeAt(wordEnd))) wordEnd += 1;
  if (!opensAClause(body.slice(start, wordEnd)) || r.taken[start] === 1) return null;
  if (!r.plainClause(wordEnd, m.start)) return null;
  // A person named before the pronoun is its antecedent ("After Kim met Lee, his aides …").
  for (let i = index - 1; i >= 0 && r.mentions[i]!.start >= start; i -= 1) {
    const o = r.mentions[i]!;
    if (o.possessive) continue;
    if (o.entity === null || o.ambiguous || r.entities[o.entity]!.kind === "person") return null;
  }
  const comma = body.indexOf(",", m.end);
  if (comma < 0 || comma >= sentence.span.end || !r.plainClause(m.end, comma)) return null;
  let at = comma + 1;
  while (body.charCodeAt(at) === 32) at += 1;
  const subject = r.mentions[r.firstFrom(at)];
  if (subject === undefined || subject.sentence !== m.sentence || subject.possessive) return null;
  if (subject.start !== at) {
    if (subject.form !== "name") return null;
    const title = titleBefore(body, subject.start, at);
    const lead = title ? body.slice(at, title.start) : null;
    if (lead !== "" && lead !== "the ") return null;
  }
  if (subject.ambiguous) {
    for (const c of subject.candidates) if (accept(c)) competing.push(c);
    return competing.length > 1 ? "ambiguous" : (competing[0] ?? null);
  }
  return subject.entity !== null && accept(subject.entity) ? subject.entity : null;
}

/** No clause-ending punctuation in [from, to); the dot of "U.S." is part of a word. */
export function plainClause(r: EntityRegistry, from: number, to: number): boolean {
  const { body } = r.text;
  for (let i = from; i < to; i += 1) {
    const c = body.charCodeAt(i);
    if (c === 46) {
      const before = body.charCodeAt(i - 1);
      if (before >= 65 && before <= 90) continue;
      return false;
    }
    if (ENDS_AN_OPENING.includes(body[i]!)) return false;
  }
  return true;
}

/** Whether the first person of a sentence is a possessor ("Lee’s remarks"), not its subject. */
export function possessorFirst(r: EntityRegistry, mentions: readonly MentionRecord[]): boolean {
  const first = mentions[0]!;
  if (!mentions.some((o) => o.entity !== first.entity)) return false;
  const { body } = r.text;
  const apostrophe = body.charCodeAt(first.end);
  return (apostrophe === 0x2019 || apostrophe === 39) && body.charCodeAt(first.end + 1) === 115;
}

/**
 * The entity the text is about at a mention: within its sentence the nearest earlier person
 * (`nearest`: possessives) or the first (he/she, surnames); otherwise the subject — first mention outside quotations —
 * of the nearest earlier sentence naming a candidate. Two candidates joined by "and" are
 * ambiguous.
 */
export function focus(
  r: EntityRegistry,
  m: MentionRecord,
  index: number,
  accept: (entity: number) => boolean,
  nearest: boolean,
  competing?: number[],
  speaking = false,
  subjectsOnly = false,
): number | "ambiguous" | null {
  // he/she (`subjectsOnly`) pass over a possessor; surnames and his/her read every person.
  const about = (list: readonly MentionRecord[]) =>
    subjectsOnly ? withoutPossessors(r.text.body, list) : list;
  const same: MentionRecord[] = [];
  // At most FOCUS_REACH mentions back: a run-on "sentence" of thousands of mentions made r
  // quadratic, and no real sentence holds that many.
  for (let i = index - 1; i >= Math.max(0, index - FOCUS_REACH); i -= 1) {
    const o = r.mentions[i]!;
    if (o.sentence !== m.sentence) break;
    if (o.possessive || modifiesNextName(r, i) || inCompound(r, o)) continue;
    if (subjectsOnly && namesPersonBody(r, o)) continue;
    if (isEarlyEcho(r, o)) continue;
    if (o.entity !== null && !o.ambiguous && accept(o.entity) && !o.inQuote) same.unshift(o);
  }
  // "Also, Vint isn't a conservative, he said.": the reported words a closing he/she cue ends
  // never hold its antecedent (the pronoun would bind the name), so it reads on from the sentence
  // before.
  if (
    same.length > 0 &&
    speaking &&
    closesReportedWords(r.text.body, r.text.sentences[m.sentence]?.span.start ?? 0, m.start)
  ) {
    same.length = 0;
  }
  if (same.length > 0) {
    if (nearest) return same[same.length - 1]!.entity;
    // "After the murder of Father Hale, Vint asserted …: “…,” he said": a speaking he/she takes the
    // main clause's subject of its own sentence too, not a name inside the opening clause.
    const main = speaking && competing === undefined ? openingClauseSubject(r, same) : null;
    return main?.entity ?? r.subjectOf(about(same));
  }
  let sentence = m.sentence - 1;
  let i = index - 1;
  while (i >= 0 && r.mentions[i]!.sentence === m.sentence) i -= 1;
  for (let steps = 0; steps < 6 && sentence >= 0; steps += 1, sentence -= 1) {
    const inSentence: MentionRecord[] = [];
    let opener: MentionRecord | null = null;
    while (i >= 0 && r.mentions[i]!.sentence === sentence) {
      const o = r.mentions[i]!;
      // A surname linked only before the sieves: a speaking he/she reads it as the bare name it
      // was (surnames/bare-late-names.ts), as the registry's own resolution did not see it.
      if (
        o.possessive ||
        modifiesNextName(r, i) ||
        inCompound(r, o) ||
        (subjectsOnly && namesPersonBody(r, o)) ||
        isEarlyEcho(r, o)
      ) {
        i -= 1;
        continue;
      }
      const person = o.entity !== null && r.entities[o.entity]!.kind === "person";
      if (!o.inQuote && o.form !== "pronoun" && person) opener = o;
      if (o.entity !== null && !o.ambiguous && !o.inQuote && accept(o.entity)) {
        inSentence.unshift(o);
      } else if (o.ambiguous && o.candidates.some(accept) && !o.inQuote) {
        inSentence.unshift(o);
      }
      i -= 1;
    }
    // PolNeAR train: direct speakers wrong 124 → 119, right 4348 → 4348 (attributed direct
    // quotes right 6960/7513 → 6955/7502).
    if (inSentence.length === 0 && speaking && surnameSubject(r, opener)) return null;
    // PolNeAR train: direct speakers wrong 95 → 94, unknown 309 → 310, right 4462 → 4462.
    if (!nearest && competing === undefined && blindSubjectBefore(r, m, inSentence)) return null;
    if (inSentence.length > 0) {
      if (competing === undefined) {
        // "Weller’s claim hurt the troops, Vint said. “…,” he said.": a speaking he/she goes on
        // from the sentence's closing speech cue, whoever the reported words before it name first.
        // Only for a speaker: on every he/she it moved ECB+ train event pairs (F1 0.753 → 0.749).
        const end = r.text.sentences[sentence]?.span.end ?? r.text.body.length;
        const cue = speaking ? closingCueSubject(r.text.body, inSentence, end) : null;
        const main = cue === null ? openingClauseSubject(r, inSentence) : null;
        return cue ?? main?.entity ?? r.subjectOf(about(inSentence));
      }
      // A possessive reads the sentence more strictly: "Pell’s remarks contrasted with … Vint"
      // has no person for a subject, so a later "His comments" could be either of them.
      const subject = r.possessorFirst(inSentence) ? "ambiguous" : r.subjectOf(inSentence);
      if (subject === "ambiguous") {
        for (const o of inSentence) {
          for (const c of o.ambiguous ? o.candidates : [o.entity!]) {
            if (accept(c) && !competing.includes(c)) competing.push(c);
          }
        }
      }
      return subject;
    }
    while (i >= 0 && r.mentions[i]!.sentence > sentence) i -= 1;
  }
  return null;
}

/**
 * A sentence whose subject is a person named by surname alone whom the speaking he/she cannot be
 * ("Lund pressed the point. “…,” she said."): the pronoun does not pass over it to someone named
 * further back, as the surname may have gone to the wrong holder of the name. The subject opens
 * the sentence, after at most a connective ("And Lund …") or an opening clause and its comma
 * ("Speaking in Orrin Bay, Lund …"); a surname further in ("pressure on Lund") is no subject.
 */
function surnameSubject(r: EntityRegistry, o: MentionRecord | null): boolean {
  if (o === null || o.form !== "surname" || o.entity === null || o.ambiguous) return false;
  const sentence = r.text.sentences[o.sentence];
  if (sentence === undefined) return false;
  const lead = r.text.body.slice(sentence.span.start, o.start);
  if (/^\s*$/.test(lead) || /,\s*$/.test(lead)) return true;
  const word = /^\s*(\p{Lu}\p{Ll}+)\s+$/u.exec(lead)?.[1];
  return word !== undefined && CLAUSE_CONNECTIVES.has(word.toLowerCase());
}

/**
 * Whether mention o is the tail of a hyphenated word ("an anti-Vint lean", "pro-Roe voters"): the
 * word is about the person, who is no participant of the sentence and so no antecedent of a later
 * he/she or his/her ("Informed of the anti-Vint lean, Early called it “news to me.” … he said").
 */
function inCompound(r: EntityRegistry, o: MentionRecord): boolean {
  const { body } = r.text;
  return o.start > 1 && body.charCodeAt(o.start - 1) === 45 && /\p{L}/u.test(body[o.start - 2]!);
}

/** One to three lowercase words ending in a job title or a person noun: "campaign spokeswoman". */
const TITLE_GAP = /^\s(?:[a-z][a-z-]*\s){0,2}([a-z][a-z-]*)\s$/;

/**
 * Whether mention i names someone only as a modifier of the next name's title: "Vint" in "Vint
 * spokeswoman Dora Pell dismissed it" is not who the sentence is about, as a possessive is not.
 */
function modifiesNextName(r: EntityRegistry, i: number): boolean {
  const o = r.mentions[i]!;
  const next = r.mentions[i + 1];
  if (next === undefined || next.sentence !== o.sentence || o.form === "pronoun") return false;
  if (next.form === "pronoun" || next.entity === null || !r.personOf(next)) return false;
  const gap = TITLE_GAP.exec(r.text.body.slice(o.end, next.start));
  const head = gap?.[1];
  return head !== undefined && (TITLE_HEADS.has(head) || PERSON_NOUNS.has(head));
}

export function subjectOf(
  r: EntityRegistry,
  mentions: readonly MentionRecord[],
): number | "ambiguous" {
  const first = mentions[0]!;
  if (first.ambiguous || first.entity === null) return "ambiguous";
  const other = mentions.find((o) => o.entity !== first.entity);
  if (other) {
    const between = r.text.body.slice(first.end, other.start);
    if (
      /^[\s,]*(?:\S+\s+){0,3}?(?:and|&)\s+(?:\S+\s+){0,3}$/.test(between) ||
      /^\s*,\s*$/.test(between)
    ) {
      return "ambiguous";
    }
  }
  return first.entity;
}

/**
 * Whether mention `o` only names whom a body works for ("the Vint campaign said", "the Vint
 * administration"): the campaign is the clause's subject, not Vint, so a speaking he/she after it
 * is not Vint for that.
 */
function namesPersonBody(r: EntityRegistry, o: MentionRecord): boolean {
  if (o.form === "pronoun") return false;
  const noun = /^\s+([a-z]+)\b/.exec(r.text.body.slice(o.end, o.end + 20))?.[1];
  return noun !== undefined && PERSON_BODY_NOUNS.has(noun);
}

/** Characters from a sentence's start to a closing he/she read for quotation marks. */
const REPORTED_WORDS_REACH = 1_000;

/**
 * Whether a he/she at `at` closes unquoted reported words: a comma right after a word, no
 * quotation mark from the sentence's start ("Also, Vint isn't a conservative, he said.";
 * not "“…,” he said", whose quotation's surroundings may name the speaker).
 */
function closesReportedWords(body: string, sentenceStart: number, at: number): boolean {
  // A run-on "sentence" longer than any real one is not read (a slice per pronoun was quadratic).
  if (at - sentenceStart > REPORTED_WORDS_REACH) return false;
  const before = body.slice(sentenceStart, at);
  // "When Vint’s name came up, he told …": the comma ends an opening clause, no reported words.
  const first = /^\s*(\p{L}+)/u.exec(before)?.[1];
  if (
    first !== undefined &&
    opensAClause(first) &&
    before.indexOf(",") === before.lastIndexOf(",")
  ) {
    return false;
  }
  // "isn't", "Vint’s": an apostrophe between letters is no quotation mark.
  const marks = before.replace(/\p{L}['’]\p{L}/gu, "");
  return /[\p{L}\p{N}.)],\s+$/u.test(before) && !/["“”‘’']/u.test(marks);
}
