import { MESSAGE_NOUNS } from "../../../lexicons/reporting-verbs.ts";
import type { EntityRegistry } from "../entities/entity-registry.ts";
import { onlyPossessor } from "./cues/cue-subject.ts";

/** The nouns of a message: "Vint's statement", "Vint's Facebook post". */
const MESSAGE = new Set(MESSAGE_NOUNS.trim().split(/\s+/));

/**
 * Whether `words` (a clause up to its verb) open on a possessor: capitalised words ending in 's
 * or ' (an opening quotation mark allowed before them), as in `The party’s nominee, Lund, …`,
 * whose subject is the possessed noun, never the possessor.
 */
export function opensOnPossessor(words: string): boolean {
  return /^[\s“"]*(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*['’]s?\s/u.test(words);
}

/**
 * `Ivo Vint's biographers wrote …` / `Vint’s Orrin state director, Ada Lund, reached out …`: the
 * person named only as a possessor in the subject [start, end) owns it and does not speak. A
 * possessor of a message speaks through it ("From Vint's Facebook post: “…”") and is kept.
 */
export function possessorNotSpeaker(
  registry: EntityRegistry,
  entity: number,
  start: number,
  end: number,
): boolean {
  if (!onlyPossessor(registry, entity, start, end)) return false;
  const words =
    registry.text.body
      .slice(start, end)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return !words.some((w) => MESSAGE.has(w));
}
