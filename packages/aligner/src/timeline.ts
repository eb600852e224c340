import type { DatePrecision, TimelineEvent } from "@parallax/core";
import { textMemo } from "./align/text-memo.ts";
import type { AlignUnit } from "./align/units.ts";
import { withBarsAsEmDashes } from "./extract/dash-styles.ts";

type Candidate = {
  date: string;
  precision: DatePrecision;
  unit: AlignUnit;
  groupId: string;
  dateText: string;
  dateStart: number;
  counted: boolean;
};

/**
 * The label of a dated sub-event: the clause of the statement that holds the date; when that clause
 * is too short to say what happened ("Amos Vint on Monday"), the sentence's first clause is put
 * before it ("Both officials had returned home just days earlier … Amos Vint on Monday").
 */
export function eventLabel(text: string, dateStart: number, dateEnd: number): string {
  const bounds = [0];
  const boundary =
    /\s[—–]\s|;\s|,\s(?=(?:after|before|while|where|and|but|who|which|as|saying)\b)|:\s|(?<=day)\sand\s/g;
  // Clauses are cut where a horizontal bar stands as where an em dash does; the label keeps the
  // bar as written.
  const read = withBarsAsEmDashes(text);
  for (let m = boundary.exec(read); m; m = boundary.exec(read))
    bounds.push(m.index, m.index + m[0].length);
  bounds.push(text.length);
  let label = text;
  for (let i = 0; i + 1 < bounds.length; i += 2) {
    const start = bounds[i] as number;
    const end = bounds[i + 1] as number;
    if (dateStart >= start && dateEnd <= end) {
      label = text.slice(start, end);
      if (label.split(/\s+/).length < 7 && i >= 2) {
        label = `${text.slice(0, bounds[1] as number).trim()} … ${label.trim()}`;
      } else if (start > 0) {
        // A clause from the middle of a sentence says so, instead of reading as a sentence start.
        label = `… ${label.trim()}`;
      }
      break;
    }
  }
  label = label.trim().replace(/^[“"”]+|[“"”.,]+$/g, "");
  // A clause cut out of a quoted sentence keeps only one of its quotation marks: drop the orphans.
  const opening = (label.match(/“/g) ?? []).length;
  const closing = (label.match(/”/g) ?? []).length;
  const straight = (label.match(/"/g) ?? []).length;
  if (opening !== closing || straight % 2 === 1) label = label.replace(/[“”"]/g, "");
  if (label.length > 140) {
    const center = Math.max(0, dateStart - 60);
    const from = Math.min(center, Math.max(0, label.length - 130));
    const start = from > 0 ? label.indexOf(" ", from) + 1 : 0;
    label = `${start > 0 ? "… " : ""}${label.slice(start, from + 130).replace(/\s+\S*$/, "")} …`;
  }
  return label;
}

/**
 * The story's dated sub-events in order. Each dated statement is a candidate; candidates on the same
 * day join when they are in one claim group or name the same person, so "Kim returned Sunday" told
 * by two outlets is one event while another person's remark that day is another.
 */
export function buildTimeline(
  units: readonly AlignUnit[],
  groupOfUnit: ReadonlyMap<number, string>,
  commonEntities: ReadonlySet<string>,
  personIds: ReadonlySet<string>,
): TimelineEvent[] {
  const candidates: Candidate[] = [];
  for (const unit of units) {
    for (const date of unit.dates) {
      if (!date.value) continue;
      candidates.push({
        date: date.value,
        // A day's timeline does not split "11 p.m. the previous day" from "late Tuesday".
        precision:
          date.precision === "minute" || date.precision === "hour" ? "day" : date.precision,
        unit,
        groupId: groupOfUnit.get(unit.index) as string,
        dateText: date.text,
        dateStart: date.span.start,
        // "returning" inside "two days after returning home": a day counted from another date.
        counted: unit.dates.some(
          (other) =>
            other !== date &&
            other.span.start <= date.span.start &&
            date.span.end <= other.span.end &&
            other.span.end - other.span.start > date.span.end - date.span.start,
        ),
      });
    }
  }
  candidates.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (a.unit.articleId < b.unit.articleId ? -1 : a.unit.articleId > b.unit.articleId ? 1 : 0) ||
      a.dateStart - b.dateStart,
  );
  const salient = (unit: AlignUnit) =>
    [...unit.entities].filter((id) => personIds.has(id) && !commonEntities.has(id));
  type Event = {
    date: string;
    precision: DatePrecision;
    members: Candidate[];
    people: Set<string>;
    groups: Set<string>;
  };
  const events: Event[] = [];
  for (const candidate of candidates) {
    const people = salient(candidate.unit);
    // Same day and precision: one event, unless each side names people and they differ
    // (one leader's remark and a minister's briefing on one day are two events).
    const match = events.find(
      (event) =>
        event.date === candidate.date &&
        event.precision === candidate.precision &&
        (event.groups.has(candidate.groupId) ||
          people.some((id) => event.people.has(id)) ||
          people.length === 0 ||
          event.people.size === 0),
    );
    if (match) {
      match.members.push(candidate);
      for (const id of people) match.people.add(id);
      match.groups.add(candidate.groupId);
    } else {
      events.push({
        date: candidate.date,
        precision: candidate.precision,
        members: [candidate],
        people: new Set(people),
        groups: new Set([candidate.groupId]),
      });
    }
  }
  // "Last week" or "next week's summit" adds nothing when the story dates something in that week to
  // the day in the same outlet or claim group: the week-level entry is a vaguer copy of it.
  const dayEvents = events.filter((event) => event.precision === "day");
  const covered = (event: Event) => {
    if (event.precision !== "week") return false;
    const start = event.date.slice(0, 10);
    const end = new Date(Date.parse(start) + 6 * 86_400_000).toISOString().slice(0, 10);
    const articles = new Set(event.members.map((m) => m.unit.articleId));
    return dayEvents.some((day) => {
      const date = day.date.slice(0, 10);
      return (
        date >= start &&
        date <= end &&
        (day.members.some((m) => articles.has(m.unit.articleId)) ||
          [...day.groups].some((id) => event.groups.has(id)))
      );
    });
  };
  // A label depends on the statement's text and the date's place in it alone: a large story's
  // copies of one sentence (~19,000 statements of ~1,400 texts on a generated 1,000-article story)
  // each cut out the same clause again.
  const labelOf = textMemo((text, place) => {
    const [start, end] = place.split(",").map(Number) as [number, number];
    return eventLabel(text, start, end);
  });
  return events
    .filter((event) => !covered(event))
    .map((event, index) => {
      // The plainest wording: the shortest label of a statement that dates the event itself ("on
      // Sunday") rather than relative to another one ("two days after returning home").
      const labels = event.members.map((m) => ({
        relative: m.counted || /\b(?:after|before|ago|previous|earlier|later)\b/i.test(m.dateText),
        text: labelOf(
          m.unit.text,
          `${m.dateStart - m.unit.span.start},${m.dateStart - m.unit.span.start + m.dateText.length}`,
        ),
      }));
      const label =
        [...labels].sort(
          (a, b) =>
            Number(a.relative) - Number(b.relative) ||
            a.text.length - b.text.length ||
            (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
        )[0]?.text ?? "";
      return {
        id: `t${index + 1}`,
        label,
        date: event.date.slice(0, 10),
        precision: event.precision,
        articleIds: [...new Set(event.members.map((m) => m.unit.articleId))].sort(),
        groupIds: [...event.groups].sort(),
      };
    });
}
