import type { FigureKind } from "@parallax/core";
import { EVENT_VERB_CLASSES } from "../../lexicons/event-words.ts";
import { CASUALTY_STEMS, PEOPLE_PARTICIPLE } from "./casualty-counts.ts";
import { counterHeadRest } from "./counted-head.ts";
import type { AddFigure } from "./counted-nouns.ts";
import { singular } from "./figure-nouns.ts";
import { NUMBER_PATTERN, NUMBER_WORD_PATTERN, parseNumber, readsAsYear } from "./number-words.ts";
import { matchesAt, sticky } from "./word-index.ts";

/** A figure read before the partitives: where it stands and what it counts. */
export interface ReadCount {
  readonly start: number;
  readonly end: number;
  readonly kind: FigureKind;
  readonly unit: string;
  readonly measure: string | null;
}

/** "two of the victims", "four of the plainclothes officers": a number, "of the", a plural noun. */
const OF_THE = new RegExp(
  `\\b(${NUMBER_PATTERN}) of (?:the|those|these) ((?:[a-z][a-z-]* ){0,2}?(?:[a-z][a-z-]*[^s\\W]s|people|children|men|women))\\b`,
  "gi",
);
/**
 * "four of them", "two of whom", and "four others" / "three more" closing a clause ("wounding four
 * others.", "and three more were hurt"): the count refers back to a group named earlier.
 */
const BACK_REFERENCE = new RegExp(
  `\\b(${NUMBER_PATTERN}) (?:of (?:them|whom)\\b|(?:others|more)(?=\\s*(?:[,.;:)—–]|$)|\\s(?:and|were|was|had|have|are|in|on|at|when|after|as|while)\\b))`,
  "gi",
);
const OF_THE_AT = sticky(OF_THE);
const BACK_REFERENCE_AT = sticky(BACK_REFERENCE);
/** Words never standing between "of the" and a counted noun ("two of the most", "one of the first"). */
const NOT_A_MODIFIER =
  /^(?:and|or|of|the|a|an|in|on|at|by|to|for|from|with|that|which|who|was|were|is|are|has|have|had|been|be|most|first|last|best|worst|biggest|largest|other|same|more|less|few)$/;
const NUMBER_WORD = new RegExp(`^(?:${NUMBER_WORD_PATTERN}|\\d[\\d,.]*)$`, "i");
const NOT_COUNTED =
  /^(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|seconds?|percent|sides|others|ones|times)$/;
/** "killing two and wounding four others": the harm verb right before the count names its measure. */
const CASUALTY_BEFORE = new RegExp(
  `\\b(${Object.keys(CASUALTY_STEMS).join("|")})(?:ing|ed) (?:(?:at least|about|around|nearly|almost|more than|over|some|up to|another) )?$`,
);
/**
 * "four of them disguised as porters", "two of whom were armed": the words that say which part;
 * a place or an aside ("15 of them on the island", "three others, including …") names no measure.
 */
const PART_AFTER =
  /^,?\s+(?:(?:were|was|are|had been|have been) )?(?!(?:on|in|at|from|including|with|to|for|of|by|and|or|the|a|an|who|which|that|as)\b)([a-z]+(?: [a-z]+){0,2})/;
