import type { Conflict, Span } from "@parallax/core";
import { LIGHT_VERBS } from "../../../lexicons/event-words.ts";
import { TELLING_FORMS } from "../../../lexicons/reporting-verbs.ts";
import type { AlignUnit } from "../../align/units.ts";
import {
  alignedAsOne,
  type ConflictContext,
  conflictEvidence,
  sameEvent,
  sameSubject,
  sameTime,
  statesSomething,
} from "../guards.ts";
import { tellRefusal } from "../refusals.ts";
import { pronounAgainstNoun, sameSubjectNouns } from "../subject-nouns.ts";
import { writesName } from "./guards.ts";
import { sameClauseHolder } from "./held-clause.ts";
import { anotherOfItsKind } from "./instances.ts";
import { joinedAlikeAt, joinedVerb } from "./joined-verbs.ts";
import { type Negated, negatedWords } from "./negated-words.ts";
import { nounForVerb } from "./noun-use.ts";
import { numberAgrees } from "./number.ts";
import { sameOpinionHolder } from "./opinion.ts";
import { writesHeadOf } from "./organisation-head.ts";
import { samePronounActor } from "./pronoun-actor.ts";
import { remarkHeadline } from "./remark-headline.ts";
import { saidOfOneInPair, saidOfOneInRow } from "./row-actor.ts";
import { type RowMemo, rowMemo, rowReadingKey } from "./row-memo.ts";
import { deniesToo, mayState, statedPlainly, storyStaters } from "./statements.ts";
import {
  carriesAlike,
  NEGATION_WORDING,
  ROW_PREDICATE_SHARE,
  sharesStatement,
  toldAlike,
} from "./told-alike.ts";
import { statedAlike, writtenAlikeAt } from "./verbatim.ts";
import { outsideSpan } from "./window.ts";

export { wordSet } from "./guards.ts";
export { type Negated, negatedWords } from "./negated-words.ts";

/**
 * Whether the other statement is about whom the negation is: the people the negated clause names
 * before its "not" ("Unlike stars A and B, Ross is not signed" is about Ross) must include one the
 * other statement names, when that clause names anyone — found by the name reader, or written in
 * full in its words ("According to Ada Lund, the Harbour Council approved the plan").
 */
function sameDenied(a: AlignUnit, b: AlignUnit, item: Negated, context: ConflictContext): boolean {
  const named = deniedOf(a, item, context);
  return (
    named.length === 0 ||
    named.some(
      (id) =>
        b.entities.has(id) || writesName(b, context.entityName(id)) || writesHeadOf(b, id, context),
    )
  );
}

const deniedByItem = new WeakMap<Negated, string[]>();

/** The people the negated clause names before its "not", read once per negation. */
function deniedOf(a: AlignUnit, item: Negated, context: ConflictContext): string[] {
  const known = deniedByItem.get(item);
  if (known) return known;
  const clause = clauseBefore(a, item.span.start);
  const named = [...a.entities].filter((id) => {
    if (context.isPlace?.(id)) return false;
    const surname = context.entityName(id).split(/\s+/).at(-1) ?? "";
    return surname.length > 1 && clause.includes(surname);
  });
  deniedByItem.set(item, named);
  return named;
}

/**
 * The words of a statement's clause before a position: after its last comma, semicolon or "that".
 * The reported clause starts after its "that": in "Reagins confirmed to the Times that he has not
 * made an offer" the denial is about "he", not about the speaker or the paper.
 */
export function clauseBefore(unit: AlignUnit, at: number): string {
  const before = unit.text.slice(0, Math.max(0, at - unit.span.start));
  const opener = Math.max(
    before.lastIndexOf(","),
    before.lastIndexOf(";"),
    ...[...before.matchAll(/\bthat\b/gi)].map((m) => (m.index ?? 0) + 4),
    // "Police said two men were not arrested": the reported clause opens after the verb of saying,
    // with or without its "that".
    ...[...before.matchAll(TELLING)].map((m) => (m.index ?? 0) + m[0].length),
  );
  return before.slice(opener + 1);
}

const TELLING = new RegExp(`\\b(?:${TELLING_FORMS})\\b`, "gi");

/**
 * Whether a statement outside the group tells what the negation is about (see the row above), read
 * against the pair in conflict: worded like the denial or like the statement it is set against
 * (`b`), in an article like either one's.
 */
