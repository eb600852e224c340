// Mention layer: a full name that modifies a room's or a building's noun names the room, not a
// person present ("the Ada Lund briefing room", "the Ivo Vint Press Room"); read, it was a
// person whom a later he/she took up.

import { BUILDING_NOUNS } from "../../../../lexicons/building-nouns.ts";

/** A word then maybe a second one after the name, up to a word boundary. */
const WORDS_AFTER = /^ ([\p{L}-]+)(?: ([\p{L}-]+))?(?![\p{L}\p{N}'’-])/u;

/**
 * Whether the name in [start, end) follows "the" and comes before a room or building noun, in
 * either case, directly or after one modifier ("the Ada Lund briefing room", "the Ivo Vint
 * federal building", "the Ada Lund Room"). Only after "the": a person's name may stand before
 * "building" or "wing" as a verb or a noun of its own ("saw Ivo Vint building a fence").
 */
export function namesABuilding(body: string, start: number, end: number): boolean {
  if (!/(?:^|[^\p{L}])the $/iu.test(body.slice(Math.max(0, start - 5), start))) return false;
  const after = WORDS_AFTER.exec(body.slice(end, end + 40));
  if (after === null) return false;
  const first = after[1]!.toLowerCase();
  if (BUILDING_NOUNS.has(first)) return true;
  return after[2] !== undefined && BUILDING_NOUNS.has(after[2].toLowerCase());
}
