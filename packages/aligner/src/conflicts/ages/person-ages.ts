import type { Conflict, Figure } from "@parallax/core";
import { NOUN_PHRASE_BREAKS } from "../../../lexicons/function-words.ts";
import { TITLE_WORDS } from "../../../lexicons/title-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import { singular } from "../../extract/figure-nouns.ts";
import { shownSpans, spanKey, type Value } from "../conflict-rows.ts";
import { type ConflictContext, conflictEvidence, LEAD_STATEMENTS, sameEvent } from "../guards.ts";
import { describedPersonNoun } from "./described-person-noun.ts";
import { ageHolder, describedHead } from "./holders.ts";
import { agesByPartOfName } from "./rows.ts";

/**
 * Ages a few years apart may be one person's age on two dates (an arrest at 27, the verdict two
 * years later at 29; a birthday between two reports): only a wider gap is a disagreement.
 */
const MIN_AGE_GAP = 5;

type Aged = { unit: AlignUnit; figure: Figure };

/**
 * The person an age is given to, as a story entity: the person the statement names right beside
 * the age ("16-year-old Dora Pell", "Dora Pell, 16,"), known by a name of two words or more, or by
 * a surname alone that no other person of the story bears ("Pell, 16,"); null for an age of no one
 * named ("the 16-year-old girl") or of another time ("then-15-year-old").
 */
function personOf(
  unit: AlignUnit,
  figure: Figure,
  context: ConflictContext,
  surnames: ReadonlyMap<string, readonly string[]>,
): string | null {
  const offset = figure.span.start - unit.span.start;
  const holder =
    ageHolder(unit, figure) ??
    appositiveName(unit.text.slice(0, offset)) ??
    nameAfterDescribed(unit, figure);
  if (holder === null) return null;
  if (/\bthen[\s-]*$/i.test(unit.text.slice(Math.max(0, offset - 6), offset))) return null;
  const words = holder.toLowerCase().split(/\s+/);
  const people = [...unit.entities].filter((id) => context.isPerson?.(id) ?? false);
  // "Mountaineer Ivo Brandt, 72,": a capitalised title or a sentence's first word may open the
  // capitalised run; the longest run of its last words that one person is known by names them.
  for (let size = words.length; size >= 2; size -= 1) {
    const tail = words.slice(-size);
    const named = people.filter((id) => {
      const name = new Set(context.entityName(id).toLowerCase().split(/\s+/));
      return tail.every((w) => name.has(w));
    });
    if (named.length === 1) return named[0] as string;
    if (named.length > 1) return null;
  }
  // "Brandt, 72,", "Deputy Brandt, 72,": a surname alone, or after title words only, names the one
  // person of the story who bears it, when the statement is about them; a surname two people share
  // ("Ivo and Ada Brandt") names neither, and "Ada Brandt" is not "Ivo Brandt".
  const surname = words[words.length - 1] as string;
  const titled = words
    .slice(0, -1)
    .every((w) => describedPersonNoun([w]) !== null || TITLE_WORDS.has(w));
  const bearers = titled ? (surnames.get(surname) ?? []) : [];
  return bearers.length === 1 && unit.entities.has(bearers[0] as string)
    ? (bearers[0] as string)
    : null;
}

/** The story's people known by a name of two words or more, by their last (family) name. */
function peopleBySurname(
  units: readonly AlignUnit[],
  context: ConflictContext,
): Map<string, string[]> {
  const bySurname = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const unit of units)
    for (const id of unit.entities) {
      if (seen.has(id) || !(context.isPerson?.(id) ?? false)) continue;
      seen.add(id);
      const words = context.entityName(id).toLowerCase().split(/\s+/);
      if (words.length < 2) continue;
      const surname = words[words.length - 1] as string;
      bySurname.set(surname, [...(bySurname.get(surname) ?? []), id]);
    }
  return bySurname;
}

