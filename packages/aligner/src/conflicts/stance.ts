import type { Conflict } from "@parallax/core";
import { ABOUT_TALKS } from "../../lexicons/stance-phrases.ts";
import { dayGap } from "../align/days.ts";
import { OPTIMISTIC, PESSIMISTIC } from "../align/stance.ts";
import type { AlignUnit } from "../align/units.ts";

/** Opposite assessments count as one disagreement only when made this close in time. */
const STANCE_WINDOW_DAYS = 2;

export type StanceFinding = { units: AlignUnit[]; conflict: Conflict };

function phraseValue(unit: AlignUnit, pattern: RegExp): Conflict["values"][number] {
  const match = pattern.exec(unit.text);
  if (!match) return { articleId: unit.articleId, text: unit.text, span: unit.span };
  const start = unit.span.start + match.index;
  return {
    articleId: unit.articleId,
    text: match[0],
    span: { articleId: unit.span.articleId, start, end: start + match[0].length },
  };
}

/**
 * Different people's opposite assessments of the same talks within a couple of days ("very close to a
 * deal" vs "at an impasse"), each attributed: one finding per optimistic statement, naming every
 * pessimistic counterpart. Statements without a resolved speaker and day are left out: an unattributed
 * mood is the outlet's, and a change of mind over a week is the story moving, not a disagreement.
 */
export function stanceFindings(
  units: readonly AlignUnit[],
  entityName: (id: string) => string,
): StanceFinding[] {
  const attributed = units.filter(
    (u) => u.speakers.size > 0 && u.saidOn !== null && u.lemmas.some((l) => ABOUT_TALKS.has(l)),
  );
  const up = attributed.filter((u) => u.stance === 1);
  const down = attributed.filter((u) => u.stance === -1);
  const findings: StanceFinding[] = [];
  const seenSpeakers = new Set<string>();
  // Each statement's speakers as one key, made once: spreading and sorting both sets per meeting of
  // two statements was most of this pass.
  const speakerKeys = new Map<AlignUnit, string>();
  const speakerKey = (u: AlignUnit) => {
    let key = speakerKeys.get(u);
    if (key === undefined) {
      key = [...u.speakers].sort().join("+");
      speakerKeys.set(u, key);
    }
    return key;
  };
  const shareSpeaker = (x: AlignUnit, y: AlignUnit) => {
    for (const id of x.speakers) if (y.speakers.has(id)) return true;
    return false;
  };
  // The pessimistic statements by speakers, each speaker key's keeping the first statement of each
  // day and speaker set, in story order: every optimistic statement met every pessimistic one (a
  // large story's copies of one remark by the hundred), while the first statement of a speaker key
  // that passes both checks is always such a first one, and only that one can be chosen.
  const bySpeakers = new Map<string, { unit: AlignUnit; position: number }[]>();
  const variants = new Set<string>();
  down.forEach((unit, position) => {
    const key = speakerKey(unit);
    const variant = `${unit.saidOn}\u0000${[...unit.speakers].sort().join("\u0000")}`;
    if (variants.has(variant)) return;
    variants.add(variant);
    const list = bySpeakers.get(key);
    if (list) list.push({ unit, position });
    else bySpeakers.set(key, [{ unit, position }]);
  });
  for (const optimistic of up) {
    // One counterpart per speaker, the first in story order, and each pairing of speakers reported
    // once.
    const optimisticKey = speakerKey(optimistic);
    const picked: { unit: AlignUnit; position: number }[] = [];
    for (const [key, list] of bySpeakers) {
      if (seenSpeakers.has(`${optimisticKey}|${key}`)) continue;
      const first = list.find(
        ({ unit: d }) =>
          !shareSpeaker(d, optimistic) &&
          dayGap(d.saidOn as string, optimistic.saidOn as string) <= STANCE_WINDOW_DAYS,
      );
      if (first) picked.push(first);
    }
    picked.sort((x, y) => x.position - y.position);
    const chosen = picked.map(({ unit }) => unit);
    for (const d of chosen) seenSpeakers.add(`${optimisticKey}|${speakerKey(d)}`);
    if (chosen.length === 0) continue;
    const who = (u: AlignUnit) => [...u.speakers].map(entityName).join(", ");
    findings.push({
      units: [optimistic, ...chosen],
      conflict: {
        kind: "stance",
        subject: `state of the talks: ${who(optimistic)} vs ${chosen.map(who).join(", ")}`,
        values: [
          phraseValue(optimistic, OPTIMISTIC),
          ...chosen.map((d) => phraseValue(d, PESSIMISTIC)),
        ],
      },
    });
  }
  return findings;
}