function toldElsewhere(
  a: AlignUnit,
  other: AlignUnit,
  item: Negated,
  context: ConflictContext,
  b: AlignUnit = a,
  memo?: RowMemo,
): boolean {
  if (other.articleIndex === a.articleIndex || !mayState(other, item)) return false;
  // The same people, time and event, each read once per statement or article pair, are asked
  // first: most of a story's statements fail them, before the wording is read.
  // The row's event is the pair's: an outlet whose article is alike the stating statement's tells
  // it, though the denying article is less alike (a short wire item beside long reports).
  if (!sameSubject(a, other, context) || !sameTime(a, other)) return false;
  if (!sameEvent(a, other, context) && !(b !== a && sameEvent(b, other, context))) return false;
  // A short statement ("A publicist says Dana Reid has checked into rehab") joins the row only by
  // saying the verb of the denial's named actor (below): its few words tell nothing alike.
  const reading = memo ? rowReadingKey(other) : "";
  let alike = memo?.alike.get(reading);
  if (alike === undefined) {
    alike =
      statesSomething(other) &&
      item.predicate.length >= 2 &&
      (toldAlike(a, other, item, context, ROW_PREDICATE_SHARE) ||
        (b !== a && toldAlike(b, other, item, context, ROW_PREDICATE_SHARE)));
    memo?.alike.set(reading, alike);
  }
  // "Dana Reid has not checked into rehab" / "Dana Reid checked herself into a clinic, her agent
  // said": the same verb of the same name, as inside a group (`firstNegation`).
  // The word scan that proves it comes last: it reads every word of the statement.
  if (!alike && (item.modal !== null || !carriesAlike(other, item))) return false;
  if (!sameDenied(a, other, item, context)) return false;
  if (alike) return true;
  const known = memo?.stated?.get(other.text);
  if (known !== undefined) return known;
  // "hours after he was not arrested" / "hours before he was arrested": the same pronoun, in
  // statements sharing half their words (pronoun-actor.ts).
  const byPronoun = (start: number) =>
    samePronounActor(a, item, other, start, context) && sharesStatement(a, other);
  const stated =
    statedPlainly(
      other,
      item,
      (start) => saidOfOneInRow(a, item, other, start) || byPronoun(start),
    ) !== null;
  memo?.stated?.set(other.text, stated);
  return stated;
}

/**
 * One outlet reports as not so what another reports as so: two statements aligned as one fact and
 * worded nearly alike, one of which negates a word the other states without any negation ("the
 * talks had not made progress" / "the talks had made progress"). Every statement of the group that
 * states the word, with or without the negation, is in the row.
 */
export function negationConflicts(
  units: readonly AlignUnit[],
  context: ConflictContext,
): Conflict[] {
  const found = firstNegation(units, context);
  return found ? [negationRow(found, units, context)] : [];
}

/** A denial and the statement of another outlet that states what it denies. */
export type NegationPair = {
  a: AlignUnit;
  b: AlignUnit;
  item: Negated;
  word: { text: string; span: Span };
};

/**
 * The first denial among the statements that another of them states as so (see above). With
 * `byActor` (statements alignment grouped), a denial told in other words also counts when both
 * say the verb of one name written right before it (`sameActor`).
 */
