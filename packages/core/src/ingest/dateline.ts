import type { PublishedAt } from "../schemas/article.ts";
import { isoDate, isoDateTime, readWrittenDate, type WrittenDate } from "./written-date.ts";

/** "Published: 24 Oct. 2025, 10:02", "Posted on October 24, 2025 at 10:02 a.m. KST", "Updated 2025-10-24". */
const LABELLED =
  /^(published|posted|first published|date|updated|last updated|modified|입력|수정)(?: on)?\s*[:：]?\s*/i;

export type DatelineLine = {
  kind: "published" | "updated";
  date: WrittenDate;
  /** The whole line as written. */
  text: string;
};

/**
 * Reads a dateline line: a labelled date ("Published: …", "Updated: …") or a line that is only a
 * date. Returns null for anything else, including prose that merely starts with a date.
 */
export function parseDatelineLine(line: string): DatelineLine | null {
  const text = line.trim();
  if (text.length < 6 || text.length > 120) return null;
  const label = LABELLED.exec(text);
  const rest = label ? text.slice(label[0].length) : text;
  const date = readWrittenDate(rest);
  if (!date) return null;
  const after = rest.slice(date.length).trim();
  // Only trailing separators or a short note like "| Updated …" may follow the date.
  if (!label && after !== "") return null;
  if (label && after.length > 60) return null;
  const word = (label?.[1] ?? "published").toLowerCase();
  const kind = /updated|modified|수정/.test(word) ? "updated" : "published";
  return { kind, date, text };
}

/**
 * A `PublishedAt` from a date: minute precision with the printed or the outlet's offset, else
 * the date alone at day precision (a time without a known zone cannot be placed on the timeline).
 */
export function toPublishedAt(
  date: WrittenDate,
  fallbackOffset: string | null,
  source: PublishedAt["source"],
  text: string,
): PublishedAt {
  const offset = date.offset ?? fallbackOffset;
  if (date.hour !== null && offset !== null) {
    return { value: isoDateTime(date, offset), precision: "minute", source, text };
  }
  return { value: isoDate(date), precision: "day", source, text };
}
