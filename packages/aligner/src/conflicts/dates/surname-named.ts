import { NAME_SUFFIXES } from "../../../lexicons/name-particles.ts";
import type { AlignUnit } from "../../align/units.ts";
import { escapeRegExp } from "../../escape-regexp.ts";
import type { ConflictContext } from "../guards.ts";

/**
 * Whether a statement writes, by surname alone, a person another statement names in full, though
 * entity reading gave it no mention there ("Lund's insurgent campaign has won eight of the last
 * nine contests" beside "Ada Lund has won …"). Issue 12, PolNeAR pseudo-story perturbation: a
 * place's contest dated by a statement whose candidate went unread was refused as naming no one.
 * The surname must be the person's last word, capitalised, of three letters or more, and no other
 * person of the story may bear it (two Vints of one story leave it unread).
 */
export function namesBySurname(
  unit: AlignUnit,
  named: AlignUnit,
  context: ConflictContext,
): boolean {
  const story = context.storyUnits;
  if (!story || !context.isPerson) return false;
  const people = new Set<string>();
  for (const other of story) if (other) for (const id of other.entities) people.add(id);
  const surname = (id: string) => {
    const words = nameWords(context.entityName(id));
    return words.length >= 2 ? (words.at(-1) as string) : null;
  };
  for (const id of named.entities) {
    if (unit.entities.has(id) || named.speakers.has(id) || !context.isPerson(id)) continue;
    const last = surname(id);
    if (last === null || last.length < 3 || !/^\p{Lu}/u.test(last)) continue;
    const bearers = [...people].filter(
      (other) => context.isPerson?.(other) && nameWords(context.entityName(other)).at(-1) === last,
    );
    if (bearers.length !== 1) continue;
    if (new RegExp(`(?<![\\p{L}])${escapeRegExp(last)}(?![\\p{L}])`, "u").test(unit.text))
      return true;
  }
  return false;
}

/**
 * The words of a person's name without the generational suffix it is shown with ("Ivo Vint Jr."
 * → Ivo Vint): a suffix is never a surname (a father and son "Jr." and "Sr." bear none in common
 * with anyone by it). Only when a given name and a surname remain ("Vint Jr." keeps its two).
 */
export function nameWords(name: string): string[] {
  const words = name.trim().split(/\s+/u);
  const last = words.at(-1) ?? "";
  if (words.length >= 3 && NAME_SUFFIXES.has(last.replace(/\.$/u, ""))) words.pop();
  return words;
}
