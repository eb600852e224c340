import type { Conflict } from "@parallax/core";
import { genderAllows } from "../../align/speaker-naming.ts";
import type { AlignUnit } from "../../align/units.ts";
import { type ConflictContext, conflictEvidence, sameEvent } from "../guards.ts";
import { tellRefusal } from "../refusals.ts";
import { quotedWithin } from "./inner-quotation.ts";
import { fullName, mayBeOnePerson } from "./names.ts";
import { rewordedCandidates, rewordedRemark } from "./reworded-remark.ts";
import {
  MIN_FRAGMENT_WORDS,
  MIN_QUOTED_WORDS,
  namesIn,
  SAME_WORDS,
  type Spoken,
  sameWordsShare,
  sharedCount,
} from "./same-words.ts";

function spokenIn(units: readonly AlignUnit[]): Spoken[] {
  return units.flatMap((unit) =>
    unit.quotes.flatMap((quote) => {
      if (quote.speaker === null) return [];
      const lemmas = new Set(quote.lemmas);
      return [{ unit, quote, lemmas, names: namesIn(quote, lemmas) }];
    }),
  );
}

/**
 * Share of the longer quotation's words the shorter must also quote when one speaker is read back
 * through "he said": a few words found inside a long quotation ("his hands were down" in a
 * spokesman's account of the suspect's hands) are too little to hold a pronoun to.
 */
const READ_BACK_EXTENT = 0.5;

function alikeInLength(a: Spoken, b: Spoken): boolean {
  // The very same words, however common ("If there was any more I could do, I would").
  if (a.quote.words === b.quote.words) return true;
  const larger = Math.max(a.lemmas.size, b.lemmas.size);
  return larger > 0 && sharedCount(a.lemmas, b.lemmas) / larger >= READ_BACK_EXTENT;
}

/** Whether a quotation's words are (mostly) part of another's. */
function partOf(fragment: Spoken, whole: Spoken): boolean {
  if (fragment.lemmas.size < MIN_FRAGMENT_WORDS) return false;
  return sharedCount(fragment.lemmas, whole.lemmas) / fragment.lemmas.size >= SAME_WORDS;
}

/**
 * Whether another outlet's quotation is the remark in conflict: a part of one side's words, or the
 * same words by the check that decided the conflict ("At the time, I thought it was a brick" holds
 * "I thought it was a brick" with a word more; a short remark quoted word for word).
 */
function sameRemark(other: Spoken, side: Spoken): boolean {
  return (
    partOf(other, side) ||
    sameWordsShare(other, side) >= SAME_WORDS ||
    rewordedRemark(
      { lemmas: other.lemmas, words: other.quote.words },
      { lemmas: side.lemmas, words: side.quote.words },
    )
  );
}

/**
 * Whether a row member's speaker stands on one side of the conflict: one of the two people, or a
 * spelling of only one of them that the story kept apart ("Governor Dale" beside "Ann Dale").
 */
function sideOf(
  speaker: string,
  sa: string,
  sb: string,
  context: ConflictContext,
  onePerson: (x: string, y: string) => boolean,
): boolean {
  if (speaker === sa || speaker === sb) return true;
  const name = context.entityName(speaker);
  return onePerson(name, context.entityName(sa)) !== onePerson(name, context.entityName(sb));
}

/**
 * `mayBeOnePerson`, decided once per two names: a thousand-article story meets the same two
 * speakers' names at every repeat of their quotations, and each decision splits and compares spellings.
 */
function onePersonMemo(): (x: string, y: string) => boolean {
  const known = new Map<string, boolean>();
  return (x, y) => {
    const key = `${x}\u0000${y}`;
    let same = known.get(key);
    if (same === undefined) {
      same = mayBeOnePerson(x, y);
      known.set(key, same);
    }
    return same;
  };
}

/**
 * The quotations, by index, that can be the same remark as a side (`sameRemark`): it needs a shared
 * content word or the very same words, so a finding's row reads these, not every quotation of
 * the story. Ascending, like the story's order.
 */
function remarkCandidates(spoken: readonly Spoken[]): (sides: readonly Spoken[]) => number[] {
  const holders = new Map<string, number[]>();
  const byWords = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (list) list.push(index);
    else map.set(key, [index]);
  };
  spoken.forEach((s, index) => {
    for (const l of s.lemmas) add(holders, l, index);
    add(byWords, s.quote.words, index);
  });
  const reworded = rewordedCandidates(
    spoken.map((s) => ({ lemmas: s.lemmas, words: s.quote.words })),
  );
  return (sides) => {
    const found = new Set<number>();
    for (const side of sides) {
      for (const l of side.lemmas) for (const j of holders.get(l) ?? []) found.add(j);
      for (const j of byWords.get(side.quote.words) ?? []) found.add(j);
      for (const j of reworded({ lemmas: side.lemmas, words: side.quote.words })) found.add(j);
    }
    return [...found].sort((x, y) => x - y);
  };
}

