import { FINDING_PARTICIPLES, REMAINS_NOUNS } from "../../lexicons/found-remains.ts";
import type { AlignUnit } from "../align/units.ts";
import type { EventCluster } from "./story-events.ts";

/** Words a sentence may open with before its subject, the remains noun ("Ivo Vint's body"). */
const SUBJECT_WORDS = 5;

const FOUND_REMAINS = new RegExp(
  `^(?:\\S+\\s+){0,${SUBJECT_WORDS}}(?:${REMAINS_NOUNS.join("|")})\\b` +
    `(?:\\s+of\\s+(?:\\S+\\s+){1,3}?)?\\s*(?:was|were|has been|have been|had been)\\s+` +
    `(?:\\w+\\s+)?(?:${FINDING_PARTICIPLES.join("|")})\\b`,
  "i",
);

/**
 * Whether a statement tells, as its main clause, that a body was found: "His body was discovered
 * Tuesday by a maid", "The body of Ada Lund was found in the harbour". A body named in passing
 * ("Ivo Vint died on Saturday and his body was found on Tuesday") does not count.
 */
export function tellsFoundRemains(text: string): boolean {
  return FOUND_REMAINS.test(text.trim());
}

/**
 * Parts the finding of a body from the happening an event is about: "Ivo Vint died on Saturday"
 * and "His body was discovered on Tuesday by a maid" tell two happenings of one story (the death
 * and the finding), however many words of the story they share. In each event, the statements
 * whose main clause tells the finding become an event of their own ("find"), told by two
 * articles or more; the rest stays the event when two articles or more still tell it.
 */
export function partFoundRemains(
  events: readonly EventCluster[],
  units: readonly AlignUnit[],
): EventCluster[] {
  const found = new Map<number, boolean>();
  const isFound = (index: number) => {
    let known = found.get(index);
    if (known === undefined) {
      known = tellsFoundRemains((units[index] as AlignUnit).text);
      found.set(index, known);
    }
    return known;
  };
  const articles = (list: readonly number[]) =>
    new Set(list.map((i) => (units[i] as AlignUnit).articleIndex)).size;
  const out: EventCluster[] = [];
  const findings = new Set<string>();
  for (const event of events) {
    const finding = event.units.filter(isFound);
    if (event.action === "find" || finding.length === 0) {
      out.push(event);
      continue;
    }
    const rest = event.units.filter((i) => !isFound(i));
    if (articles(rest) >= 2) out.push({ ...event, units: rest });
    const key = finding.join(",");
    if (articles(finding) >= 2 && !findings.has(key)) {
      findings.add(key);
      out.push({ ...event, action: "find", main: false, units: finding });
    }
  }
  return out;
}
