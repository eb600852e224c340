import type { Conflict } from "@parallax/core";
import { DOUBLE_OBJECT_LIGHT_FORMS } from "../../../lexicons/event-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import { alignedAsOne, type ConflictContext } from "../guards.ts";
import { PairedValues } from "../paired-values.ts";
import { tellRefusal } from "../refusals.ts";
import { actorBefore, PASSIVE_BEFORE, patientAt } from "./actor.ts";
import {
  clauseBefore,
  firstNegation,
  type Negated,
  negatedWords,
  negationRowUnlessPaired,
  pairValues,
  wordSet,
} from "./conflicts.ts";
import { statesObject } from "./guards.ts";
import { deniesToo, mayState, statedPlainly } from "./statements.ts";
import { statedAlike } from "./verbatim.ts";

/** Content words of the negated predicate a denial needs to be compared across groups. */
const ACROSS_PREDICATE_WORDS = 3;

/**
 * Denials of what another outlet states, where alignment grouped the two statements apart (or
 * into one group only through other statements, never as a pair): a
 * "not" changes no content word, yet the rest of a negated sentence may have led alignment to
 * other statements ("was not killed while investigating a shooting" beside the trial's account).
 * Each negated statement is checked against every other outlet's statement holding the negated
 * word, as a group of two of one event — the predicate stated, the same people — and a conflict
 * already reported is not repeated. Returns each conflict with the negated statement, its home.
 */
