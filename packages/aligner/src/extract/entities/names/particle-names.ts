// Mention layer: "Dario Lo Vetro" — a capitalised particle between two capitalised words makes a
// person's name, whatever its given name.

import { CALENDAR_WORDS } from "../../../../lexicons/calendar-words.ts";
import { CLAUSE_STARTERS } from "../../../../lexicons/clause-starters.ts";
import { CAPITALISED_NAME_PARTICLES } from "../../../../lexicons/name-particles.ts";
import { followedByOtherThing } from "../../person-names.ts";
import { isTitleWord } from "../speaker-phrases/rules.ts";

/** A name with a capitalised particle: its span. */
export type ParticleName = { start: number; end: number };

const PARTICLE_ALTERNATIVES = [...CAPITALISED_NAME_PARTICLES].join("|");
/** Given Particle Surname, standing alone: no capitalised word right before or after it. */
const PARTICLE_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}’'.-])(\\p{Lu}\\p{Ll}+) (?:${PARTICLE_ALTERNATIVES}) \\p{Lu}\\p{Ll}+(?=[’']s\\b|(?![\\p{L}’'-]))`,
  "gu",
);
/**
 * What every such name holds: a capitalised particle between spaces before a capital. Most
 * articles have none, and this test is far cheaper than the full pattern's scan with its
 * look-behind at every position.
 */
const PARTICLE_BETWEEN = new RegExp(` (?:${PARTICLE_ALTERNATIVES}) \\p{Lu}`, "u");

/**
 * Three words, the middle one a capitalised surname particle ("Dario Lo Vetro", "Olga De Marchi"):
 * a given name and a surname with its particle. Left alone: a first word that is itself a
 * particle, a clause opener, a title or calendar word; a run with a capitalised word before or
 * after it ("Santa Maria Della Rocca", "Ana De Souza Foundation"). Places are refused by
 * `plausiblePersonName` when the name is recorded. Linear: one regular-expression pass.
 */
export function findParticleNames(body: string): ParticleName[] {
  const out: ParticleName[] = [];
  if (!PARTICLE_BETWEEN.test(body)) return out;
  PARTICLE_NAME.lastIndex = 0;
  for (let m = PARTICLE_NAME.exec(body); m !== null; m = PARTICLE_NAME.exec(body)) {
    const first = m[1]!;
    const start = m.index;
    const end = start + m[0].length;
    if (
      CAPITALISED_NAME_PARTICLES.has(first) ||
      CLAUSE_STARTERS.has(first) ||
      CALENDAR_WORDS.has(first) ||
      isTitleWord(first)
    ) {
      continue;
    }
    if (/\p{Lu}[\p{L}’'.-]* $/u.test(body.slice(Math.max(0, start - 30), start))) continue;
    if (/^ \p{Lu}/u.test(body.slice(end, end + 2)) || followedByOtherThing(body, end)) continue;
    out.push({ start, end });
  }
  return out;
}