export function firstNegation(
  units: readonly AlignUnit[],
  context: ConflictContext,
  byActor = true,
): NegationPair | null {
  // A diagnostic run (a refusal sink) reads every pair directly, to tell why each was refused:
  // the lists hold the same statements in the same order (`answerers`), so the finding is the same.
  const listed = units.length > LISTED_GROUP && !context.refused ? answerers(units) : null;
  for (const a of units) {
    // A headline crediting someone's words (remark-headline.ts) is no report of the assertion
    // another outlet's statement tells: often that speaker's later stance, never set against it.
    const headline = remarkHeadline(a);
    // Listed, a headline's pairs are refused unheard, and the lists hold no headline (`answerers`).
    if (listed && headline) continue;
    for (const item of negatedWords(a)) {
      for (const b of listed ? listed(item) : units) {
        if (b.articleIndex === a.articleIndex) continue;
        if (!listed && (headline || remarkHeadline(b))) {
          tellRefusal(context.refused, "negation", "remarkHeadline", a, b);
          continue;
        }
        // Decided before the pair's readings: a large group of one denial meets itself squared.
        if (!listed && !mayState(b, item)) {
          tellRefusal(context.refused, "negation", "mayState", a, b);
          continue;
        }
        if (!listed && deniesToo(b, item)) {
          tellRefusal(context.refused, "negation", "deniesToo", a, b);
          continue;
        }
        // A short statement ("The singer Ines Moreau has died, her agent said") is compared only
        // by the name it says the verb of (below): its few words tell nothing alike.
        const short = !statesSomething(b);
        const alike = !short && statesSomething(a) && toldAlike(a, b, item, context);
        // "Dana Reid has not checked into rehab" / "Dana Reid has checked herself into a clinic":
        // the same name said to do the same thing, read only where no modal makes the denial
        // a chance or a plan ("will not run").
        // A verb of thought or state ("does not think", "thinks") names no happening: said of one
        // name, it tells nothing alike unless what follows it is told alike (above).
        const byName =
          !alike &&
          byActor &&
          item.modal === null &&
          !LIGHT_VERBS.has(item.lemma) &&
          carriesAlike(b, item);
        // "it was not her decision" / "it was her decision": the same words but for the "not".
        const wordedAlike = !alike && writtenAlikeAt(a, item) !== null;
        // "was not suspended and escorted from her desk" / "had been suspended and escorted from
        // the building": two verbs joined alike tell one act (joined-verbs.ts), said of one
        // subject ("a clerk" / "the clerk … she", below), as the rest is worded apart.
        const joined =
          !alike && item.modal === null && carriesAlike(b, item) ? joinedVerb(a, item) : null;
        if (!alike && !byName && !wordedAlike && !joined) {
          tellRefusal(context.refused, "negation", "toldAlike", a, b);
          continue;
        }
        const word = alike
          ? statedPlainly(b, item)
          : ((byName
              ? statedPlainly(b, item, (start) => saidOfOneInPair(a, item, b, start))
              : null) ??
            (wordedAlike ? statedAlike(a, item, b) : null) ??
            (joined
              ? statedPlainly(
                  b,
                  item,
                  (start) =>
                    joinedAlikeAt(joined, b, start) &&
                    sameSubjectNouns(a, item.span.start, b, start),
                )
              : null));
        if (!word) {
          tellRefusal(context.refused, "negation", "statedPlainly", a, b);
          continue;
        }
        // "did not email the plans" / "her email account": the noun of the verb's form.
        if (nounForVerb(a, item, b, word.span.start)) {
          tellRefusal(context.refused, "negation", "nounForVerb", a, b);
          continue;
        }
        // "has not sent one in six days" / "sent one on Tuesday": the act may lie outside the span.
        if (outsideSpan(a, item, b)) {
          tellRefusal(context.refused, "negation", "outsideSpan", a, b);
          continue;
        }
        // "had not answered the question" / "answered a question on fees": two occasions.
        if (anotherOfItsKind(a, item, b, word)) {
          tellRefusal(context.refused, "negation", "anotherOfItsKind", a, b);
          continue;
        }
        // Worded nearly alike, two statements may differ only in whom they are about ("the
        // driver was not injured" / "the passenger was injured"); told in other words, half of
        // their content words in common already tie them, whatever each calls the subject.
        if (
          context.similarity(a, b) >= NEGATION_WORDING &&
          !sameSubjectNouns(a, item.span.start, b, word.span.start)
        ) {
          tellRefusal(context.refused, "negation", "sameSubjectNouns", a, b);
          continue;
        }
        // Told in other words too, a pronoun's act is not a noun's its statement never names.
        if (pronounAgainstNoun(a, item.span.start, b, word.span.start)) {
          tellRefusal(context.refused, "negation", "pronounAgainstNoun", a, b);
          continue;
        }
        const refused = !sameDenied(a, b, item, context)
          ? "sameDenied"
          : !numberAgrees(a, item.span.start, b, word.span.start, context)
            ? "numberAgrees"
            : !sameOpinionHolder(a, item, b, word)
              ? "sameOpinionHolder"
              : !sameClauseHolder(
                    a,
                    item.span.start,
                    b,
                    word.span.start,
                    context.similarity(a, b) >= NEGATION_WORDING,
                  )
                ? "sameClauseHolder"
                : !alignedAsOne(a, b, context)
                  ? "alignedAsOne"
                  : !sameSubject(a, b, context)
                    ? "sameSubject"
                    : null;
        if (refused !== null) {
          tellRefusal(context.refused, "negation", refused, a, b);
          continue;
        }
        tellRefusal(context.refused, "negation", "found", a, b);
        return { a, b, item, word };
      }
    }
  }
  return null;
}