/** "Ivo Brandt, a 72-year-old climber from Tessel, died": a name of two or three words before it. */
const NAME_BEFORE_APPOSITIVE = /((?:\p{Lu}[\p{L}'’-]+\s){1,2}\p{Lu}[\p{L}'’-]+),\s(?:an?|the)\s$/u;

/**
 * The name an appositive age follows ("Ivo Brandt, a 72-year-old climber"): read only to find the
 * story's person (who must be known by that name), never as a holder that sets two ages apart, as
 * "In Tessel, a 72-year-old man died" would make a place one.
 */
function appositiveName(before: string): string | null {
  return NAME_BEFORE_APPOSITIVE.exec(before.slice(-48))?.[1] ?? null;
}

/**
 * "the 72-year-old retired climber Ivo Brandt": an age, lowercase words, then capitalised words
 * that no further capitalised word or possessive runs on from ("Ivo Brandt's guide").
 */
const NAME_AFTER_WORDS =
  /^\s+((?:[\p{Ll}-]+\s+){1,3})(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})(?![\p{L}'’]|\s\p{Lu})/u;

/**
 * The name after the noun an age describes ("the 72-year-old retired climber Ivo Brandt", "his
 * 40-year-old son Ada Brandt"): only when every lowercase word is of the noun phrase, its head
 * the last, so a verb ("the 72-year-old told Ivo Brandt") or a joining word ("a 72-year-old man
 * and Ivo Brandt", "the 72-year-old son of Ivo Brandt") leaves the name to another person.
 */
function nameAfterDescribed(unit: AlignUnit, figure: Figure): string | null {
  const match = NAME_AFTER_WORDS.exec(unit.text.slice(figure.span.end - unit.span.start));
  if (!match) return null;
  const words = (match[1] as string).trim().split(/\s+/);
  if (words.some((w) => NOUN_PHRASE_BREAKS.has(w))) return null;
  const head = describedHead(unit, figure);
  return head !== null && singular(words[words.length - 1] as string) === head
    ? (match[2] as string)
    : null;
}

/** "a 60-year-old, terminally ill woman": the age, then at most two describing words, then the noun. */
const DESCRIBED = /^[\s,]*((?:[\p{Ll}-]+(?:['’]s)?,?\s+){0,2}\p{Ll}+)/u;

/**
 * The person noun an age describes when no name stands beside it ("a 60-year-old, terminally ill
 * woman"), as a key: in a lead statement, where news tells the story's own people, one outlet's
 * "60-year-old woman" and another's "120-year-old woman" are one person given two ages. Null for a
 * named person, a later statement, an age of another time, or no person noun.
 */
function describedOf(unit: AlignUnit, figure: Figure): string | null {
  if (unit.position >= LEAD_STATEMENTS || ageHolder(unit, figure) !== null) return null;
  const offset = figure.span.start - unit.span.start;
  if (/\bthen[\s-]*$/i.test(unit.text.slice(Math.max(0, offset - 6), offset))) return null;
  const words = DESCRIBED.exec(unit.text.slice(figure.span.end - unit.span.start))?.[1] ?? "";
  // "a 10-year-old and her mother": the age is the one before the joining word's
  // (described-person-noun.ts, which also reads a title's head or a rank word as the noun).
  // A noun of no list ("a 72-year-old climber") is read by its part of speech (holders.ts).
  const noun = describedPersonNoun(words.split(/[\s,]+/)) ?? describedHead(unit, figure);
  return noun === null ? null : `noun:${noun}`;
}

/**
 * Keys described by a noun that one article gives several ages for ("a 35-year-old man … a
 * 20-year-old man"): the noun then names several people, and no age of it is compared.
 */
function severalPeople(byKey: ReadonlyMap<string, Aged[]>): Set<string> {
  const several = new Set<string>();
  for (const [key, aged] of byKey) {
    if (!key.startsWith("noun:")) continue;
    const ages = new Map<number, Set<number>>();
    for (const a of aged) {
      const set = ages.get(a.unit.articleIndex) ?? new Set<number>();
      set.add(a.figure.value);
      ages.set(a.unit.articleIndex, set);
    }
    if ([...ages.values()].some((set) => set.size > 1)) several.add(key);
  }
  return several;
}

/**
 * One named person's age given differently by two outlets, wherever alignment put the statements
 * ("the 16-year-old Dora Pell" / "32-year-old Dora Pell"): an age belongs to the person, not to one
 * happening, so the two statements need not tell one fact. Rows a group already reports are left
 * to it. Returns the new rows, each with the statement whose group shows it.
 */
export function personAgeConflicts(
  units: readonly AlignUnit[],
  reported: readonly Conflict[],
  context: ConflictContext,
): { unit: number; conflict: Conflict }[] {
  const byPerson = new Map<string, Aged[]>();
  const surnames = peopleBySurname(context.storyUnits ?? units, context);
  for (const unit of units)
    for (const figure of unit.figures) {
      if (figure.measure !== "age") continue;
      const person = personOf(unit, figure, context, surnames) ?? describedOf(unit, figure);
      if (person === null) continue;
      byPerson.set(person, [...(byPerson.get(person) ?? []), { unit, figure }]);
    }
  const shown = shownSpans(reported);
  const at = (a: Aged) => spanKey(a.unit.articleId, a.figure.span.start);
  const found: { unit: number; conflict: Conflict }[] = [];
  const several = severalPeople(byPerson);
  for (const [person, aged] of byPerson) {
    if (several.has(person) || aged.some((a) => shown.has(at(a)))) continue;
    let pair: [Aged, Aged] | null = null;
    for (let i = 0; i < aged.length && !pair; i += 1)
      for (let j = i + 1; j < aged.length && !pair; j += 1) {
        const x = aged[i] as Aged;
        const y = aged[j] as Aged;
        if (x.unit.articleIndex === y.unit.articleIndex) continue;
        if (Math.abs(x.figure.value - y.figure.value) < MIN_AGE_GAP) continue;
        if (sameEvent(x.unit, y.unit, context)) pair = [x, y];
      }
    if (!pair) continue;
    const [x, y] = pair;
    const sides = new Set([x.figure.value, y.figure.value]);
    const taken = new Set<string>();
    const values: Value[] = [];
    const loose = person.startsWith("noun:")
      ? []
      : agesByPartOfName(units, context.entityName(person), sides);
    for (const a of [x, y, ...aged, ...loose]) {
      const key = `${a.unit.articleId}|${a.figure.value}`;
      if (!sides.has(a.figure.value) || taken.has(key)) continue;
      taken.add(key);
      values.push({ articleId: a.unit.articleId, text: a.figure.text, span: a.figure.span });
    }
    found.push({
      unit: x.unit.index,
      conflict: {
        kind: "figure",
        subject: "age",
        values,
        evidence: conflictEvidence(x.unit, y.unit, context, [
          {
            kind: "figure",
            label: person.startsWith("noun:")
              ? `age of the ${person.slice(5)}`
              : `age of ${context.entityName(person)}`,
            weight: 1,
          },
        ]),
      },
    });
  }
  return found;
}
