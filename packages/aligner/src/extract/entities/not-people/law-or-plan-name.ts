// Entity layer: a name found by its given name that is a law's or a plan's, not a person's: "the
// Lund Plan", "the Super Harbour-Act", "the Vint Amendment". A head that only a law or a named
// thing has (Act, Amendment, Foundation: LAW_HEADS, NAMED_THING_HEADS) is enough; a head a surname might be ("Plan", "Bill": PLAN_HEADS)
// needs "the" before the name, so "Ada Plan said" keeps a person.
import {
  LAW_HEADS,
  NAMED_THING_HEADS,
  PLAN_HEADS,
} from "../../../../lexicons/organization-words.ts";

/** "the " (any case) right before body offset `start`. */
const THE_BEFORE = /(?:^|[\s(“"‘'])[Tt]he $/u;

/**
 * Whether the name `name` at body offset `start` names a law, plan or bill, or, after "the", is
 * followed by a plan's head ("the Ada Lund Plan").
 */
export function namesALawOrPlan(body: string, start: number, name: string): boolean {
  const last = name.slice(name.lastIndexOf(" ") + 1);
  if (NAMED_THING_HEADS.has(last)) return true;
  // "the Super Harbour-Act": a law's head may close a hyphenated word ("Eva Lund-Day" stays).
  if (LAW_HEADS.has(last.slice(last.lastIndexOf("-") + 1))) return true;
  if (!THE_BEFORE.test(body.slice(Math.max(0, start - 5), start))) return false;
  // "the Ada Lund Plan": the head may also follow the name.
  const next = /^ (\p{Lu}\p{Ll}+)/u.exec(body.slice(start + name.length, start + name.length + 20));
  return PLAN_HEADS.has(last) || (next !== null && PLAN_HEADS.has(next[1]!));
}
