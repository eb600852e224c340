import { COUNTRY_FORMS, COUNTRY_SHORT_FORMS } from "../lexicons/country-forms.ts";
import {
  FEMALE_GIVEN_NAMES,
  MALE_GIVEN_NAMES,
  UNGENDERED_GIVEN_NAMES,
} from "../lexicons/given-names.ts";

/** One-word forms that are also given names ("Chad", "Jordan", "Victoria") stay words, as in places.ts. */
const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `${MALE_GIVEN_NAMES} ${FEMALE_GIVEN_NAMES} ${UNGENDERED_GIVEN_NAMES}`.split(/\s+/),
);

/**
 * A country's names, demonym and capital read as one lemma, so "Ottawa said" and "Canada said", or
 * "Canberra" and "the Australian side", count as the same content word across outlets. Forms
 * are matched as case-sensitive token sequences (so the country "US" is not the pronoun "us"),
 * longest first; a form that two countries share names neither, and a one-word form that is also a
 * given name is left out.
 */
export interface CountryIndex {
  /** Forms keyed by their first token, longest first. */
  readonly byFirst: ReadonlyMap<
    string,
    readonly { readonly tokens: readonly string[]; readonly key: string }[]
  >;
}

/** The lemma a country's class is read as; the prefix keeps it apart from words ("CAN" is Canada). */
function classLemma(code: string): string {
  return `country:${code.toLowerCase()}`;
}

/** Builds the index once, with the caller's tokeniser so forms split as text does ("D.C.", "'s"). */
export function buildCountryIndex(tokenize: (text: string) => readonly string[]): CountryIndex {
  const owners = new Map<string, Set<string>>();
  for (const [code, ...forms] of [...COUNTRY_FORMS, ...COUNTRY_SHORT_FORMS]) {
    for (const form of forms) {
      const set = owners.get(form) ?? new Set<string>();
      set.add(code as string);
      owners.set(form, set);
    }
  }
  const byFirst = new Map<string, { tokens: readonly string[]; key: string }[]>();
  for (const [form, codes] of owners) {
    if (codes.size !== 1 || GIVEN_NAMES.has(form)) continue;
    const tokens = tokenize(form);
    const first = tokens[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ tokens, key: classLemma([...codes][0] as string) });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst };
}

/** The country class of the form starting at token `start`, and how many tokens it spans. */
export function countryAt(
  index: CountryIndex,
  tokens: readonly string[],
  start: number,
): { readonly lemma: string; readonly length: number } | undefined {
  const candidates = index.byFirst.get(tokens[start] as string);
  if (!candidates) return undefined;
  for (const { tokens: form, key } of candidates) {
    if (form.every((token, offset) => tokens[start + offset] === token)) {
      return { lemma: key, length: form.length };
    }
  }
  return undefined;
}
