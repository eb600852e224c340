import { LIGHT_VERBS, TELLING_VERBS } from "../../../lexicons/event-words.ts";
import { type EventWord, eventWords } from "../../align/lemmas.ts";
import { perUnit } from "../../align/per-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { eventTriggers, eventVerb } from "../../events/event-triggers.ts";
import { type ConflictContext, SAME_WORDING } from "../guards.ts";
import { withoutDescribingVerbs } from "./described-verbs.ts";

/** The happening classes of a reading's verbs, verbs of telling aside. */
function verbClassesOf(read: readonly EventWord[]): Set<string> {
  const verbs = new Set<string>();
  for (const verb of eventTriggers(
    read.filter((w) => w.verb),
    new Map(),
  ))
    if (!TELLING_VERBS.has(verb)) verbs.add(verb);
  return verbs;
}

/**
 * The happenings a statement's verbs tell, by class (light verbs and verbs of telling aside), and
 * its nouns that are one of its own or any verb's happening ("damage", "killing"): read once.
 */
export const happeningsOf = perUnit((unit: AlignUnit) => {
  const words = eventWords(unit.text);
  const verbs = verbClassesOf(words);
  // Names blanked: "Armed robbers" and "Four armed robbers" open on one noun, "robber".
  const subject = eventWords(unit.text.replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " ")).find(
    (w) => !w.verb,
  );
  return { verbs, words, subject: subject?.lemma ?? null };
});

/**
 * What a statement tells happened, not what it describes a noun by (described-verbs.ts): read
 * only for the pairs that get as far as asking it.
 */
const toldVerbsOf = perUnit((unit: AlignUnit) =>
  verbClassesOf(eventWords(withoutDescribingVerbs(unit.text))),
);

/** Whether a statement's words name a happening (by its class) as a verb or as a noun. */
export function names(unit: AlignUnit, happening: string, verbs: ReadonlySet<string>): boolean {
  const read = happeningsOf(unit);
  if (read.verbs.has(happening)) return true;
  // Nouns are read against the other statement's verbs: "suffered damage" names the "damaged" of
  // the other outlet ("same form" nouns count once the other statement uses the verb).
  const known = new Map([...verbs].map((v) => [v, 2] as const));
  return eventTriggers(
    read.words.filter((w) => !w.verb),
    known,
  ).has(happening);
}

/** The happening nouns ("fire", "earthquake") of a text, by class. */
function happeningNouns(text: string): Set<string> {
  return eventTriggers(
    eventWords(text).filter((w) => !w.verb),
    new Map(),
  );
}

/** The happening nouns of a statement before a value: the subject of what the value is said of. */
export function happeningNounsBefore(unit: AlignUnit, start: number): Set<string> {
  return happeningNouns(unit.text.slice(0, Math.max(0, start - unit.span.start)));
}

/**
 * Whether two outlets' values (days, counts), in statements grouped together but worded apart, are
 * said of one happening. Each value belongs to a verb ("placed on the injured list Wednesday",
 * "hurt last Thursday"; "two engines were sent", "10 engines fought the blaze"); when the two verbs
 * tell different happenings — neither statement names the other's verb (as a verb or its noun),
 * the statements share no other verb told as happened (a relative clause or a participle before
 * its noun only describes a thing: "survivors of a storm that killed four", described-verbs.ts)
 * nor the noun they open on ("armed robbers made off with" /
 * "armed robbers snatched"), and no happening noun ("a fire", "an earthquake") stands before both
 * values — the values are of two happenings, not two accounts of one ("convicted
 * Tuesday" / "a video released Thursday"). Outlets tell one happening in other verbs ("a fire
 * ripped through" / "a fire destroyed", "shook … and caused damage" / "hit … damaging"): any of
 * these links keeps the pair. An unknown or light verb ("made off with") says nothing.
 */
export function oneHappening(
  a: AlignUnit,
  verbA: string | null,
  startA: number,
  b: AlignUnit,
  verbB: string | null,
  startB: number,
  context: ConflictContext,
  /** The thing two counts count ("lifeboat"): opening on it says nothing of what happened to it. */
  counted: string | null = null,
): boolean {
  if (context.similarity(a, b) >= SAME_WORDING) return true;
  if (verbA === null || verbB === null || LIGHT_VERBS.has(verbA) || LIGHT_VERBS.has(verbB))
    return true;
  const left = happeningsOf(a).verbs;
  const right = happeningsOf(b).verbs;
  const ca = eventVerb(verbA);
  const cb = eventVerb(verbB);
  if (ca === cb || names(b, ca, left) || names(a, cb, right)) return true;
  // Another verb both tell as happened, not one describing a noun ("a quake that killed ten").
  const toldB = toldVerbsOf(b);
  if ([...toldVerbsOf(a)].some((verb) => toldB.has(verb))) return true;
  const subject = happeningsOf(a).subject;
  if (subject !== null && subject !== counted && subject === happeningsOf(b).subject) return true;
  const nouns = happeningNounsBefore(b, startB);
  return [...happeningNounsBefore(a, startA)].some((noun) => nouns.has(noun));
}
