// Mention layer: a person the headline names in full ("Tamsin Oyelade Checks Into Clinic") whom
// the body calls by surname only ("Oyelade had checked in"): the headline gives the name.

import { findPersonNames } from "../../person-names.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { plausiblePersonName } from "../name-rules.ts";

/**
 * Registers the people the headline names by a given name and surname when the body writes that
 * surname but no full name with it, so the surname reader links the body's "Oyelade" to Tamsin
 * Oyelade. The headline itself holds no mention (spans are offsets into the body); a person the
 * body never names by surname has no mention and is left out of the output.
 */
export function readHeadlineNames(r: EntityRegistry): void {
  const headline = r.text.article.headline;
  if (!headline) return;
  for (const found of findPersonNames(headline)) {
    const name = found.name ?? headline.slice(found.start, found.end);
    if (!plausiblePersonName(name) || r.namedBy(found.surname).length > 0) continue;
    if (!r.text.body.includes(found.surname)) continue;
    const index = r.entityFor("person", name, found.surname);
    const record = r.entities[index]!;
    if (record.gender === null) record.gender = found.gender;
  }
}
