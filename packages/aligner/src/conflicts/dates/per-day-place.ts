import type { DateReference } from "@parallax/core";
import { perText } from "../../align/per-text.ts";
import type { AlignUnit } from "../../align/units.ts";

/**
 * A reading of a statement's day that depends on the statement's text and the day's place in it
 * alone (its offsets from the statement's start), made once per text and place: date rows and a
 * happening's pairs of days ask it of every dated statement over and over, and a large story
 * repeats each text across outlets (per-text.ts). `also` keys a further question of the same
 * place (the happening a day is checked for). The reading never gives undefined.
 */
export function perDayPlace<T>(
  read: (unit: AlignUnit, date: DateReference, also: string) => T,
): (unit: AlignUnit, date: DateReference, also?: string) => T {
  const ofText = perText(() => new Map<string, T>());
  return (unit, date, also = "") => {
    const known = ofText(unit);
    const key = `${date.span.start - unit.span.start}|${date.span.end - unit.span.start}|${also}`;
    let value = known.get(key);
    if (value === undefined) {
      value = read(unit, date, also);
      known.set(key, value);
    }
    return value;
  };
}
