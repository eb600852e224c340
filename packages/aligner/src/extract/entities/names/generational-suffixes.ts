// Entity layer: a generational suffix ("Ivo Vint Jr.", "Ivo Vint, Sr.", "Ivo Vint III") is an
// attribute of a person's name, not one of its words. The name, its surname ("Vint", so a later
// "Vint said" still names him) and its mention keep to the name itself; the suffix keeps apart
// people the name alone would merge: a son and his father ("Ivo Vint Sr." / "Ivo Vint Jr.", or
// "Ivo Vint Jr." / "his father, Ivo Vint").

import { NAME_SUFFIXES } from "../../../../lexicons/name-particles.ts";
import { PARENT_CHILD_WORDS } from "../../../../lexicons/person-nouns.ts";
import { isGivenName } from "../../given-name-genders.ts";
import { nameKey } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { surnameOf } from "../name-rules.ts";
import { newEntityRecord } from "../new-entity-record.ts";
import { initialledName } from "./initialled-names.ts";

/**
 * A suffix right after a name: " Jr.", ", Sr.", " III" (a comma only before Jr. and Sr., as
 * older styles write them), then no letter or digit ("Ivo Vint Jrs" is nothing).
 */
const SUFFIX_AFTER = /(?:, (Jr|Sr)|(?: (Jr|Sr|II|III|IV)))\.?(?![\p{L}\p{N}])/uy;

/** A name ending in its suffix, as a titled or appositive reader reads it ("Ivo Vint Jr"). */
const SUFFIX_ENDING = /^(\S+(?: \S+)+?),? (Jr|Sr|II|III|IV)\.?$/u;

/** "Jr" → "Jr.", "III" → "III": the suffix as a name shows it. */
function shown(word: string): string {
  return word === "Jr" || word === "Sr" ? `${word}.` : word;
}

/** The suffix a name is written with, and where it ends; null when none follows `end`. */
export function suffixAfter(body: string, end: number): { suffix: string; end: number } | null {
  SUFFIX_AFTER.lastIndex = end;
  const m = SUFFIX_AFTER.exec(body);
  if (m === null) return null;
  const word = m[1] ?? m[2] ?? "";
  return NAME_SUFFIXES.has(word) ? { suffix: shown(word), end: end + m[0].length } : null;
}

/**
 * A person's name as read at [start, end) without its suffix, the suffix written in it or right
 * after it, and the surname without it ("Ivo Vint Jr" → Ivo Vint, Jr., Vint). Only a name of two
 * words or more has one: "Vint Jr." alone is a surname mention's.
 */
export function nameWithSuffix(
  body: string,
  name: string,
  surname: string | null,
  end: number,
): { name: string; surname: string | null; end: number; suffix: string | null; suffixEnd: number } {
  const inside = SUFFIX_ENDING.exec(name);
  if (inside !== null) {
    const base = inside[1]!;
    const words = base.split(" ");
    const cut = end - (name.length - base.length);
    return {
      name: base,
      // A reader that took the suffix for the surname ("Jr") is given the name's last word.
      surname: surname === null || surname === inside[2] ? surnameOf(base, words.at(-1)) : surname,
      end: cut,
      suffix: shown(inside[2]!),
      suffixEnd: end,
    };
  }
  const after = name.includes(" ") ? suffixAfter(body, end) : null;
  return {
    name,
    surname,
    end,
    suffix: after?.suffix ?? null,
    suffixEnd: after?.end ?? end,
  };
}

/** What the registry keeps about suffixes (`r.generations`). */
export class Generations {
  /** Suffixed people by their name without middle initials and their suffix. */
  readonly byBare = new Map<string, number>();
  /** A plain name's person merged into the suffixed one it is a form of ("Ivo Vint" → Jr.). */
  readonly mergedInto = new Map<number, number>();
  /**
   * People kept apart though their names differ only by a suffix ("Ivo Vint Sr." / "Ivo Vint
   * Jr.", "Ivo Vint" / "Ivo Vint Jr." his son), by their shared name: namesake-surnames.ts.
   */
  readonly namesakes = new Map<number, string>();
}

/**
 * The person of a suffixed name ("Ivo Vint" + "Jr."): one per name and suffix, also written with
 * or without middle initials ("Ivo K. Vint Jr."). The key in the registry's name map is never a
 * plain name's: plain names meet suffixed ones once every name is read (separateGenerations).
 */
export function suffixedPerson(
  r: EntityRegistry,
  name: string,
  surname: string | null,
  suffix: string,
): number {
  const byKey = r.byKey.person;
  const key = `${nameKey(name)}|${suffix}`;
  const bare = `${bareKey(name)}|${suffix}`;
  const known = byKey.get(key) ?? r.generations.byBare.get(bare);
  if (known !== undefined) {
    byKey.set(key, known);
    return known;
  }
  const index = r.entities.length;
  r.surnames.add(name, surname, index);
  r.entities.push({ ...newEntityRecord("person", name, surname), suffix });
  byKey.set(key, index);
  r.generations.byBare.set(bare, index);
  return index;
}

/** A person's name without middle initials, the key that says two names are one name. */
export function bareKey(name: string): string {
  return initialledName(name)?.bare ?? nameKey(name);
}

