// Mention layer: a lone given name set off by commas after a possessed person noun ("Lund's son,
// Per, wrote", "her daughter, Mira, said") names a person nobody else finds: one word alone is
// read as a name nowhere else.

import { PERSON_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { type Gender, givenNameGender, isGivenName } from "../../person-names.ts";

/**
 * A lone given name read after a possessed person noun: its span, and the one full name of the
 * article it starts, if any ("her husband, Bill," where "Bill Roe" is found), else null.
 */
export type KinName = {
  start: number;
  end: number;
  fullName: string | null;
  /** The given name's gender ("Jane" → she), null when the name lists give it none. */
  gender: Gender | null;
};

/** "<Name>'s|his|her|their [one modifier] <noun>, <Given>,": the noun is checked against PERSON_NOUNS. */
const KIN =
  /(?:\p{Lu}[\p{L}.-]*[’']s|(?<![\p{L}-])(?:[Hh]is|[Hh]er|[Tt]heir))(?: \p{Ll}+)? (\p{Ll}+), (\p{Lu}\p{Ll}+),/gu;
/**
 * What every such name holds: a lower-case word, then a capitalised word between commas. Far
 * cheaper than the full pattern, which tries its possessive at every position of the article.
 */
const NAME_BETWEEN_COMMAS = /\p{Ll}, \p{Lu}\p{Ll}+,/u;

/**
 * "his sister Mira and …", "her husband Bill said": the name without commas, after a possessive
 * pronoun only, ending at punctuation or a lowercase word (so never "his sister Mira Lund", a
 * full name the name readers find). The look-behind stands after the first letter: tried only
 * where an h or t is.
 */
const KIN_BARE =
  /(?:[Hh](?<![\p{L}-][Hh])(?:is|er)|[Tt](?<![\p{L}-][Tt])heir)(?: \p{Ll}+)? (\p{Ll}+) (\p{Lu}\p{Ll}+)(?=[,.;:)]| \p{Ll})/gu;

/**
 * Given names (a known given name only, so never a place, weekday or outlet) in commas after a
 * possessed person noun. A name that one full name of the article starts is that person ("her
 * husband, Bill," where "Bill Roe" is found); left alone: a plural noun ("his sons, Ari,": a list
 * follows) and a name two full names start ("Bill Roe" and "Bill Vint": either).
 */
export function findKinNames(body: string, fullNames: readonly string[]): KinName[] {
  const out: KinName[] = [];
  const read = (m: RegExpMatchArray, start: number) => {
    const given = m[2]!;
    if (!PERSON_NOUNS.has(m[1]!)) return;
    const gender = givenNameGender(given);
    if (!isGivenName(given) && gender === null) return;
    const full = fullNames.filter((name) => name.startsWith(`${given} `));
    if (full.length > 1) return;
    out.push({ start, end: start + given.length, fullName: full[0] ?? null, gender });
  };
  if (NAME_BETWEEN_COMMAS.test(body)) {
    for (const m of body.matchAll(KIN)) read(m, m.index + m[0].length - m[2]!.length - 1);
  }
  for (const m of body.matchAll(KIN_BARE)) read(m, m.index + m[0].length - m[2]!.length);
  return out.sort((a, b) => a.start - b.start);
}
