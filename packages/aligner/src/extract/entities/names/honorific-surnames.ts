// Entity layer: "Mr. Vint", "Mrs. Lund" named by honorific and surname alone. Surname mentions are
// read only for surnames a registered name holds, and a speaker phrase registers a person only
// when it speaks, so someone named once as "Mrs. Lund" who never speaks was nobody's.

import { CALENDAR_WORDS } from "../../../../lexicons/calendar-words.ts";
import { execFromCapital } from "../../capital-starts.ts";
import { honorificGender } from "../../person-names.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { opposite, plausiblePersonName } from "../name-rules.ts";

/**
 * An honorific, then one surname word that ends the name: "Mr. Vint", "Ms O’Dell", "Dr. McRae",
 * "Mrs. Vint-Lund". A further capitalised word ("Mr. Ivo Vint", "Mr. Van Dorn") makes a longer
 * name the name readers have read or left alone; a lowercase letter before the honorific
 * ("Mrsa") is no honorific.
 */
const HONORIFIC_SURNAME =
  /(?<![\p{L}\p{N}])(Mrs|Mr|Ms|Dr)\.? ((?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}-])(?! \p{Lu})/uy;

/**
 * Records each honorific-surname no mention holds: the one person of that surname the honorific's
 * gender allows, ambiguous when several are, else a new person of that gender, named with the
 * honorific as the title reader names one ("Mr. Vint"): the story then knows "Mrs. Vint" is not
 * another outlet's Ivo Vint.
 * A possessive stays outside the name ("Mr. Vint’s car"). Run after attribution: no speaker
 * changes.
 */
export function readHonorificSurnames(r: EntityRegistry): void {
  const { body } = r.text;
  for (const { whole, first: honorific, second: surname, start, end } of twoWordNames(
    body,
    HONORIFIC_SURNAME,
  )) {
    if (r.overlaps(start, end)) continue;
    // "Mr. President", "Mr. Speaker", "Dr. Monday": a title or calendar word is no surname.
    if (CALENDAR_WORDS.has(surname) || !plausiblePersonName(surname)) continue;
    const title = whole.slice(0, whole.length - surname.length - 1);
    const said = honorificGender(honorific);
    const candidates = r
      .namedBy(surname)
      .filter((c) => r.entities[c]!.kind === "person")
      .filter((c) => said === null || r.entities[c]!.gender !== opposite(said));
    const sentence = r.text.sentenceIndexAt(start);
    if (candidates.length === 0) {
      const index = r.entityFor("person", `${title} ${surname}`, surname);
      if (said !== null && r.entities[index]!.gender === null) r.entities[index]!.gender = said;
      r.pushMention(start, end, "title-surname", index, sentence, title, true);
      continue;
    }
    const record = r.pushMention(
      start,
      end,
      "title-surname",
      candidates[0]!,
      sentence,
      title,
      true,
    );
    record.candidates = candidates;
    if (candidates.length > 1) {
      record.ambiguous = true;
      record.entity = null;
    }
  }
}

/**
 * Each match of a pattern with two groups (a name's two words), with its span. The pattern is
 * sticky and opens with a capital: it is tried at the body's capitals alone (capital-starts.ts).
 */
export function* twoWordNames(
  body: string,
  pattern: RegExp,
): Generator<{ whole: string; first: string; second: string; start: number; end: number }> {
  for (
    let m = execFromCapital(pattern, body, 0);
    m !== null;
    m = execFromCapital(pattern, body, m.index + m[0].length)
  ) {
    const [whole, first, second] = m as unknown as [string, string, string];
    yield { whole, first, second, start: m.index, end: m.index + whole.length };
  }
}