/**
 * The later quotations that may hold the same words as each quotation, in order. When two hold the
 * same words, one of the shorter one's rarest `size - floor(SAME_WORDS * size) + 1` words is in the
 * other (prefix filtering; a short remark counts only when all its words are shared or it is
 * quoted word for word). Exact, and it keeps a thousand-article story, which quotes thousands of
 * times, from comparing every pair of quotations.
 */
function laterMates(spoken: readonly Spoken[]): (i: number) => number[] {
  const frequency = new Map<string, number>();
  for (const s of spoken) for (const l of s.lemmas) frequency.set(l, (frequency.get(l) ?? 0) + 1);
  const holders = new Map<string, number[]>();
  const rareHolders = new Map<string, number[]>();
  const byWords = new Map<string, number[]>();
  const listIn = (map: Map<string, number[]>, key: string): number[] => {
    let list = map.get(key);
    if (!list) {
      list = [];
      map.set(key, list);
    }
    return list;
  };
  const rare = spoken.map((s, index) => {
    const size = s.lemmas.size;
    const length = size < MIN_QUOTED_WORDS ? 1 : size - Math.floor(SAME_WORDS * size) + 1;
    const words = [...s.lemmas].sort((x, y) => (frequency.get(x) ?? 0) - (frequency.get(y) ?? 0));
    for (const l of s.lemmas) listIn(holders, l).push(index);
    for (const l of words.slice(0, length)) listIn(rareHolders, l).push(index);
    listIn(byWords, s.quote.words).push(index);
    return words.slice(0, length);
  });
  const stamp = new Int32Array(spoken.length).fill(-1);
  return (i) => {
    const mates: number[] = [];
    const add = (j: number) => {
      if (j <= i || stamp[j] === i) return;
      stamp[j] = i;
      mates.push(j);
    };
    const s = spoken[i] as Spoken;
    for (const l of rare[i] as string[]) for (const j of holders.get(l) ?? []) add(j);
    for (const l of s.lemmas) for (const j of rareHolders.get(l) ?? []) add(j);
    for (const j of byWords.get(s.quote.words) ?? []) add(j);
    return mates.sort((x, y) => x - y);
  };
}

/** A speaker conflict with the statements whose values it lists, the first one's group its home. */
export type SpeakerFinding = { units: AlignUnit[]; conflict: Conflict };

/**
 * The same quoted words credited to different people: each quotation holds (nearly) the same
 * words, each names its speaker at the attribution itself ("…," Kim said), and the two named
 * speakers are different people — not a pronoun read back to someone, not two spellings of one name.
 * The quotation itself shows the two statements report one remark, wherever alignment grouped them.
 * One conflict per remark, naming every outlet's speaker of those words.
 */