/** Groups up to this size are read directly (a pair across groups): no lists to build. */
const LISTED_GROUP = 8;

/**
 * The statements of a group that may state a negated word and do not deny it too, and are no
 * headline crediting a remark (refused whatever the denial), in group order, listed once per word: every denial of a large group read every statement for both
 * checks (~1,000,000 pairs on a generated 1,000-article story, ~110,000 passing). Both checks read
 * the statement and the word alone (its lemma and its written form), so one list serves every
 * denial of that word; the loop above skipped the others in the same order.
 */
function answerers(units: readonly AlignUnit[]): (item: Negated) => readonly AlignUnit[] {
  const byWord = new Map<string, readonly AlignUnit[]>();
  return (item) => {
    const key = `${item.lemma}\u0000${item.word}`;
    let list = byWord.get(key);
    if (!list) {
      list = units.filter((b) => !remarkHeadline(b) && mayState(b, item) && !deniesToo(b, item));
      byWord.set(key, list);
    }
    return list;
  };
}

/** The two values a negation pair sets against each other: the denial's and the statement's. */
export function pairValues({ a, b, item, word }: NegationPair): Conflict["values"] {
  return [
    { articleId: a.articleId, text: item.text, span: item.span },
    { articleId: b.articleId, ...word },
  ];
}

/**
 * The conflict row of a negation pair: every statement of the group, and of the story when it
 * tells the same (`toldElsewhere`), that denies or states the word — one value per article.
 */
export function negationRow(
  pair: NegationPair,
  units: readonly AlignUnit[],
  context: ConflictContext,
): Conflict {
  return negationRowUnlessPaired(pair, units, context, () => false) as Conflict;
}

/**
 * `negationRow`, or null as soon as `paired` says the values taken so far already stand together
 * in a reported conflict (`PairedValues.tracker`): the whole row would be refused then, and
 * reading the rest of the story for it is wasted (every row built across groups on the generated
 * 1,000-article story was).
 */
export function negationRowUnlessPaired(
  { a, b, item, word }: NegationPair,
  units: readonly AlignUnit[],
  context: ConflictContext,
  paired: (value: Conflict["values"][number]) => boolean,
): Conflict | null {
  const first = { articleId: a.articleId, text: item.text, span: item.span };
  if (paired(first)) return null;
  const row: Conflict["values"] = [first];
  const seen = new Set([a.articleId]);
  const positive: Conflict["values"] = [];
  const inGroup = new Set(units);
  const memo = rowMemo(a, item);
  for (const other of [...units, ...storyStaters(context.storyUnits ?? [], item)]) {
    if (seen.has(other.articleId)) continue;
    // A statement grouped elsewhere joins the row only when it tells what the negation is
    // about as the two in conflict do: the predicate, about the same people, of one event.
    if (!inGroup.has(other) && !toldElsewhere(a, other, item, context, b, memo)) continue;
    const denies = negatedWords(other).find((n) => n.lemma === item.lemma);
    if (denies) {
      const value = { articleId: other.articleId, text: denies.text, span: denies.span };
      if (paired(value)) return null;
      row.push(value);
      seen.add(other.articleId);
      continue;
    }
    if (!mayState(other, item)) continue;
    // The pair's own statement may state it only in the denial's words (`statedAlike`).
    const states = statedPlainly(other, item) ?? (other === b ? word : null);
    if (!states || (other !== b && nounForVerb(a, item, other, states.span.start))) continue;
    if (outsideSpan(a, item, other) || anotherOfItsKind(a, item, other, states)) continue;
    const value = { articleId: other.articleId, ...states };
    if (paired(value)) return null;
    positive.push(value);
    seen.add(other.articleId);
  }
  return {
    kind: "negation",
    subject: `whether: ${item.lemma}`,
    values: [...row, ...positive],
    evidence: conflictEvidence(a, b, context, [
      { kind: "lexical", label: `"${item.text}" against "${word.text}"`, weight: 1 },
    ]),
  };
}
