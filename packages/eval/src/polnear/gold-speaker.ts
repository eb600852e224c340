import type { PolnearArticle } from "../datasets/polnear.ts";
import { isTitleWord, type NameRun, properNameOf } from "../text/proper-name.ts";
import { personGender, pronounAntecedent, speakerSurnames } from "./pronoun-antecedent.ts";
import { describesSomeone, groupName, onlyNumbersAndDates, sourceHead } from "./source-head.ts";

/**
 * Who the gold says spoke, as a name. PolNeAR gives no coreference, so a pronoun source is read
 * back to a name by a fixed rule on the gold side only (nothing the system says is used):
 * - named: the source gives a name ("Sanders campaign manager Jeff Weaver" → "Jeff Weaver");
 * - he / she (and him, his, her, himself, herself): the nearest earlier named gold source that
 *   reads as a person of a compatible gender (pronoun-antecedent.ts; "the FBI" and "Mrs. Roe"
 *   are passed over for a "he");
 * - who / whom: the name written right before it ("Jeff Weaver, who said");
 * - anything else cannot be resolved and is left out of speaker accuracy: no source, plural or
 *   first/second-person pronouns ("they", "we", "it", "which"), descriptions ("a spokesman",
 *   "the campaign", "officials"), or a pronoun with no named source before it.
 */
export type GoldSpeaker =
  | { kind: "named"; name: NameRun }
  | { kind: "antecedent"; via: "pronoun" | "who"; name: NameRun }
  | { kind: "unresolved"; reason: "no source" | "pronoun" | "description" | "no antecedent" };

const PERSONAL = new Set(["he", "she", "him", "his", "her", "himself", "herself"]);
const FEMININE = new Set(["she", "her", "herself"]);
const RELATIVE = new Set(["who", "whom"]);
const OTHER_PRONOUNS = new Set([
  "i",
  "me",
  "we",
  "us",
  "you",
  "they",
  "them",
  "it",
  "its",
  "which",
  "that",
  "this",
  "these",
  "those",
  "their",
  "our",
  "my",
  "your",
  "themselves",
  "itself",
]);