export function speakerFindings(
  units: readonly AlignUnit[],
  context: ConflictContext,
): SpeakerFinding[] {
  const spoken = spokenIn(units);
  // A speaker read back to the last person named before the quote ("…," he said) can stand
  // against one named at the attribution, never against another read back: one side is named.
  const named = spoken.filter((s) => s.quote.named || s.quote.readBack);
  const findings: SpeakerFinding[] = [];
  const mates = laterMates(named);
  const onePerson = onePersonMemo();
  const candidates = remarkCandidates(spoken);
  // The pair checks read from flat arrays by quotation: a thousand-article story meets its
  // quotations' later mates by the million, most of them one speaker's words in another outlet,
  // and reading each from its statement's object cost more than the checks.
  const articleOf = Int32Array.from(named, (s) => s.unit.articleIndex);
  const speakerOf = named.map((s) => s.quote.speaker as string);
  const isNamed = Uint8Array.from(named, (s) => (s.quote.named ? 1 : 0));
  // Whether the quotation's statement is in a row already (each statement joins one row).
  const inRow = new Uint8Array(named.length);
  const quotationsOf = new Map<AlignUnit, number[]>();
  named.forEach((s, i) => {
    const list = quotationsOf.get(s.unit);
    if (list) list.push(i);
    else quotationsOf.set(s.unit, [i]);
  });
  // The first guard that keeps two quotations' speakers from disagreeing, by name, or null when
  // they disagree: the checks run in this order, and the first that refuses ends the reading.
  const speakerRefusal = (i: number, j: number): string | null => {
    if (!isNamed[i] && !isNamed[j]) return "neitherNamed";
    if (inRow[i] || inRow[j]) return "inRow";
    const sa = speakerOf[i] as string;
    const sb = speakerOf[j] as string;
    if (sa === sb) return "sameSpeaker";
    const a = named[i] as Spoken;
    const b = named[j] as Spoken;
    if (sameWordsShare(a, b) < SAME_WORDS) return "sameWordsShare";
    if ((a.quote.readBack || b.quote.readBack) && !alikeInLength(a, b)) return "alikeInLength";
    // “Lund and her team ‘were careless.’ Not fit!”: the words another outlet credits are quoted
    // by this speaker from someone else (inner-quotation.ts).
    if (quotedWithin(a.unit.text, b.lemmas) || quotedWithin(b.unit.text, a.lemmas))
      return "quotedWithin";
    const na = context.entityName(sa);
    const nb = context.entityName(sb);
    // "…," he said, read back to "Reid", whom the story names "Dana Reid": not her words.
    if (!genderAllows(a.quote.pronoun, na) || !genderAllows(b.quote.pronoun, nb))
      return "genderAllows";
    if (onePerson(na, nb)) return "onePerson";
    // Two people, each known by a full name or read as a person by the story ("…," said Pell, of a
    // person no outlet names in full): "Authorities described the fire as …" names no one.
    if (context.isPerson) {
      if (!context.isPerson(sa) || !context.isPerson(sb)) return "isPerson";
    } else if (!fullName(na) || !fullName(nb)) return "fullName";
    // Two alike events of one story (two fires, two trials) can hear alike words from two people.
    if (!sameEvent(a.unit, b.unit, context)) return "sameEvent";
    return null;
  };
  for (let i = 0; i < named.length; i += 1) {
    if (inRow[i]) continue;
    const a = named[i] as Spoken;
    const sa = speakerOf[i] as string;
    for (const j of mates(i)) {
      if (articleOf[j] === articleOf[i]) continue;
      const refused = speakerRefusal(i, j);
      if (refused !== null) {
        tellRefusal(
          context.refused,
          "speaker",
          refused,
          (named[i] as Spoken).unit,
          (named[j] as Spoken).unit,
        );
        continue;
      }
      const b = named[j] as Spoken;
      const sb = speakerOf[j] as string;
      const overlap = sameWordsShare(a, b);
      tellRefusal(context.refused, "speaker", "found", a.unit, b.unit);
      const row = [a, b];
      const seen = new Set([`${a.unit.articleId}|${sa}`, `${b.unit.articleId}|${sb}`]);
      // Every outlet crediting the words to one of the two belongs in the row, named at its
      // attribution or not ("…," he said), quoting all of them or a part: the check above decides
      // the conflict, not the row.
      // Sides are decided once per speaker: a story of a thousand articles has thousands of
      // quotations, and `sideOf` compares spellings.
      const sides = new Map<string, boolean>();
      for (const index of candidates([a, b])) {
        const other = spoken[index] as Spoken;
        const speaker = other.quote.speaker as string;
        const key = `${other.unit.articleId}|${speaker}`;
        if (seen.has(key)) continue;
        if (!sameRemark(other, a) && !sameRemark(other, b)) continue;
        let side = sides.get(speaker);
        if (side === undefined) {
          side = sideOf(speaker, sa, sb, context, onePerson);
          sides.set(speaker, side);
        }
        if (!side) continue;
        seen.add(key);
        row.push(other);
      }
      for (const member of row) for (const k of quotationsOf.get(member.unit) ?? []) inRow[k] = 1;
      findings.push({
        units: row.map((s) => s.unit),
        conflict: {
          kind: "speaker",
          subject: "who said it",
          values: row.map((s) => ({
            articleId: s.unit.articleId,
            text: context.entityName(s.quote.speaker as string),
            span: s.unit.span,
          })),
          evidence: conflictEvidence(a.unit, b.unit, context, [
            {
              kind: "quote",
              label: `same quoted words (${Math.round(overlap * 100)}% shared)`,
              weight: Math.round(overlap * 1e4) / 1e4,
            },
          ]),
        },
      });
    }
  }
  return findings;
}

/** The speaker conflicts among some statements (see `speakerFindings`). */
export function speakerConflicts(
  units: readonly AlignUnit[],
  context: ConflictContext,
): Conflict[] {
  return speakerFindings(units, context).map((f) => f.conflict);
}
