// Attribution layer: a subject written as a description and then the name it describes, each set
// off by a comma before the verb ("Her campaign manager, Ada Lund, called the plan “…”", "Vint's
// lawyer, Ida Moss, wrote that …"): the name is the subject, not the description before it.

import { TITLE_ABBREVIATIONS } from "../../../../lexicons/title-abbreviations.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { titleBefore } from "../../titles.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/**
 * A description with no name of its own: lowercase words after an optional capitalised
 * determiner or possessive pronoun ("Her campaign manager", "Another user", "the city's lawyer"),
 * or a possessor's name and a lowercase noun ("Vint's lawyer", "Ada Lund’s biographers"). At
 * most six words.
 */
const DESCRIPTION =
  /^(?:(?:The|A|An|Another|One|Her|His|Their|Its|Our)\s+|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s\s+)?\p{Ll}[\p{Ll}’'-]*(?:\s+\p{Ll}[\p{Ll}’'-]*){0,4}$/u;

/**
 * The person named between the comma after a description and the comma at `comma` before the
 * verb, when the description opens at `descriptionStart`-or-later within [sStart, comma): only a
 * whole name the registry read as one person (not a possessor, not ambiguous, not a list "Ada
 * Lund and Ivo Vint"). `opensClause` says whether the description opens the main clause.
 */
export function describedName(
  body: string,
  registry: EntityRegistry,
  sStart: number,
  comma: number,
  verbEnd: number,
  opensClause: (start: number) => boolean,
): SieveFinding | null {
  const previous = body.lastIndexOf(",", comma - 1);
  if (previous <= sStart) return null;
  let nameStart = previous + 1;
  while (body.charCodeAt(nameStart) === 32) nameStart += 1;
  let nameEnd = comma;
  while (nameEnd > nameStart && body.charCodeAt(nameEnd - 1) === 32) nameEnd -= 1;
  const { mentions } = registry.mentionLists();
  const m = mentions[registry.firstFrom(nameStart)];
  if (m === undefined || m.end !== nameEnd || m.form !== "name") return null;
  // "One supporter, Councillor Ada Lund, said": a title before the name is part of the name's
  // phrase, as it is before a subject with no description ("Councillor Ada Lund said").
  if (m.start !== nameStart && !titleOnly(body, nameStart, m.start)) return null;
  if (m.entity === null || m.ambiguous || m.possessive) return null;
  if (registry.kindOf(m.entity) !== "person") return null;
  // The description: from the start of its clause (after an opening adverbial's comma) to the comma.
  const before = body.lastIndexOf(",", previous - 1);
  let start = Math.max(sStart, before + 1);
  while (body.charCodeAt(start) === 32) start += 1;
  if (!DESCRIPTION.test(body.slice(start, previous).trim())) return null;
  if (!opensClause(start)) return null;
  return { speaker: m.entity, start: nameStart, end: verbEnd };
}

/** Whether body[start, end) is a title and nothing else: "Councillor ", "Lt. Gen. ", "Rep. ". */
function titleOnly(body: string, start: number, end: number): boolean {
  const words = body.slice(start, end).trim().split(/\s+/);
  if (words.every((w) => w.endsWith(".") && TITLE_ABBREVIATIONS.has(w.slice(0, -1)))) return true;
  return titleBefore(body, end, start)?.start === start;
}