/**
 * After every name is read: the people written with and without a suffix under one name.
 * - Two suffixes ("Ivo Vint Sr." and "Ivo Vint Jr."): two people, and a plain "Ivo Vint" could be
 *   either, so it names neither (ambiguous).
 * - One suffix, written first ("Ivo Vint Jr. … Ivo Vint said"): one person, the plain name a
 *   shorter form of the name the reporter introduced him with.
 * - One suffix after the plain name ("Ivo Vint … Ivo Vint Jr."), or a parent or child word right
 *   beside either name ("Ivo Vint Jr. … his father, Ivo Vint"): the plain name is someone else.
 * Namesakes kept apart are recorded (`r.generations.namesakes`) for the bare surname (namesake-surnames.ts).
 */
export function separateGenerations(r: EntityRegistry): void {
  const groups = new Map<string, { suffixed: number[]; plain: number[] }>();
  r.entities.forEach((e, i) => {
    if (e.kind !== "person" || e.suffix === null || e.unnamed) return;
    const key = bareKey(e.name);
    const group = groups.get(key) ?? { suffixed: [], plain: [] };
    group.suffixed.push(i);
    groups.set(key, group);
  });
  if (groups.size === 0) return;
  r.entities.forEach((e, i) => {
    if (e.kind !== "person" || e.suffix !== null || e.unnamed || !e.name.includes(" ")) return;
    groups.get(bareKey(e.name))?.plain.push(i);
  });
  for (const [key, { suffixed, plain }] of groups) {
    const suffixes = new Set(suffixed.map((i) => r.entities[i]!.suffix));
    if (plain.length > 0 && suffixes.size > 1) {
      for (const p of plain) undecided(r, p, suffixed);
      continue;
    }
    const apart = plain.filter((p) => !sameGeneration(r, p, suffixed[0]!));
    for (const p of plain) if (!apart.includes(p)) merge(r, p, suffixed[0]!);
    if (suffixes.size > 1 || apart.length > 0)
      for (const i of [...suffixed, ...apart]) r.generations.namesakes.set(i, key);
  }
}

/**
 * Whether plain-named `plain` is suffixed `suffixed` written shorter: named in full only after
 * him, and never beside a parent or child word.
 */
function sameGeneration(r: EntityRegistry, plain: number, suffixed: number): boolean {
  let firstPlain = Infinity;
  let firstSuffixed = Infinity;
  for (const m of r.mentions) {
    if (m.form !== "name" || (m.entity !== plain && m.entity !== suffixed)) continue;
    if (besideParentOrChild(r.text.body, m.start, m.end)) return false;
    if (m.entity === plain) firstPlain = Math.min(firstPlain, m.start);
    else firstSuffixed = Math.min(firstSuffixed, m.start);
  }
  return firstSuffixed < firstPlain;
}

/**
 * A parent or child word in the few words before or after a name ("his father, Ivo Vint", "Ivo
 * Vint Jr., whose son", "son of Ivo Vint"); the rest of the article says nothing about this name
 * (an obituary lists a son elsewhere).
 */
function besideParentOrChild(body: string, start: number, end: number): boolean {
  const around = `${body.slice(Math.max(0, start - 24), start)} ${body.slice(end, end + 30)}`;
  for (const m of around.matchAll(/\p{L}+/gu))
    if (PARENT_CHILD_WORDS.has(m[0].toLowerCase())) return true;
  return false;
}

/** Person `from`, a plain form of the suffixed `into`'s name, becomes `into`. */
function merge(r: EntityRegistry, from: number, into: number): void {
  const a = r.entities[from]!;
  const b = r.entities[into]!;
  for (const m of r.mentions) {
    if (m.entity === from) m.entity = into;
    m.candidates = m.candidates.map((c) => (c === from ? into : c));
  }
  b.titles.push(...a.titles);
  b.titleWords.push(...a.titleWords);
  b.gender ??= a.gender;
  r.surnames.forget(a.name, a.surname, from);
  const byKey = r.byKey.person;
  for (const [key, index] of byKey) if (index === from) byKey.set(key, into);
  r.generations.mergedInto.set(from, into);
}

/** Person `from`'s full-name mentions could be any of `people`: ambiguous between them. */
function undecided(r: EntityRegistry, from: number, people: readonly number[]): void {
  const a = r.entities[from]!;
  for (const m of r.mentions) {
    if (m.entity !== from) continue;
    m.entity = null;
    m.ambiguous = true;
    m.candidates = [...people];
  }
  r.surnames.forget(a.name, a.surname, from);
}

/**
 * "Ivo Jr. said": a given name and a suffix with no surname between them is the son's own name,
 * never the bare "Ivo" (the father, or another Ivo) nor the father's full name. The person is the
 * one suffixed full name of the story with that given name and suffix ("Ivo Vint Jr."), else a
 * person of its own named "Ivo" + "Jr.", kept out of the one-word index so a bare "Ivo" never
 * finds him. Null when the word is no given name, when no suffix follows it, or when it is the
 * surname of a suffixed person ("Vint Jr.": that surname mention's reading stands).
 */
export function givenNameSuffixed(r: EntityRegistry, name: string, end: number): number | null {
  if (name.includes(" ") || !isGivenName(name)) return null;
  const after = suffixAfter(r.text.body, end);
  if (after === null) return null;
  const suffixed = r.entities
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.kind === "person" && e.suffix === after.suffix && !e.unnamed);
  if (suffixed.some(({ e }) => e.surname === name)) return null;
  const full = suffixed.filter(({ e }) => e.name.includes(" ") && e.name.split(" ")[0] === name);
  if (full.length === 1) return full[0]!.i;
  const key = `${nameKey(name)}|${after.suffix}`;
  const known = r.byKey.person.get(key);
  if (known !== undefined) return known;
  const index = r.entities.length;
  r.entities.push({ ...newEntityRecord("person", name, null), suffix: after.suffix });
  r.byKey.person.set(key, index);
  return index;
}
