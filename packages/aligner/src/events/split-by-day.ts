import type { DateReference } from "@parallax/core";
import { WEEKDAYS } from "../../lexicons/calendar-words.ts";
import { REPORTING_VERB_FORMS } from "../../lexicons/reporting-verbs.ts";
import type { AlignUnit } from "../align/units.ts";
import type { ArticleSimilarity } from "../article-similarity.ts";
import { datesDiffer, dateVerb, daysOf, weekdayNamed } from "../conflicts/day-values.ts";
import { datesSpeech } from "../conflicts/guards.ts";
import { PART_ARTICLES, splitIntoParts } from "./split-parts.ts";
import type { EventCluster } from "./story-events.ts";

/** Verbs of saying (base forms): the day they date is when it was told, not when it happened. */
const SAYING = new Set(
  REPORTING_VERB_FORMS.split("\n")
    .map((line) => line.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean),
);

/** Weekdays in the week's order, lower case as `weekdayNamed` gives them. */
const WEEK = WEEKDAYS.map((name) => name.toLowerCase());
const DAY_MS = 86_400_000;

/**
 * Whether two days are surely two happenings' days: they differ (`datesDiffer`) by more than one
 * day. Next days are often one happening's, told from two time zones or by its start and its end
 * ("late Tuesday" / "early Wednesday").
 */
function daysApart(x: DateReference, y: DateReference): boolean {
  if (!datesDiffer(x, y)) return false;
  const wx = weekdayNamed(x);
  const wy = weekdayNamed(y);
  if (wx && wy) {
    const gap = Math.abs(WEEK.indexOf(wx) - WEEK.indexOf(wy));
    return Math.min(gap, 7 - gap) > 1;
  }
  if (!x.value || !y.value) return true;
  const gap = Math.abs(Date.parse(x.value) - Date.parse(y.value));
  return Number.isNaN(gap) || gap > DAY_MS;
}

/** A day as statements name it: by its weekday when one is named, else its resolved day. */
function dayKey(date: DateReference): string {
  return weekdayNamed(date) ?? date.value ?? date.text.trim().toLowerCase();
}

/**
 * The days an event's statements give for what happened, by article: days dating a verb of the
 * statement, not the day something was said ("police said Friday").
 */
function daysByArticle(
  event: EventCluster,
  units: readonly AlignUnit[],
): Map<number, Map<string, DateReference>> {
  const byArticle = new Map<number, Map<string, DateReference>>();
  for (const index of event.units) {
    const unit = units[index] as AlignUnit;
    for (const date of daysOf(unit)) {
      const verb = dateVerb(unit, date);
      if (datesSpeech(unit, date.span.start) || verb === null || SAYING.has(verb)) continue;
      const days = byArticle.get(unit.articleIndex) ?? new Map<string, DateReference>();
      days.set(dayKey(date), date);
      byArticle.set(unit.articleIndex, days);
    }
  }
  return byArticle;
}

/**
 * Splits an event whose articles date it on days apart: two alike happenings of one kind (two
 * earthquakes, two outages of one network) told with the same words are told on different days.
 * A day marks a part when PART_ARTICLES articles or more give it, it is more than a day from every
 * other marking day, and the article gives no other marking day (an article giving both tells
 * both, or the story's background); the articles giving none join the part whose articles they
 * are most alike to (`split-parts.ts`). Only the broad reading of the events is split: the date
 * conflicts compare the days within the narrow one, where one outlet's other day is a conflict.
 *
 * Work per event: its statements' days, then its articles against the parts (a few).
 */
export function splitByDay(
  events: readonly EventCluster[],
  units: readonly AlignUnit[],
  articles: ArticleSimilarity,
): EventCluster[] {
  return events.flatMap((event) => splitOne(event, units, articles));
}

function splitOne(
  event: EventCluster,
  units: readonly AlignUnit[],
  articles: ArticleSimilarity,
): EventCluster[] {
  const days = daysByArticle(event, units);
  if (days.size < 2 * PART_ARTICLES) return [event];
  const giving = new Map<string, { date: DateReference; articles: number[] }>();
  for (const [article, own] of days)
    for (const [key, date] of own) {
      const entry = giving.get(key) ?? { date, articles: [] };
      entry.articles.push(article);
      giving.set(key, entry);
    }
  let marks = [...giving].filter(([, e]) => e.articles.length >= PART_ARTICLES);
  // Days that differ from every other marking day: two alike names ("Friday", "2024-05-03" with no
  // weekday) may be one day and mark nothing.
  marks = marks.filter(([key, e]) =>
    marks.every(([other, o]) => other === key || daysApart(e.date, o.date)),
  );
  if (marks.length < 2) return [event];
  const markKeys = new Set(marks.map(([key]) => key));
  // Each article's part: the one marking day it gives; none when it gives two or none.
  const partOf = new Map<number, string>();
  for (const [article, own] of days) {
    const given = [...own.keys()].filter((key) => markKeys.has(key));
    if (given.length === 1) partOf.set(article, given[0] as string);
  }
  return splitIntoParts(event, units, articles, partOf);
}