export function negationsAcrossGroups(
  units: readonly AlignUnit[],
  groupOf: readonly number[],
  reported: readonly Conflict[],
  context: ConflictContext,
): { home: AlignUnit; conflict: Conflict }[] {
  const holding = new Map<string, AlignUnit[]>();
  for (const unit of units)
    for (const lemma of new Set(unit.lemmas)) {
      const list = holding.get(lemma);
      if (list) list.push(unit);
      else holding.set(lemma, [unit]);
    }
  // The holders of a lemma that write the word, listed once per word: a thousand-outlet story
  // repeats one denial hundreds of times, each of which would scan the lemma's holders again.
  const statingByWord = new Map<string, AlignUnit[]>();
  const stating = (item: { lemma: string; word: string }): AlignUnit[] => {
    const key = `${item.lemma}\u0000${item.word}`;
    let list = statingByWord.get(key);
    if (!list) {
      list = (holding.get(item.lemma) ?? []).filter((b) => wordSet(b).has(item.word));
      statingByWord.set(key, list);
    }
    return list;
  };
  // Statements of different groups were not aligned as one: only the event's articles count.
  const pairContext: ConflictContext = { ...context, pairEvidence: () => [] };
  const seen = new PairedValues(reported);
  const readings = readingsOf(units);
  const opens = readings.once(opensDenial);
  const answers = readings.once(answersDenial);
  const found: { home: AlignUnit; conflict: Conflict }[] = [];
  const wordsAround = denialWords();
  const readInGroup = (a: AlignUnit, b: AlignUnit) =>
    groupOf[b.index] === groupOf[a.index] && alignedAsOne(a, b, context);
  for (const a of units) {
    for (const item of negatedWords(a)) {
      // A diagnostic run hears which reading below set a pair aside before any guard of
      // `firstNegation` read it: else a stage reader could only say that no pair was checked.
      const setAside = (guard: string, only?: AlignUnit) => {
        if (!context.refused) return;
        for (const b of only ? [only] : stating(item))
          if (b.articleIndex !== a.articleIndex && !readInGroup(a, b))
            tellRefusal(context.refused, "negation", `across.${guard}`, a, b);
      };
      // "couldn't come up with the play", "may not be restored": an ability or a chance denied.
      if (item.modal !== null) {
        setAside("modal");
        continue;
      }
      // "not at the church", "doesn't have a release date": a place or a possession denied, not
      // a happening.
      // "has not made the player an offer" denies the offer, a happening the light verb carries.
      // (Asked before the names are read: it reads the denial alone.)
      if (item.carriers.some((w) => !DOUBLE_OBJECT_LIGHT_FORMS.has(w))) {
        setAside("carrier");
        continue;
      }
      const { active, patient, actor, pronounSubject } = wordsAround(a, item);
      // "Ines Moreau, the singer …, has not died" / "Ines Moreau has died": the same verb said of
      // the same name is one proposition, however short the predicate; the other statement must
      // then say it of that name too (`sameActor`). The name must be one of the story's people or
      // organisations: "First Class 2 doesn't have a release date" says nothing of a "Class".
      // "Police have not arrested Ivo Lund": the one done to, named after the active verb, is
      // whom the denial is about as the actor is (`saidOfOneInPair` then holds both to one role).
      // (A passive's subject is its actor's reading: "Ivo Lund was not getting attention" keeps
      // the object check below.)
      const byPatient = active && namesEntity(a, patient, context);
      const byActor = byPatient || namesEntity(a, actor, context);
      // Apart from alignment and a name, a denied verb alone ("don't want", "not been hit by a
      // quake") is said of too many things: the predicate must be a verb with its object and more.
      const long = item.predicate.length >= ACROSS_PREDICATE_WORDS;
      if (!byActor && !long) {
        setAside("shortPredicate");
        continue;
      }
      // "He has not scored a touchdown": whom a pronoun denies it of, only its article knows —
      // unless a named sayer tells it of himself ("Ivo Vint said he has not …", `actorBefore`).
      if (pronounSubject && !namesEntity(a, actor, context)) {
        setAside("pronounSubject");
        continue;
      }
      // The other outlet states the very word ("not killed" / "shot and killed"): "scoring two
      // touchdowns" over a season is another fact than "has not scored a touchdown" this week.
      for (const b of stating(item)) {
        if (b.articleIndex === a.articleIndex) continue;
        // `firstNegation` of the two finds nothing unless one of them denies a word the other may
        // state without denying it too: asked first, as it is the cheaper check and fails for
        // nearly every pair (a thousand-outlet story sets each copy of one denial against the
        // others: ~200,000 pairs on the generated 1,000-article story, ~300 passing).
        if (!opens(a, b) && !opens(b, a)) {
          setAside("deniesToo", b);
          continue;
        }
        // A group is read pair by pair only where alignment paired the two (`alignedAsOne`): two
        // statements it joined through others ("Police said Ivo Lund had not fled" beside
        // "Border guards in Orvalia said Lund fled", each tied to the group by a third) are as far
        // apart as two groups, and are read here.
        if (readInGroup(a, b)) continue;
        // Without a word that answers the denial in the two texts, `firstNegation` finds nothing
        // however the story's people, articles and alignment stand: asked first, once per pair of
        // readings (~109,000 calls on the generated 1,000-article story, ~900 distinct pairs).
        const answered = long && (answers(a, b) || answers(b, a));
        let pair = answered ? firstNegation([a, b], pairContext, false) : null;
        // Said of one name, the verb must still have one object: "was not getting attention" is
        // no denial of "is getting help".
        // The object a named patient is: whom the pair's check reads it of, by name.
        if (!pair && byActor && (byPatient || statesObject(b, item)))
          pair = firstNegation([a, b], pairContext);
        else if (!answered) setAside("unanswered", b);
        if (!pair) continue;
        // The row holds the pair's two values: when they already stand together in a conflict,
        // so would the row, and the story need not be read for it (a thousand-outlet story
        // meets the same denial a thousand times).
        if (
          seen.pairsAny({ kind: "negation", subject: "", values: pairValues(pair), evidence: [] })
        )
          continue;
        const conflict = negationRowUnlessPaired(
          pair,
          [a, b],
          pairContext,
          seen.tracker("negation"),
        );
        if (!conflict) continue;
        seen.add(conflict);
        found.push({ home: a, conflict });
      }
    }
  }
  return found;
}

/** What `negationsAcrossGroups` reads of the words around a denial, before any name is looked up. */
type DenialWords = {
  /** No passive right before the negated verb. */
  active: boolean;
  /** The one the verb is done to (`patientAt`). */
  patient: string | null;
  /** The name the verb is said of (`actorBefore`). */
  actor: string | null;
  /** The denial's clause opens on a pronoun. */
  pronounSubject: boolean;
};

