// Entity layer: a headline or byline set in capitals names people by their surname in capitals
// ("LUND QUITS AS HARBOUR CHIEF", "OFFER TO LUND"): once the article has named that person in full
// ("Ada Lund", "Ada K. Lund"), the capitalised surname is a mention of them, ambiguous when two people have it.

import { execFromCapital } from "../../capital-starts.ts";
import { isGivenName } from "../../person-names.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { writtenInFull } from "../surnames/late-surname-echoes.ts";

/**
 * A word of three or more capitals, alone: "LUND", not "Lund" or "LUNDs". The first capital, then
 * the look-behind at it (the same matches): a look-behind first was tried at every position of
 * the body, a third of this scan's time. Sticky, tried at the body's capitals alone
 * (capital-starts.ts).
 */
const CAPITALS_WORD = /\p{Lu}(?<![\p{L}\p{N}'’.-]\p{Lu})\p{Lu}{2,}(?![\p{L}\p{N}'’-])/uy;

/** Another word in capitals right before or after [start, end): the line is set in capitals. */
function inCapitalsRun(body: string, start: number, end: number): boolean {
  const before = /(?:^|[^\p{L}])(\p{Lu}{2,})[^\p{L}\n]{1,3}$/u.test(
    body.slice(Math.max(0, start - 20), start),
  );
  const after = /^[^\p{L}\n]{1,3}\p{Lu}{2,}(?!\p{Ll})/u.test(body.slice(end, end + 20));
  return before || after;
}

/**
 * Records each surname written in capitals inside a run of capitals as a mention of the person
 * the article names in full with it. A given name in capitals ("ADA") is left alone: it names
 * no one alone. Run after attribution: no speaker changes.
 */
export function readCapitalsSurnames(r: EntityRegistry): void {
  const { body } = r.text;
  let from = 0;
  for (
    let m = execFromCapital(CAPITALS_WORD, body, 0);
    m !== null;
    m = execFromCapital(CAPITALS_WORD, body, from)
  ) {
    const start = m.index;
    const end = start + m[0].length;
    from = end;
    if (r.overlaps(start, end) || !inCapitalsRun(body, start, end)) continue;
    const surname = m[0][0] + m[0].slice(1).toLowerCase();
    if (isGivenName(surname)) continue;
    const holders = r.namedBy(surname).filter((e) => writtenInFull(r.entities[e]!.name));
    if (holders.length === 0) continue;
    r.addLateSurname(start, end, surname, holders[0]!);
  }
}
