import type { DatePrecision, TimelineEvent } from "@parallax/core";
import type { AlignUnit } from "./align-units.ts";

type Candidate = {
  date: string;
  precision: DatePrecision;
  unit: AlignUnit;
  groupId: string;
  dateText: string;
  dateStart: number;
};

/**
 * The label of a dated sub-event: the clause of the statement around the date, widened to the
 * neighbouring clause when it is too short to say what happened ("Kim Yong-beom on Sunday").
 */
export function eventLabel(text: string, dateStart: number, dateEnd: number): string {
  const bounds = [0];
  const boundary = /\s[—–]\s|;\s|,\s(?=(?:after|before|while|where|and|but|who|which|as)\b)|:\s/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text))
    bounds.push(m.index, m.index + m[0].length);
  bounds.push(text.length);
  let from = 0;
  let to = text.length;
  for (let i = 0; i + 1 < bounds.length; i += 2) {
    const start = bounds[i] as number;
    const end = bounds[i + 1] as number;
    if (dateStart >= start && dateEnd <= end) {
      from = start;
      to = end;
      if (text.slice(from, to).split(/\s+/).length < 7 && i >= 2) from = bounds[i - 2] as number;
      break;
    }
  }
  let label = text
    .slice(from, to)
    .trim()
    .replace(/^[“"”]+|[“"”.]+$/g, "");
  if (label.length > 140) {
    const center = Math.max(0, dateStart - from - 60);
    label = `${center > 0 ? "…" : ""}${label.slice(center, center + 130).replace(/\s+\S*$/, "")}…`;
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
        precision: date.precision,
        unit,
        groupId: groupOfUnit.get(unit.index) as string,
        dateText: date.text,
        dateStart: date.span.start,
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
    const match = events.find(
      (event) =>
        event.date === candidate.date &&
        (event.groups.has(candidate.groupId) || people.some((id) => event.people.has(id))),
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
  return events.map((event, index) => {
    // The plainest wording: the shortest label among the event's statements.
    const labels = event.members.map((m) =>
      eventLabel(
        m.unit.text,
        m.dateStart - m.unit.span.start,
        m.dateStart - m.unit.span.start + m.dateText.length,
      ),
    );
    const label =
      [...labels].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0] ?? "";
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
