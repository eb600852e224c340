import { perUnit } from "../../align/per-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { Negated } from "./negated-words.ts";
import { pronounBefore } from "./pronoun-actor.ts";

/**
 * What a row reads of a statement grouped elsewhere by its words alone, for one denial and the
 * statement set against it (a thousand-outlet story's row meets each text hundreds of times):
 * whether it is told alike (`toldAlike` reads its text, lemmas and quoted words: `rowReadingKey`),
 * and whether it states the denied word of the denial's name (its text alone, unless the denial's
 * actor is a pronoun, whose people are each statement's own: then `stated` is not kept).
 */
export type RowMemo = { alike: Map<string, boolean>; stated?: Map<string, boolean> };

/** A statement's text, lemmas and quoted lemmas as one key, made once per statement. */
export const rowReadingKey = perUnit(
  (unit) => `${unit.text}\u0000${unit.lemmas.join(" ")}\u0000${unit.quoteLemmas.join(" ")}`,
);

/** A fresh memo for the row of one denial (`stated` kept unless its actor is a pronoun). */
export function rowMemo(denial: AlignUnit, item: Negated): RowMemo {
  return pronounBefore(denial, item.span.start) === null
    ? { alike: new Map(), stated: new Map() }
    : { alike: new Map() };
}
