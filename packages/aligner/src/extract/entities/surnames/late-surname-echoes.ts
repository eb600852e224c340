// Entity layer: a person first named while quotes are read ("“It is fine,” Vint argued") had no
// surname mentions read for them: the article's surnames were read before quotes were. Once the
// cue reader has named its speakers, and before any attribution sieve runs, each other bare use
// of that surname ("because President Vint had agreed", "Vint's plan") is read as a mention of
// them in the registry's main list, so every sieve and correction sees it (issue 11). People
// first named by a sieve get theirs
// after attribution, and every such mention is read again then: a namesake a sieve met later
// makes it ambiguous (never a guess).

import { firstIndexWhere } from "../../../sorted-search.ts";
import { isGivenName } from "../../person-names.ts";
import { matchesAt } from "../../word-index.ts";
import { byLength, type MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { surnamePattern, TITLE_BEFORE_SURNAME } from "../mention-patterns.ts";
import { afterCapitalisedWord, plausiblePersonName } from "../name-rules.ts";
import { resolveLateSurname } from "./surname-resolution.ts";
import { clashesWithPerson } from "./title-clash.ts";

/** "Ivo Vint", "Ivo K. Vint", "I. K. Vint": a given name or an initial before the surname. */
export function writtenInFull(name: string): boolean {
  const words = name.split(" ");
  return words.length > 1 && (isGivenName(words[0]!) || words.some((w) => /^\p{Lu}\.$/u.test(w)));
}

/** A bare surname of a person first met while quotes were read, and the first person it names. */
type Echo = { start: number; end: number; surname: string; first: number };

/** The echoes linked before the sieves, per registry, read again after attribution. */
const linkedEarly = new WeakMap<EntityRegistry, Map<MentionRecord, Echo>>();

/**
 * Before the attribution sieves: the echoes of the people the cue reader named, inserted in order
 * into the main mention list, which every registry query reads (entitiesIn, entityAt,
 * personEndingAt …); the list of entities mentioned is read afresh.
 */
export function linkSurnameEchoes(r: EntityRegistry): void {
  const echoes = surnameEchoes(r);
  if (echoes.length === 0) return;
  const linked = linkedEarly.get(r) ?? new Map<MentionRecord, Echo>();
  linkedEarly.set(r, linked);
  for (const echo of echoes) {
    const sentence = r.text.sentenceIndexAt(echo.start);
    const record = r.pushMention(echo.start, echo.end, "surname", echo.first, sentence, null);
    r.mentions.pop();
    r.mentions.splice(
      firstIndexWhere(r.mentions, (m) => m.start > echo.start),
      0,
      record,
    );
    resolveLateSurname(r, record, echo.surname, echo.first);
    linked.set(record, echo);
  }
  r.mentioned = undefined;
}

/**
 * Whether `m` is a surname linked before the sieves: the readers of names the registry's own
 * resolution could not see (bare-late-names.ts) still read it as a bare name.
 */
export function isEarlyEcho(r: EntityRegistry, m: MentionRecord): boolean {
  return linkedEarly.get(r)?.has(m) ?? false;
}

/**
 * After attribution: the echoes of people a sieve named, on the side list as late names are, and
 * the early ones read again, now that every person of the article is known.
 */
export function readLateSurnameEchoes(r: EntityRegistry): void {
  for (const [record, echo] of linkedEarly.get(r) ?? []) {
    resolveLateSurname(r, record, echo.surname, echo.first);
  }
  for (const echo of surnameEchoes(r))
    r.addLateSurname(echo.start, echo.end, echo.surname, echo.first);
}

/**
 * The bare surname mentions of people no mention read before quotes names. Only a name
 * the article shows to be a person's: written in full ("Ivo Vint", "Ivo K. Vint"), or a surname
 * some title or honorific stands before ("Senator Vint", "Mr. Vint"): a lone word that speaks may
 * be a company's ("Lundsoft said … Lundsoft released"). A surname after another capitalised word
 * ("Ada Vint") may be someone else's and is left alone. No speaker changes here.
 */
function surnameEchoes(r: EntityRegistry): Echo[] {
  const early = new Set<number>();
  // An echo linked before the sieves does not make its person one read before quotes.
  const echoes = linkedEarly.get(r);
  for (const m of r.mentions) if (m.entity !== null && !echoes?.has(m)) early.add(m.entity);
  const { body } = r.text;
  const candidates = new Map<string, number>();
  for (let i = 0; i < r.entities.length; i += 1) {
    const e = r.entities[i]!;
    if (e.kind !== "person" || e.unnamed || e.surname === null || early.has(i)) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(e.surname) || !plausiblePersonName(e.name)) continue;
    // "Carrier said … the carrier": a word the article also writes lowercase is a common noun.
    if (new RegExp(`\\b${e.surname.toLowerCase()}\\b`).test(body)) continue;
    candidates.set(e.surname, i);
  }
  if (candidates.size === 0) return [];
  const words = [...candidates.keys()];
  const pattern = surnamePattern(words.sort(byLength).join("|"));
  const titledAt = (at: number) => TITLE_BEFORE_SURNAME.test(body.slice(Math.max(0, at - 30), at));
  const all = matchesAt(body, pattern, r.text.words.startsOfAny(words));
  const titled = new Set(all.filter((m) => titledAt(m.index)).map((m) => m[0]));
  const found = all.filter(
    (m) =>
      !r.overlaps(m.index, m.index + m[0].length) &&
      (titledAt(m.index) || !afterCapitalisedWord(body, m.index)),
  );
  const read: Echo[] = [];
  for (const m of found) {
    const e = r.entities[candidates.get(m[0])!]!;
    const person = titled.has(m[0]) || writtenInFull(e.name);
    if (!person) continue;
    const first = r.namedBy(m[0])[0];
    if (first === undefined) continue;
    // "Ada Vint, the harbour director, said … Minister Vint": another post, another person.
    const title = TITLE_BEFORE_SURNAME.exec(body.slice(Math.max(0, m.index - 30), m.index))?.[1];
    if (title !== undefined && clashesWithPerson(title, r.entities[first]!)) continue;
    read.push({ start: m.index, end: m.index + m[0].length, surname: m[0], first });
  }
  return read;
}
