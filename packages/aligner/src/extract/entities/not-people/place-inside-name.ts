// Entity layer: a place mention that is only a word of a longer name or a modifier of a noun in a
// speaker phrase never speaks: "The Norland Courier said" (a paper named after the place), "said
// Representative Ivo Norland" (a person), "The Norland media has claimed", "old Norland political
// hands say" (a description). The place speaks alone ("Norland said"), as "the" place, or
// through a group of its party members ("Norland Republicans said"), as before.
import { PARTY_WORDS } from "../../../../lexicons/party-words.ts";
import { PERSON_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { isGivenName } from "../../given-name-genders.ts";
import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { isTitleWord } from "../speaker-phrases/rules.ts";

/** The capitalised words right before a place, to the phrase's start. */
const WORDS_BEFORE = /(?:\p{Lu}[\p{L}'’-]*\s+)+$/u;

/** A word of a name after the place: capitalised, or "of", "and", "for" inside it. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}.'’&-]*|of|and|for)$/u;

/**
 * What the place mention `found` is in the phrase [phraseStart, phraseEnd): `null` when it may
 * speak as before (alone, after "the" or a title, before party members in the plural:
 * "Norland Democrats") or opens a description of one person ("the Norland senator"), left to
 * the rules for those; `{ organization: start }` when it opens or ends a capitalised name after
 * "the" or a word of its own that is no person's ("The Norland Courier", "HARBOURWIRE Norland",
 * "the Norland Police Department"), the organisation's name running from `start` to the phrase's
 * end; `{ read: true }` otherwise — a person's surname ("Ivo Norland"), a modifier of lowercase
 * words ("Norland media", "old Norland political hands"), a bare "Norland Courier": the phrase is
 * then read as a name or a description instead (phrases.ts).
 */
export function placeInsideName(
  r: EntityRegistry,
  found: MentionRecord,
  phraseStart: number,
  phraseEnd: number,
): { organization: number } | { read: true } | null {
  if (found.entity === null || r.entities[found.entity]!.kind !== "place") return null;
  const { body } = r.text;
  const lead = body.slice(phraseStart, found.start);
  const beforeRun = WORDS_BEFORE.exec(lead);
  const before = (beforeRun?.[0] ?? "")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  // "Rep. Ivo Norland": a person whose surname is a place's name.
  if (before.some(isGivenName)) return { read: true };
  const nameBefore = before.filter((w) => w !== "The" && !isTitleWord(w.replace(/\.$/, "")));
  const tail = body.slice(found.end, phraseEnd);
  const words = /^\s+\S/.test(tail) ? tail.trim().split(/\s+/) : [];
  if (words.length === 0 && nameBefore.length === 0) return null;
  // "Norland Republicans", "Norland Democrats said": a group of the place, as before.
  if (words.length > 0 && words.every((w) => PARTY_WORDS.has(w.replace(/s$/, "").toLowerCase()))) {
    return null;
  }
  // "the Oregon senator (emailed …)": a description of one person, read by the rules for those
  // (../descriptions/place-modifier.ts, the cue reader's modifier-name-subject.ts), as before.
  if (words.length > 0 && (PERSON_NOUNS.has(words[0]!) || isTitleWord(words[0]!))) return null;
  // A name of the place's paper or body: after "the" ("the Oregon Courier") or a word of its
  // own ("HARBOURWIRE Oregon"); a bare "Oregon Courier" may be anything and is read as a name.
  const named = nameBefore.length > 0 || /(?:^|\s)the\s+$/i.test(lead);
  const nameOfItsOwn = words.every((w) => NAME_WORD.test(w)) && !words.some(isGivenName);
  if (named && nameOfItsOwn) {
    const first = nameBefore.length > 0 ? body.lastIndexOf(nameBefore[0]!, found.start) : -1;
    return { organization: first >= phraseStart ? first : found.start };
  }
  // "said U.S. Navy", "Norland State Police say": a bare name of the place's body stays the place's,
  // as before. Read as a name it made a person of its last word ("Navy"); as an organisation it
  // split one happening's participants on ECB+ train; as nobody it cost ECB+ train claim groups
  // and perturbation cases whose statements the place's quote tied.
  if (nameOfItsOwn && words.length > 0) return null;
  return { read: true };
}
