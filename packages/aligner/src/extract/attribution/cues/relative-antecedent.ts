// Attribution layer: the antecedent of a relative "who" that speaks ("…, who argued that …") is
// the noun phrase right before it. A name further back is someone else's: in "Moss said Vint
// should leave the race, echoing a memo from Lund's campaign manager, who argued that …" the
// manager argued, never Vint; in "a drop from 76 percent who said …" a share of voters speaks.
import type { EntityRegistry } from "../../entities/entity-registry.ts";

/**
 * Whether the last mention of `entity` before `who` stands right before it: nothing between but
 * spaces, a bracketed label, or an appositive set off by a comma after the name ("Ivo Vint, 45,
 * who", "Ada Lund, a former mayor, who", "Sen. Ed Moss (D-Norland), who"). An entity with no
 * mention of its own there (an organisation a person serves) is left to the caller.
 */
export function standsBeforeRelative(
  registry: EntityRegistry,
  body: string,
  entity: number,
  from: number,
  who: number,
): boolean {
  let end = -1;
  for (let i = registry.firstFrom(from); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= who) break;
    if (m.entity === entity && m.end <= who) end = m.end;
  }
  if (end < 0) return true;
  const gap = body.slice(end, who).replace(/\([^()]*\)/g, "");
  // "Ivo Vint, 45, who": an age set off after the name.
  if (gap.trim() === "" || /^\s*,\s*\d+\s*,?\s*$/.test(gap)) return true;
  // A share of people stands between: "including 18% who", "76 percent who", "those who".
  if (/(?:\d%?|\bpercent|\bthose),?\s*$/.test(gap)) return false;
  // An appositive set off after the name, else no clause between ("…, echoing a memo from
  // Lund's manager, who").
  return /^\s*,/.test(gap) || !gap.includes(",");
}