const WHOLE_BEFORE = /\b(?:[Aa]ll|[Bb]oth) $/;
/** A sentence end between the antecedent and the count: the group is then not clear. */
const SENTENCE_END = /[.!?;]["”’)]?\s/;

const HARM_MEASURES = new Set(Object.values(CASUALTY_STEMS));

function harmedAt(body: string, start: number): string | null {
  const before = CASUALTY_BEFORE.exec(body.slice(Math.max(0, start - 40), start));
  return before === null ? null : (CASUALTY_STEMS[before[1] ?? ""] ?? null);
}

/**
 * "shooting three clerks, killing two of them": the people a gun is turned on are a group harmed,
 * as the people injured are. Verbs: the shooting class of the event lexicon ("shoot", "gun"), with
 * their -s/-ing/-ed forms, the doubled consonant ("gunned") and the irregular "shot".
 */
const SHOOTING_VERBS = EVENT_VERB_CLASSES.find((row) => row.includes("shoot")) ?? [];
const SHOT_BEFORE = new RegExp(
  `\\b(?:shot|(?:${SHOOTING_VERBS.map((v) => `${v}|${v}${v.at(-1)}`).join("|")})(?:s|ing|ed)?)(?: (?:down|dead))? (?:(?:at least|about|around|nearly|almost|more than|over|some|up to) )?$`,
  "i",
);

/**
 * Whether an earlier count is of people harmed: its measure is a harm verb or one stands before it
 * (a verb of shooting too).
 */
function harmed(body: string, count: ReadCount): boolean {
  const before = body.slice(Math.max(0, count.start - 40), count.start);
  return (
    (count.measure !== null && HARM_MEASURES.has(count.measure)) ||
    harmedAt(body, count.start) !== null ||
    SHOT_BEFORE.test(before)
  );
}

/** How the count's own context names what is counted: a harm verb before or after, else its part. */
function measureOf(
  body: string,
  start: number,
  end: number,
  fallback: string | null,
): string | null {
  const harm = harmedAt(body, start);
  if (harm !== null) return harm;
  const after = PEOPLE_PARTICIPLE.exec(body.slice(end, end + 40));
  if (after !== null) return after[1] ?? null;
  return fallback;
}

/**
 * Partitive counts, read after the plain counts and casualty counts: "two of the victims died" → 2
 * victim; "killing two people and wounding four others" and "six robbers, four of them dressed as
 * porters" → 4 people / 4 robber, the unit of the nearest count earlier in the same sentence (left
 * unread when there is none: the group is not clear). Numbers below two are not read.
 */
export function readPartitives(
  body: string,
  numberStarts: readonly number[],
  earlier: readonly ReadCount[],
  add: AddFigure,
): void {
  for (const m of matchesAt(body, OF_THE_AT, numberStarts)) {
    const value = parseNumber(m[1] ?? "");
    if (!(value >= 2) || readsAsYear(m[1] ?? "", value)) continue;
    // "all three of the cables" is the whole group named again, as "the three cables" is (not counted).
    if (WHOLE_BEFORE.test(body.slice(Math.max(0, m.index - 5), m.index))) continue;
    const firstNoun = m[2] ?? "";
    const words = firstNoun.split(" ");
    if (words.some((w) => NOT_A_MODIFIER.test(w.toLowerCase()) || NUMBER_WORD.test(w))) continue;
    if (/[A-Z]/.test(firstNoun)) continue;
    const nounEnd = m.index + m[0].length;
    const rest = counterHeadRest(body, nounEnd, m[0]);
    const noun = `${firstNoun}${rest}`;
    const head = noun.split(" ").at(-1) ?? "";
    if (NOT_COUNTED.test(head)) continue;
    const figureEnd = m.index + (m[1] ?? "").length;
    const end = nounEnd + rest.length;
    add(
      m.index,
      figureEnd,
      "count",
      value,
      null,
      singular(head),
      measureOf(body, m.index, end, noun),
    );
  }
  for (const m of matchesAt(body, BACK_REFERENCE_AT, numberStarts)) {
    const value = parseNumber(m[1] ?? "");
    if (!(value >= 2) || readsAsYear(m[1] ?? "", value)) continue;
    let antecedent: ReadCount | undefined;
    for (const f of earlier)
      if (
        f.kind === "count" &&
        f.end <= m.index &&
        (antecedent === undefined || f.end > antecedent.end)
      )
        antecedent = f;
    if (antecedent === undefined || SENTENCE_END.test(body.slice(antecedent.end, m.index)))
      continue;
    const end = m.index + m[0].length;
    // "killing two people and wounding four others": after a harm verb the group must be harmed
    // too; "the trial of two men accused of killing one and wounding four others" counts victims.
    if (harmedAt(body, m.index) !== null && !harmed(body, antecedent)) continue;
    const part = PART_AFTER.exec(body.slice(end, end + 40))?.[1] ?? null;
    const figureEnd = m.index + (m[1] ?? "").length;
    add(
      m.index,
      figureEnd,
      "count",
      value,
      null,
      antecedent.unit,
      measureOf(body, m.index, end, part),
    );
  }
}
