import { PARTY_LABEL_LETTERS, PARTY_WORDS } from "../../../lexicons/party-words.ts";
import type { AlignUnit } from "../../align/units.ts";

/*
 * Whose "the nomination" a bar said of no one is ("the 1,200 delegates needed to win the
 * nomination"). An article about one party's race names that party far more often than any
 * other, and its bar is that party's. An article about both races names both about as often,
 * yet tells each bar inside its own party's passage (issue 12: on the PolNeAR pseudo-story
 * perturbation's build half, a report of both races recalled one party's bar in a sentence whose
 * party only the sentence before it named): the statement's own party words come first, then
 * the article's party, then the party of the statement before when the bar's statement names no
 * one of its own and so continues that one. A statement naming both parties says whose by
 * neither.
 */

/**
 * A party word as a name writes it ("Democrats", "GOP": capitalised, checked where it is read),
 * or a party label after a name ("(R-Ore.)"); the words are the party lexicon's.
 */
const PARTY_NAME = new RegExp(
  String.raw`\b(${[...PARTY_WORDS.keys()].join("|")})s?\b|\((${[...PARTY_LABEL_LETTERS.keys()].join("|")})-`,
  "giu",
);

/** Each party a text names, with how often. */
function partiesNamed(text: string): Map<string, number> {
  const parties = new Map<string, number>();
  for (const m of text.matchAll(PARTY_NAME)) {
    const party = m[1]
      ? /^\p{Lu}/u.test(m[1]) && PARTY_WORDS.get(m[1].toLowerCase())
      : PARTY_LABEL_LETTERS.get(m[2] ?? "");
    if (party) parties.set(party, (parties.get(party) ?? 0) + 1);
  }
  return parties;
}

/** The one party a statement names, or null when it names none or both. */
function oneParty(unit: AlignUnit | undefined): string | null {
  if (unit === undefined) return null;
  const parties = [...partiesNamed(unit.text).keys()];
  return parties.length === 1 ? (parties[0] ?? null) : null;
}

/** How often an article names its party, and how many times as often as any other. */
const MIN_PARTY_MENTIONS = 3;
const OWNER_RATIO = 2;

/**
 * Each article's party, when it names one far more often than any other (an article on one party's
 * race recalls its bar as "the nomination", the other party named in passing); null when it names
 * none or several about as often, as a report of both parties' races does.
 */
function articleOwners(units: readonly AlignUnit[]): Map<number, string | null> {
  const named = new Map<number, Map<string, number>>();
  for (const unit of units) {
    const parties = named.get(unit.articleIndex) ?? new Map<string, number>();
    named.set(unit.articleIndex, parties);
    for (const [party, n] of partiesNamed(unit.text))
      parties.set(party, (parties.get(party) ?? 0) + n);
  }
  const owners = new Map<number, string | null>();
  for (const [article, parties] of named) {
    const [first, second] = [...parties].sort((x, y) => y[1] - x[1]);
    const leads = first !== undefined && first[1] >= MIN_PARTY_MENTIONS;
    owners.set(article, leads && first[1] >= OWNER_RATIO * (second?.[1] ?? 0) ? first[0] : null);
  }
  return owners;
}

/** The party whose bar each statement's "the nomination" is, or null when none is told. */
export function barOwners(units: readonly AlignUnit[]): (unit: AlignUnit) => string | null {
  const owners = articleOwners(units);
  const at = new Map<string, AlignUnit>();
  for (const unit of units) at.set(`${unit.articleIndex}:${unit.position}`, unit);
  const memo = new Map<AlignUnit, string | null>();
  return (unit) => {
    let owner = memo.get(unit);
    if (owner !== undefined) return owner;
    const named = partiesNamed(unit.text);
    owner =
      named.size > 0
        ? oneParty(unit)
        : (owners.get(unit.articleIndex) ??
          (unit.entities.size === 0
            ? oneParty(at.get(`${unit.articleIndex}:${unit.position - 1}`))
            : null));
    memo.set(unit, owner);
    return owner;
  };
}
