import type { Article } from "@parallax/core";
import { MONTHS } from "../../../lexicons/calendar-words.ts";
import { DAY_MS, dayNumber, monthNumber } from "./calendar-days.ts";

/** The day every relative date is resolved against, and how it was found. */
export type DateAnchor = { day: number; status: "resolved" | "inferred"; from: string };

/** "2025.10.22" or "October 20, 2025" written in the body. */
const FULL_DATE_IN_BODY = new RegExp(
  `\\b(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})\\b|\\b(${MONTHS.join("|")}) (\\d{1,2}), (\\d{4})\\b`,
  "g",
);

/**
 * The publication day (see publicationDay), else (status "inferred") the latest date of an embedded post or a
 * dated photo caption; null when nothing dates the article.
 */
export function dateAnchor(article: Article): DateAnchor | null {
  const published = article.publishedAt;
  if (published) {
    const day = publicationDay(published.value);
    if (day !== null) {
      const inferred = published.source === "caption" || published.source === "embed";
      return { day, status: inferred ? "inferred" : "resolved", from: published.text };
    }
  }
  let best: DateAnchor | null = null;
  for (const embed of article.embeds) {
    const day = embed.date ? publicationDay(embed.date) : null;
    if (day !== null && (best === null || day > best.day)) {
      best = { day, status: "inferred", from: `embedded post dated ${embed.date}` };
    }
  }
  for (const caption of article.captions) {
    const m = /\b(\d{4})\.(\d{1,2})\.(\d{1,2})\b/.exec(caption.text);
    if (m) {
      const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
      if (best === null || day > best.day) best = { day, status: "inferred", from: m[0] };
    }
  }
  if (best !== null) return best;
  // Last resort: the latest full date written in the body ("2025.10.22", "October 20, 2025").
  for (const m of article.body.matchAll(FULL_DATE_IN_BODY)) {
    const day = m[1]
      ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3]))
      : dayNumber(Number(m[6]), monthNumber(m[4] ?? ""), Number(m[5]));
    if (Number.isFinite(day) && (best === null || day > best.day)) {
      best = { day, status: "inferred", from: m[0] };
    }
  }
  return best;
}

/**
 * The calendar day of a publication time: in the article's own time zone when the value carries
 * the offset its dateline wrote ("2026-11-18T18:40:00+01:00" is the 18th, as the outlet dates
 * it). A bare "Z" time is a machine's, not the outlet's, and nothing says where the outlet is:
 * its UTC day is the only reading that assumes no zone.
 */
function publicationDay(value: string): number | null {
  if (/^\d{4}-\d{2}-\d{2}(?:$|T[\d:.]+[+-]\d{2}:?\d{2}$)/.test(value)) {
    return dayNumber(
      Number(value.slice(0, 4)),
      Number(value.slice(5, 7)),
      Number(value.slice(8, 10)),
    );
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  return Math.floor(ms / DAY_MS);
}
