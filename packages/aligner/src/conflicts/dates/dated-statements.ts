import type { DateReference } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { datesSpeech, prospectiveAt } from "../guards.ts";
import { dateVerb, dayName, daysOf } from "./day-values.ts";

/** A dated statement's day name, key, speech flag, verb and tense, read once per story. */
export type DatedEntry = {
  unit: AlignUnit;
  date: DateReference;
  name: string;
  key: string;
  said: boolean;
  verb: string | null;
  prospective: boolean;
};

const datedByStory = new WeakMap<
  readonly AlignUnit[],
  { byArticle: Map<string, AlignUnit[]>; dated: DatedEntry[] }
>();

/**
 * The story's statements by article and its dated statements with their readings, in story order:
 * each a pure reading of its statement, worked out once for the story's own date rows and again
 * asked for those of the described happenings (conflicts/dates/described-happenings.ts).
 */
export function datedOfStory(units: readonly AlignUnit[]): {
  byArticle: Map<string, AlignUnit[]>;
  dated: DatedEntry[];
} {
  const known = datedByStory.get(units);
  if (known) return known;
  const byArticle = new Map<string, AlignUnit[]>();
  const dated: DatedEntry[] = [];
  for (const unit of units) {
    if (!unit) continue;
    const own = byArticle.get(unit.articleId);
    if (own) own.push(unit);
    else byArticle.set(unit.articleId, [unit]);
    for (const date of daysOf(unit)) {
      const name = dayName(date);
      dated.push({
        unit,
        date,
        name,
        key: `${unit.articleId}|${name}`,
        said: datesSpeech(unit, date.span.start),
        verb: dateVerb(unit, date),
        prospective: prospectiveAt(unit, date.span.start),
      });
    }
  }
  const read = { byArticle, dated };
  datedByStory.set(units, read);
  return read;
}