/**
 * `DenialWords` of a denial, read once per text and place of the denial in it: they read the
 * statement's words alone, and a thousand-outlet story repeats one denial in hundreds of
 * statements (1,970 denials on the generated 1,000-article story), each reading the text before
 * the verb with several regular expressions.
 */
function denialWords(): (unit: AlignUnit, item: Negated) => DenialWords {
  const known = new Map<string, DenialWords>();
  return (unit, item) => {
    const key = `${unit.text}\u0000${item.span.start - unit.span.start}\u0000${item.span.end - unit.span.start}`;
    let words = known.get(key);
    if (!words) {
      words = {
        active: !PASSIVE_BEFORE.test(unit.text.slice(0, item.span.start - unit.span.start)),
        patient: patientAt(unit, item.span.start, item.span.end),
        actor: actorBefore(unit, item.span.start),
        pronounSubject: PRONOUN_SUBJECT.test(clauseBefore(unit, item.span.start)),
      };
      known.set(key, words);
    }
    return words;
  };
}

/**
 * The denials of one statement another may state without denying them too: what `firstNegation`
 * checks first for each direction of a pair, and without which it returns nothing.
 */
function openedDenials(denier: AlignUnit, other: AlignUnit): Negated[] {
  return negatedWords(denier).filter((item) => mayState(other, item) && !deniesToo(other, item));
}

/** Whether a statement opens a denial against the other (`openedDenials`). */
function opensDenial(denier: AlignUnit, other: AlignUnit): boolean {
  return openedDenials(denier, other).length > 0;
}

/**
 * Whether a statement may hold, for one of the other's denials it opens, the word
 * `firstNegation` without `byActor` would set against it: that word is `statedPlainly` (when the
 * two are told alike) or `statedAlike` (when worded alike), and both read the two statements' texts
 * and the denial alone. When neither finds a word for any denial, `firstNegation(…, false)` returns
 * nothing whatever the context says, so the pair is skipped. Only a filter: when it passes, the
 * whole check runs with the pair's own context, so no answer is reused across copies.
 */
function answersDenial(denier: AlignUnit, other: AlignUnit): boolean {
  return openedDenials(denier, other).some(
    (item) => statedPlainly(other, item) !== null || statedAlike(denier, item, other) !== null,
  );
}

/**
 * Checks that read a statement's text and lemmas only, answered once per pair of readings: a large
 * story repeats one sentence with one reading across hundreds of outlets (~245,000 pairs asked on
 * the generated 1,000-article story, a few thousand distinct). Sound only for checks whose answer
 * is the same for any two statements with the same texts and lemmas (their spans may differ).
 */
export function readingsOf(units: readonly AlignUnit[]): {
  once: (
    check: (first: AlignUnit, second: AlignUnit) => boolean,
  ) => (first: AlignUnit, second: AlignUnit) => boolean;
} {
  const classOf = new Int32Array(units.length).fill(-1);
  const classes = new Map<string, number>();
  const readingOf = (unit: AlignUnit): number => {
    let known = classOf[unit.index] as number;
    if (known < 0) {
      const key = `${unit.text}\u0000${unit.lemmas.join(" ")}`;
      known = classes.get(key) ?? classes.size;
      classes.set(key, known);
      classOf[unit.index] = known;
    }
    return known;
  };
  return {
    once: (check) => {
      const answers = new Map<number, boolean>();
      return (first, second) => {
        const key = readingOf(first) * units.length + readingOf(second);
        let answer = answers.get(key);
        if (answer === undefined) {
          answer = check(first, second);
          answers.set(key, answer);
        }
        return answer;
      };
    },
  };
}

/** Whether a word is a name of a person or organisation the statement mentions. */
function namesEntity(unit: AlignUnit, word: string | null, context: ConflictContext): boolean {
  if (word === null) return false;
  return [...unit.entities].some(
    (id) => !context.isPlace?.(id) && context.entityName(id).split(/\s+/).includes(word),
  );
}

const PRONOUN_SUBJECT = /^\W*(?:he|she|they|it|we|i|you)\b/i;