/** The gold speaker of every attribution of `article`, by attribution id. */
export function resolveGoldSpeakers(article: PolnearArticle): Map<string, GoldSpeaker> {
  const result = new Map<string, GoldSpeaker>();
  const bySource = [...article.attributions].sort(
    (a, b) =>
      (a.source?.start ?? Number.MAX_SAFE_INTEGER) - (b.source?.start ?? Number.MAX_SAFE_INTEGER),
  );
  /** Named sources seen so far, in text order: the candidates for a later pronoun. */
  const named: NameRun[] = [];
  const speakers = speakerSurnames(namedSources(bySource, article.text), article.text);
  for (const attribution of bySource) {
    const source = attribution.source;
    if (!source || source.text.trim() === "") {
      result.set(attribution.id, { kind: "unresolved", reason: "no source" });
      continue;
    }
    // "We’ve", "He’d": a pronoun with a verb leaning on it is still the pronoun.
    const word = source.text
      .trim()
      .toLowerCase()
      .replace(/['’](?:ve|re|ll|d|m|s)$/u, "");
    if (PERSONAL.has(word)) {
      const gender = FEMININE.has(word) ? "she" : "he";
      const antecedent = pronounAntecedent(named, source.start, gender, article.text, speakers);
      result.set(
        attribution.id,
        antecedent
          ? { kind: "antecedent", via: "pronoun", name: antecedent }
          : { kind: "unresolved", reason: "no antecedent" },
      );
      continue;
    }
    if (RELATIVE.has(word)) {
      const name = nameRightBefore(article.text, source.start);
      result.set(
        attribution.id,
        name
          ? { kind: "antecedent", via: "who", name }
          : { kind: "unresolved", reason: "no antecedent" },
      );
      if (name) named.push(name);
      continue;
    }
    if (OTHER_PRONOUNS.has(word)) {
      result.set(attribution.id, { kind: "unresolved", reason: "pronoun" });
      continue;
    }
    const name = namedSpeaker(source.text, source.start, article.text);
    if (name) {
      result.set(attribution.id, { kind: "named", name });
      named.push(name);
    } else {
      result.set(attribution.id, { kind: "unresolved", reason: "description" });
    }
  }
  return result;
}

/** Every name the gold gives as a source in the article, before or after any pronoun. */
function namedSources(attributions: PolnearArticle["attributions"], text: string): NameRun[] {
  const names: NameRun[] = [];
  for (const { source } of attributions) {
    if (!source || source.text.trim() === "") continue;
    const name = namedSpeaker(source.text, source.start, text);
    if (name) names.push(name);
  }
  return names;
}

/**
 * The name a source phrase gives for its speaker (null: a description). A relative clause is
 * not the head ("the delegate, who backs Ada Roe" names no speaker), and a name in a modifier of
 * the head says where or whose, not who (`sourceHead`: "Democrats on the Norland Council").
 */
function namedSpeaker(phrase: string, start: number, text: string): NameRun | null {
  const relative = /[\s,]+(?:who|whom|whose|which)(?![\p{L}])/u.exec(phrase);
  const head = relative && relative.index > 0 ? phrase.slice(0, relative.index) : phrase;
  const person = personHead(head, start, text);
  if (person) return person;
  const name = properNameOf(head, start, text);
  if (!name) return null;
  // "Norlanders who backed the plan": a clause with no comma before it picks out some of a
  // group, which does not speak as one.
  if (relative && !relative[0].includes(",") && groupName(name, text)) return null;
  const verdict = sourceHead(head, start, name, text);
  if (verdict === null) return name;
  return verdict.kind === "name" ? verdict.name : null;
}

/**
 * "Jeff Weaver, who" → "Jeff Weaver": the name that ends the phrase right before "who". When
 * that phrase is an appositive description of a name before it ("Ada Roe, the director of the
 * Norland Fund, who"; "said Ada Roe, an influential Norland Democrat who"; "Ada Roe, 30, who"),
 * or a party and place after a person ("Sen. Ada Roe, Democrat of Orrin, who"), "who" is that
 * name; a place continued after a comma ("a teacher from Orrin, Norland, who") is one part.
 */
function nameRightBefore(text: string, offset: number): NameRun | null {
  const windowStart = Math.max(0, offset - 120);
  const before = text.slice(windowStart, offset);
  const clause = /[^.!?;:\n"“”]*$/u.exec(before)?.[0] ?? "";
  const trimmed = clause.replace(/[\s,]+$/u, "");
  if (trimmed === "") return null;
  const start = windowStart + before.length - clause.length;
  const parts = commaParts(trimmed, start);
  let last = parts.pop() as Part;
  let previous = parts.pop();
  while (previous && bareName(last.text)) {
    // "Ada Roe, Ben Pell, who": a person of its own is the nearest.
    const own = nameEnding(last, text);
    if (own && personGender(own, text) !== null) break;
    const name = nameEnding(previous, text);
    if (!name) break;
    if (personGender(name, text) !== null) return name;
    // "Orrin, Norland": the place goes on.
    last = {
      text: text.slice(previous.start, last.start + last.text.length),
      start: previous.start,
    };
    previous = parts.pop();
  }
  if (previous && describesSomeone(last.text.trim(), last.start + leadingSpace(last.text), text)) {
    const name = nameEnding(previous, text);
    if (name) return name;
  }
  return nameEnding(last, text);
}

type Part = { text: string; start: number };

function commaParts(phrase: string, start: number): Part[] {
  const parts: Part[] = [];
  let from = 0;
  for (const m of phrase.matchAll(/,/gu)) {
    parts.push({ text: phrase.slice(from, m.index), start: start + from });
    from = (m.index ?? 0) + 1;
  }
  parts.push({ text: phrase.slice(from), start: start + from });
  return parts;
}

const leadingSpace = (s: string) => s.length - s.trimStart().length;

/** "New Jersey", "Democrat of Orrin": capitalised words (and name connectors) only. */
function bareName(phrase: string): boolean {
  return /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+(?:of|for|\p{Lu}[\p{L}.'’-]*))*\s*$/u.test(phrase);
}

/** The name a part ends on, if it ends on one that is no number or date. */
function nameEnding(part: Part, text: string): NameRun | null {
  const trimmed = part.text.replace(/[\s'’]+$/u, "");
  const name = properNameOf(trimmed, part.start, text);
  if (!name || name.end < part.start + trimmed.length - 2 || onlyNumbersAndDates(name)) return null;
  return name;
}

/**
 * A person's name heading a source that goes on past it: "David Pell of the Norland Retail
 * Federation", "Ryan Lee, 30, a machinist in Orrin", "Sen. Jo Marsh, Republican of Ohio and one of
 * …", "Ada Roe, Norland's vice president of policy in Europe" — the person speaks, not the
 * organisation or place the phrase ends on. The head is two to five capitalised words that read as
 * a person (honorific, given name or title: pronoun-antecedent.ts), followed by "of", "at",
 * "from" or a comma; a comma starting a list of names ("Ada Roe, Ben Pell and Cy Moss") is none.
 */
function personHead(phrase: string, start: number, text: string): NameRun | null {
  const head =
    /^((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,4}\p{Lu}[\p{L}\p{M}'’.-]*?)(?:\s*,\s*|\s+(?:of|at|from)\s+)(\S+\s+\S+)?/u.exec(
      phrase,
    );
  if (!head) return null;
  const words = (head[1] as string).trim();
  if (/,/.test(phrase.slice(words.length, words.length + 3))) {
    // "Ada Roe, Ben Pell and …": a name list, not an appositive.
    if (/^\p{Lu}\S*\s+\p{Lu}/u.test(head[2] ?? "")) return null;
  }
  const run = properNameOf(words, start, text);
  if (!run || run.words.length < 2) return null;
  // "Former Secretary of State Ada Roe": a title's own "of", not the name's.
  if (isTitleWord(run.words[run.words.length - 1] as string)) return null;
  return personGender(run, text) === null ? null : run;
}
