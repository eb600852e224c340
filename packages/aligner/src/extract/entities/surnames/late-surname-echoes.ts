// Entity layer: a person first named while quotes are read ("“It is fine,” Vint argued") had no
// surname mentions read for them: the article's surnames were read before quotes were. Once
// every quote has its speaker, each other bare use of that surname ("because President Vint had
// agreed") is read as a mention of them, ambiguous when two people have it (never a guess).

import { isGivenName } from "../../person-names.ts";
import { matchesAt } from "../../word-index.ts";
import { byLength } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { surnamePattern, TITLE_BEFORE_SURNAME } from "../mention-patterns.ts";
import { afterCapitalisedWord, plausiblePersonName } from "../name-rules.ts";
import { clashesWithPerson } from "./title-clash.ts";

/** "Ivo Vint", "Ivo K. Vint", "I. K. Vint": a given name or an initial before the surname. */
export function writtenInFull(name: string): boolean {
  const words = name.split(" ");
  return words.length > 1 && (isGivenName(words[0]!) || words.some((w) => /^\p{Lu}\.$/u.test(w)));
}

/**
 * Records the bare surname mentions of people no mention read before quotes names. Only a name
 * the article shows to be a person's: written in full ("Ivo Vint", "Ivo K. Vint"), or a surname
 * some title or honorific stands before ("Senator Vint", "Mr. Vint"): a lone word that speaks may
 * be a company's ("Lundsoft said … Lundsoft released"). A surname after another capitalised word
 * ("Ada Vint") may be someone else's and is left alone. Run after attribution: no speaker changes.
 */
export function readLateSurnameEchoes(r: EntityRegistry): void {
  const early = new Set<number>();
  for (const m of r.mentions) if (m.entity !== null) early.add(m.entity);
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
  if (candidates.size === 0) return;
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
  for (const m of found) {
    const e = r.entities[candidates.get(m[0])!]!;
    const person = titled.has(m[0]) || writtenInFull(e.name);
    if (!person) continue;
    const first = r.namedBy(m[0])[0];
    if (first === undefined) continue;
    // "Ada Vint, the harbour director, said … Minister Vint": another post, another person.
    const title = TITLE_BEFORE_SURNAME.exec(body.slice(Math.max(0, m.index - 30), m.index))?.[1];
    if (title !== undefined && clashesWithPerson(title, r.entities[first]!)) continue;
    r.addLateSurname(m.index, m.index + m[0].length, m[0], first);
  }
}
