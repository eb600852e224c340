import type { AlignUnit } from "../../align/units.ts";
import { withBarsAsEmDashes } from "../../extract/dash-styles.ts";

/** What a dateline holds besides its date: a clock time, a time zone or offset, punctuation. */
const DATELINE_REST =
  /^(?:[\s\d:.,;()[\]+\-–—/|]|\b(?:GMT|UTC|[A-Z]{2,4}T|[aApP]\.?[mM]\.?|h)\b)*$/;

/**
 * A statement that is nothing but a dateline ("2 October 2013, 15:39 (GMT+05:00)"): it tells
 * when a page was posted, no happening, so its day is never set against another one.
 */
export function isDateline(unit: AlignUnit): boolean {
  if (unit.dates.length === 0) return false;
  let rest = unit.text;
  for (const d of unit.dates) rest = rest.split(d.text).join(" ");
  return DATELINE_REST.test(withBarsAsEmDashes(rest));
}
